// Every chart label whole and apart. After Chart.js has laid a chart out, this reads the boxes it and
// chartjs-plugin-datalabels placed: value labels, category labels and legend entries. It makes room
// where a value label leaves the plot (so it can neither be cut nor sit on a category name), flips a
// line's label to the other side of its point where two collide, sets labels smaller where they still
// overlap, and then says what is still wrong, so the build can warn and the dev page can show it.
// A hidden value label is a hidden number: nothing here hides one.
(function () {
  "use strict";
  var PASSES = 6;
  var MIN_VALUE_FONT = 12;
  var MIN_TICK_FONT = 12;

  function box(left, top, width, height) {
    return { left: left, top: top, right: left + width, bottom: top + height };
  }
  // Half a pixel of slack: anti-aliased edges that touch are not an overlap.
  function overlaps(a, b) {
    return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  }
  function inside(inner, outer) {
    return inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
  }

  /** The value labels chartjs-plugin-datalabels drew, with their frames in canvas pixels. */
  function valueLabels(chart, spec) {
    var labels = (chart.$datalabels && chart.$datalabels._labels) || [];
    return labels.map(function (label) {
      var state = label.$layout;
      var r = state._box._rect;
      return {
        set: state._set,
        index: state._idx,
        text: spec.valueLabels[state._set][state._idx],
        visible: state._visible,
        box: box(r.x, r.y, r.w, r.h),
      };
    });
  }

  function categoryScale(chart) {
    var type = chart.config.type;
    if (type === "pie" || type === "doughnut") return null;
    return chart.scales[chart.options.indexAxis === "y" ? "y" : "x"];
  }

  function valueScale(chart) {
    return chart.scales[chart.options.indexAxis === "y" ? "x" : "y"];
  }

  /** Category names as Chart.js lays them out (Chart.js 4's getLabelItems), measured in their font. */
  function categoryLabels(chart) {
    var scale = categoryScale(chart);
    if (!scale || !scale.options.display) return [];
    var ctx = chart.ctx;
    return scale.getLabelItems().map(function (item, i) {
      var lines = Array.isArray(item.label) ? item.label : [item.label];
      ctx.save();
      ctx.font = item.font.string;
      var width = Math.max.apply(null, lines.map(function (line) { return ctx.measureText(String(line)).width; }));
      ctx.restore();
      var lineHeight = item.font.lineHeight;
      var o = item.options;
      var x = o.translation[0];
      var left = o.textAlign === "center" ? x - width / 2 : o.textAlign === "right" ? x - width : x;
      var top = o.translation[1] + item.textOffset - lineHeight / 2;
      return { index: i, text: lines.join(" "), box: box(left, top, width, lines.length * lineHeight) };
    });
  }

  function legendLabels(chart) {
    var legend = chart.legend;
    if (!legend || !legend.options.display || !legend.legendHitBoxes) return [];
    return legend.legendHitBoxes.map(function (hit, i) {
      return { text: legend.legendItems[i].text, box: box(hit.left, hit.top, hit.width, hit.height) };
    });
  }

  function canvasBox(chart) {
    return box(0, 0, chart.width, chart.height);
  }

  /**
   * How far value labels stand outside the plot along the value axis, and off the canvas across it,
   * in pixels: { start, end } on the value axis (start = the scale's min side), { before, after } across.
   */
  function overflow(chart, labels) {
    var area = chart.chartArea;
    var scale = valueScale(chart);
    var horizontal = chart.options.indexAxis === "y";
    var reverse = !!scale.options.reverse;
    var out = { min: 0, max: 0, left: 0, right: 0 };
    labels.forEach(function (label) {
      var b = label.box;
      if (horizontal) {
        var leftOver = Math.max(0, area.left - b.left);
        var rightOver = Math.max(0, b.right - area.right);
        out[reverse ? "max" : "min"] = Math.max(out[reverse ? "max" : "min"], leftOver);
        out[reverse ? "min" : "max"] = Math.max(out[reverse ? "min" : "max"], rightOver);
      } else {
        var topOver = Math.max(0, area.top - b.top);
        var bottomOver = Math.max(0, b.bottom - area.bottom);
        out[reverse ? "min" : "max"] = Math.max(out[reverse ? "min" : "max"], topOver);
        out[reverse ? "max" : "min"] = Math.max(out[reverse ? "max" : "min"], bottomOver);
        out.left = Math.max(out.left, -b.left);
        out.right = Math.max(out.right, b.right - chart.width);
      }
    });
    return out;
  }

  /** Widens the value scale so that every value label lies inside the plot; says whether it changed. */
  function makeRoom(chart, labels) {
    var over = overflow(chart, labels);
    var scale = valueScale(chart);
    var options = chart.options.scales[scale.id];
    var length = chart.options.indexAxis === "y" ? chart.chartArea.right - chart.chartArea.left : chart.chartArea.bottom - chart.chartArea.top;
    var perPixel = (scale.max - scale.min) / Math.max(1, length);
    var changed = false;
    // A little more than measured, so a rounded tick does not undo it.
    if (over.max > 0.5) { options.max = scale.max + (over.max + 4) * perPixel; changed = true; }
    if (over.min > 0.5) { options.min = scale.min - (over.min + 4) * perPixel; changed = true; }
    var padding = chart.options.layout.padding;
    if (over.left > 0.5) { padding.left = (padding.left || 0) + over.left + 4; changed = true; }
    if (over.right > 0.5) { padding.right = (padding.right || 0) + over.right + 4; changed = true; }
    return changed;
  }

  function collisions(labels) {
    var found = [];
    for (var i = 0; i < labels.length; i++) {
      for (var j = i + 1; j < labels.length; j++) {
        if (labels[i].visible && labels[j].visible && overlaps(labels[i].box, labels[j].box)) found.push([labels[i], labels[j]]);
      }
    }
    return found;
  }

  // Category names need a gap to read as two: "Tháng 10Tháng 11" touching is one word to the eye.
  var CATEGORY_GAP = 8;
  function categoryCollisions(categories) {
    var found = [];
    for (var i = 0; i + 1 < categories.length; i++) {
      var a = categories[i].box;
      var wide = { left: a.left - CATEGORY_GAP, top: a.top - CATEGORY_GAP / 2, right: a.right + CATEGORY_GAP, bottom: a.bottom + CATEGORY_GAP / 2 };
      if (overlaps(wide, categories[i + 1].box)) found.push([categories[i], categories[i + 1]]);
    }
    return found;
  }

  /** Lays the chart out until its labels fit, or nothing more can be done. Runs synchronously. */
  function fit(chart, spec) {
    var state = chart.$briefing;
    for (var pass = 0; pass < PASSES; pass++) {
      var labels = valueLabels(chart, spec);
      var categories = categoryScale(chart);
      var changed = categories ? makeRoom(chart, labels) : false;
      var clashes = collisions(labels);
      if (clashes.length > 0 && chart.config.type === "line") {
        // A line's label goes to the other side of its point, once; then labels get smaller.
        clashes.forEach(function (pair) {
          var key = pair[1].set + ":" + pair[1].index;
          if (!state.flipped[key]) { state.flipped[key] = true; changed = true; }
        });
      }
      if (!changed && clashes.length > 0 && state.valueFont > MIN_VALUE_FONT) {
        state.valueFont -= 2;
        changed = true;
      }
      var ticks = categories && chart.options.scales[categories.id].ticks;
      if (!changed && ticks && ticks.font.size > MIN_TICK_FONT && categoryCollisions(categoryLabels(chart)).length > 0) {
        ticks.font.size -= 2;
        changed = true;
      }
      if (!changed) return;
      chart.options.plugins.datalabels.font.size = state.valueFont;
      chart.update("none");
    }
  }

  /** What is still wrong with the chart's labels, in the author's words, one line each. */
  function problems(chart, spec) {
    var canvas = canvasBox(chart);
    var labels = valueLabels(chart, spec);
    var categories = categoryLabels(chart);
    var found = [];
    labels.forEach(function (label) {
      if (!label.visible && !chart.options.plugins.valuesInLegend) found.push("value label «" + label.text + "» is hidden");
      else if (label.visible && !inside(label.box, canvas)) found.push("value label «" + label.text + "» is cut at the edge of the chart");
      categories.forEach(function (category) {
        if (label.visible && overlaps(label.box, category.box)) found.push("value label «" + label.text + "» covers the category «" + category.text + "»");
      });
    });
    collisions(labels).forEach(function (pair) {
      found.push("value labels «" + pair[0].text + "» and «" + pair[1].text + "» overlap");
    });
    categories.forEach(function (category) {
      if (!inside(category.box, canvas)) found.push("category «" + category.text + "» is cut at the edge of the chart");
    });
    categoryCollisions(categories).forEach(function (pair) {
      found.push("categories «" + pair[0].text + "» and «" + pair[1].text + "» overlap");
    });
    legendLabels(chart).forEach(function (entry) {
      if (!inside(entry.box, canvas)) found.push("legend entry «" + entry.text + "» is cut at the edge of the chart");
    });
    return found;
  }

  /** A line at zero across the plot when the values have a sign to show (drawn under the data). */
  var zeroLine = {
    id: "zeroLine",
    beforeDatasetsDraw: function (chart, args, options) {
      if (!options || !options.color) return;
      var scale = valueScale(chart);
      if (!scale || scale.min > 0 || scale.max < 0) return;
      var at = scale.getPixelForValue(0);
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = options.color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      if (chart.options.indexAxis === "y") { ctx.moveTo(at, area.top); ctx.lineTo(at, area.bottom); }
      else { ctx.moveTo(area.left, at); ctx.lineTo(area.right, at); }
      ctx.stroke();
      ctx.restore();
    },
  };

  window.BriefingChartLabels = { fit: fit, problems: problems, zeroLine: zeroLine };
})();
