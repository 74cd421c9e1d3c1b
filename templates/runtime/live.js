// The dev server's client: applies each rebuild to the open page without a reload (the slide on
// screen stays), shows a broken edit's problems over the last good deck, reloads only when
// templates changed. Connects back to the server that served the page, nowhere else.
(function () {
  "use strict";
  var root = document.documentElement;
  var events = new EventSource("/events");
  var OVERLAY = '[data-briefing="problems"]';

  function showProblems(text) {
    var overlay = document.querySelector(OVERLAY);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("data-briefing", "problems");
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;left:24px;right:24px;bottom:24px;max-height:60vh;overflow:auto;z-index:1000;" +
        "background:#fff5f4;color:#5c1a12;border:2px solid #c23b2e;border-radius:6px;padding:16px 20px;" +
        "font:15px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;box-shadow:0 8px 30px rgba(0,0,0,.25)";
      document.body.appendChild(overlay);
    }
    overlay.textContent = text;
  }

  function clearProblems() {
    var overlay = document.querySelector(OVERLAY);
    if (overlay) overlay.remove();
  }

  events.addEventListener("update", function (event) {
    var payload = JSON.parse(event.data);
    clearProblems();
    if (window.BriefingDeck) window.BriefingDeck.update(payload.slidesHtml, payload.data, payload.themeCss);
    else window.location.reload(); // the page was a problems page: load the deck
    root.setAttribute("data-version", String(payload.version));
  });
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("problems", function (event) {
    var payload = JSON.parse(event.data);
    showProblems(payload.text);
    root.setAttribute("data-version", String(payload.version));
  });
})();
