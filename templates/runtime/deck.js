// Runs in the deck and the handout: starts reveal.js (deck only), draws each chart when its slide
// shows, and, in a print view, sets data-ready="print" on <html> once fonts are loaded, reveal's
// print layout is done and every chart says it has drawn. The exporter waits for that one signal.
(function () {
  "use strict";
  // Found by a data attribute, never by an id: slide ids are the briefing's, and one named "deck-data"
  // must not take the page's data.
  var data = JSON.parse(document.querySelector('script[data-briefing="deck-data"]').textContent);
  var root = document.documentElement;
  var handout = root.getAttribute("data-mode") === "handout";
  var print = handout || /(?:^|[?&])print-pdf(?:&|$)/i.test(window.location.search);

  Chart.register(ChartDataLabels);
  Chart.defaults.font.family = data.font + ", sans-serif";
  Chart.defaults.color = data.ink;

  var charts = new Map();

  var live = root.hasAttribute("data-version"); // the dev server's page
  var OPPOSITE = { top: "bottom", bottom: "top", left: "right", right: "left" };

  // Draws the chart, lays its labels out until they fit (chart-labels.js), and records what is still
  // wrong with them on the canvas (data-label-problems), where the exporter reads it. No animation:
  // the chart is final when this returns, on screen as in print.
  function drawChart(canvas) {
    var existing = charts.get(canvas);
    if (existing) return existing.drawn;
    var spec = data.charts[canvas.getAttribute("data-chart")];
    var config = JSON.parse(JSON.stringify(spec.config));
    var state = { flipped: {}, valueFont: config.options.plugins.datalabels.font.size };
    // Printed charts are drawn at about 190 dpi on paper: the deck's 1280 px slide fills a 960 pt page
    // (2 device pixels a CSS pixel), the handout's is scaled to 178 mm (1 is enough there). More made
    // every PDF slower (drawing and embedding bigger images) and the browser fatter, for no visible gain.
    config.options.devicePixelRatio = handout ? 1 : print ? 2 : Math.max(window.devicePixelRatio || 1, 2);
    config.options.animation = false;
    if (print) {
      // Sized once from the frame's own layout box. Left responsive, Chart.js measured the frame's
      // bounding box, which the handout scales to 0.53, and fixed it later from a ResizeObserver that a
      // hidden tab never runs: a handout chart came out at half its width when that tab printed hidden.
      var frame = canvas.parentElement;
      config.options.responsive = false;
      canvas.style.width = frame.clientWidth + "px";
      canvas.style.height = frame.clientHeight + "px";
      canvas.width = frame.clientWidth;
      canvas.height = frame.clientHeight;
    }
    var labels = config.options.plugins.datalabels;
    labels.formatter = function (value, context) {
      return spec.valueLabels[context.datasetIndex][context.dataIndex];
    };
    var sides = config.options.plugins.valueLabelSides;
    if (sides) {
      var side = function (context) {
        var s = sides[context.datasetIndex][context.dataIndex];
        return state.flipped[context.datasetIndex + ":" + context.dataIndex] ? OPPOSITE[s] : s;
      };
      // chartjs-plugin-datalabels' anchors are edges on the canvas, whatever the axis direction:
      // "start" is a bar's left or bottom edge, "end" its right or top edge. The tip is on the label's
      // side; a line's label stands beside its point.
      labels.anchor = config.type === "line" ? "center" : function (context) { var s = side(context); return s === "left" || s === "bottom" ? "start" : "end"; };
      labels.align = side;
    }
    if (config.options.plugins.valuesInLegend) {
      // Every value is in the legend; a slice too small for its label (text that would run off the
      // ring) shows it there only.
      labels.display = function (context) {
        var arc = context.chart.getDatasetMeta(context.datasetIndex).data[context.dataIndex];
        var p = arc.getProps(["startAngle", "endAngle", "innerRadius", "outerRadius"], true);
        var ctx = context.chart.ctx;
        ctx.save();
        ctx.font = "700 " + state.valueFont + "px " + Chart.defaults.font.family;
        var width = ctx.measureText(spec.valueLabels[context.datasetIndex][context.dataIndex]).width + 8;
        ctx.restore();
        var across = (p.endAngle - p.startAngle) * (p.outerRadius + p.innerRadius) / 2;
        return width <= Math.min(p.outerRadius - p.innerRadius, across);
      };
    }
    config.plugins = [BriefingChartLabels.zeroLine];
    var chart = new Chart(canvas, config);
    chart.$briefing = state;
    BriefingChartLabels.fit(chart, spec);
    var problems = BriefingChartLabels.problems(chart, spec);
    canvas.setAttribute("data-label-problems", JSON.stringify(problems));
    if (live && problems.length > 0) markProblems(canvas, problems);
    canvas.setAttribute("data-drawn", "true");
    var entry = { chart: chart, drawn: Promise.resolve() };
    charts.set(canvas, entry);
    return entry.drawn;
  }

  // In `npm run dev`, a chart whose labels are cut or overlap says so on its slide.
  function markProblems(canvas, problems) {
    var frame = canvas.parentElement;
    frame.style.outline = "3px solid #c23b2e";
    var note = document.createElement("div");
    note.className = "chart-label-problems";
    note.setAttribute("role", "alert");
    note.style.cssText = "position:absolute;left:0;top:0;max-width:70%;background:#fff5f4;color:#5c1a12;" +
      "border:1px solid #c23b2e;font:13px/1.35 ui-monospace,Menlo,Consolas,monospace;padding:4px 8px;z-index:5;white-space:pre-wrap";
    note.textContent = problems.join("\n");
    frame.appendChild(note);
  }

  function chartsIn(element) {
    return Array.prototype.slice.call(element.querySelectorAll("canvas[data-chart]"));
  }

  function fontsLoaded() {
    var family = '"' + data.font + '"';
    return Promise.all([
      document.fonts.load("400 20px " + family),
      document.fonts.load("700 20px " + family),
    ]).then(function () { return document.fonts.ready; });
  }

  // A figure too wide for its card ("28.677 Anlagen" in a three-column stats slide) is set smaller on
  // one line, down to 65 %; failing that it may wrap between number and unit, and a single word still
  // too wide is set smaller again. Never clipped: a number must not lose digits. Measured where it is
  // laid out, so on screen when its slide shows.
  function fitFigures(scope) {
    Array.prototype.forEach.call(scope.querySelectorAll(".figure-value"), function (value) {
      value.style.fontSize = "";
      value.style.whiteSpace = "nowrap";
      var size = parseFloat(getComputedStyle(value).fontSize);
      if (shrink(value, size, 65)) return;
      value.style.whiteSpace = "normal";
      value.style.fontSize = "";
      shrink(value, size, 60);
    });
  }

  /** Smaller in 5 % steps down to `least` % until the text fits its box; says whether it does. */
  function shrink(value, size, least) {
    for (var percent = 95; value.scrollWidth > value.clientWidth + 1 && percent >= least; percent -= 5) {
      value.style.fontSize = (size * percent) / 100 + "px";
    }
    return value.scrollWidth <= value.clientWidth + 1;
  }

  // Ready, or what failed, said once: the exporter waits for data-ready and reads data-error.
  function drawAllForPrint() {
    return fontsLoaded()
      .then(function () { fitFigures(document); })
      .then(function () { return Promise.all(chartsIn(document).map(drawChart)); })
      .then(function () { root.setAttribute("data-ready", "print"); })
      .catch(function (error) {
        root.setAttribute("data-error", String((error && error.message) || error));
        root.setAttribute("data-ready", "error");
      });
  }

  if (handout) {
    drawAllForPrint();
    return;
  }

  Reveal.initialize({
    width: 1280,
    height: 720,
    margin: print ? 0 : 0.04,
    center: false,
    hash: true,
    transition: "fade",
    slideNumber: "c/t",
    // Arabic or Hebrew decks move forward to the left, as their readers expect.
    rtl: document.documentElement.dir === "rtl",
    showSlideNumber: "all",
    // One page per slide in the PDF, fragments shown in their final state.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    plugins: [RevealNotes],
  });

  if (print) {
    Reveal.on("pdf-ready", drawAllForPrint);
    return;
  }
  // Charts on hidden slides measure 0×0: draw each one when its slide shows.
  function showCharts(event) {
    fontsLoaded().then(function () {
      fitFigures(event.currentSlide);
      chartsIn(event.currentSlide).forEach(drawChart);
    });
  }
  Reveal.on("ready", showCharts);
  Reveal.on("slidechanged", showCharts);

  // The dev server swaps in the edited slides without a reload, keeping the slide on screen.
  window.BriefingDeck = {
    update: function (slidesHtml, newData, themeCss) {
      var at = Reveal.getIndices();
      charts.forEach(function (entry) { if (entry.chart) entry.chart.destroy(); });
      charts.clear();
      data = newData;
      document.querySelector('style[data-briefing="theme"]').textContent = themeCss;
      document.querySelector(".reveal .slides").innerHTML = slidesHtml;
      Reveal.sync();
      Reveal.slide(at.h, at.v, at.f);
      showCharts({ currentSlide: Reveal.getCurrentSlide() });
    },
  };
})();
