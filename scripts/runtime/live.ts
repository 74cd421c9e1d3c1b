// The dev server's client, injected only into the page `npm run dev` serves (never into a built
// deck): applies each rebuild to the open page without a reload (the slide on screen stays), shows a
// broken edit's problems over the last good deck, reloads only when templates changed, and marks a
// chart whose labels are cut or overlap on its slide. Connects back to the server that served the
// page, nowhere else. On the problems page (no deck yet) it fills in the problems and reloads once
// the briefing builds.
import {
  CHART,
  EVENT,
  EVENTS_PATH,
  PART,
  PROBLEMS_ATTRIBUTE,
  ROOT,
  SLIDE,
  SLIDES_REPLACED,
  type LiveProblems,
  type LiveUpdate,
} from "./page-contract.ts";

const root = document.documentElement;
// The build the page shows goes with the stream, so a rebuild made before it opened is sent on opening.
const events = new EventSource(`${EVENTS_PATH}?v=${root.getAttribute(ROOT.version) ?? 0}`);

function showProblems(text: string): void {
  let overlay = document.querySelector<HTMLElement>(PART.problems);
  if (!overlay) {
    overlay = document.createElement("div");
    overlay.setAttribute(PROBLEMS_ATTRIBUTE.name, PROBLEMS_ATTRIBUTE.value);
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;left:24px;right:24px;bottom:24px;max-height:60vh;overflow:auto;z-index:1000;" +
      "background:#fff5f4;color:#5c1a12;border:2px solid #c23b2e;border-radius:6px;padding:16px 20px;" +
      "font:15px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;box-shadow:0 8px 30px rgba(0,0,0,.25)";
    document.body.appendChild(overlay);
  }
  overlay.textContent = text;
}

/** Puts the rebuilt slides, data and theme in the page; false when the page shows no deck to update. */
function replaceSlides(update: LiveUpdate): boolean {
  const slides = document.querySelector(SLIDE.container);
  const dataScript = document.querySelector(PART.data);
  const theme = document.querySelector(PART.theme);
  if (!slides || !dataScript || !theme) return false;
  dataScript.textContent = JSON.stringify(update.data);
  // The theme holds the deck's faces: set again unchanged, Chromium would read them all again.
  if (theme.textContent !== update.themeCss) theme.textContent = update.themeCss;
  slides.innerHTML = update.slidesHtml;
  document.dispatchEvent(new CustomEvent(SLIDES_REPLACED));
  return true;
}

events.addEventListener(EVENT.update, (event) => {
  const update = JSON.parse((event as MessageEvent<string>).data) as LiveUpdate;
  if (!replaceSlides(update)) return window.location.reload(); // the page was a problems page: load the deck
  document.querySelector(PART.problems)?.remove();
  root.setAttribute(ROOT.version, String(update.version));
});
events.addEventListener(EVENT.reload, () => window.location.reload());
events.addEventListener(EVENT.problems, (event) => {
  const problems = JSON.parse((event as MessageEvent<string>).data) as LiveProblems;
  showProblems(problems.text);
  root.setAttribute(ROOT.version, String(problems.version));
});

// A chart whose labels are cut or overlap says so on its slide, as soon as the deck has drawn it.
function markProblems(canvas: Element): void {
  const problems = JSON.parse(canvas.getAttribute(CHART.problems) ?? "[]") as string[];
  const frame = canvas.parentElement;
  if (problems.length === 0 || !frame) return;
  frame.style.outline = "3px solid #c23b2e";
  const note = document.createElement("div");
  note.className = "chart-label-problems";
  note.setAttribute("role", "alert");
  note.style.cssText =
    "position:absolute;left:0;top:0;max-width:70%;background:#fff5f4;color:#5c1a12;border:1px solid #c23b2e;" +
    "font:13px/1.35 ui-monospace,Menlo,Consolas,monospace;padding:4px 8px;z-index:5;white-space:pre-wrap";
  note.textContent = problems.join("\n");
  frame.appendChild(note);
}
new MutationObserver((changes) => {
  for (const change of changes) if (change.target instanceof HTMLCanvasElement) markProblems(change.target);
}).observe(document, { subtree: true, attributes: true, attributeFilter: [CHART.problems] });
