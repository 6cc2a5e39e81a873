// eventwire workbench timeline: the filtered events per day on a real time axis (days
// without events are gaps), stacked by type. Dragging across it sets the page's date
// filter (date_from, date_to) and reloads the page, so the table and the map follow.
// Text from the store is set with textContent only.
(function () {
  'use strict';
  var box = document.getElementById('timeline');
  if (!box) { return; }
  var PALETTE = JSON.parse(box.getAttribute('data-colours') || '{"types": {}, "other": "#555555"}');  // the server's colours, one source
  var COLOURS = PALETTE.types;
  var ORDER = Object.keys(COLOURS);
  var INTERACTION = PALETTE.other;
  var DAY = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVG = 'http://www.w3.org/2000/svg';
  var width = box.clientWidth || 900, height = box.clientHeight || 130, axis = 18, top = 6;

  function svg(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    return node;
  }
  function day(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function dayTicks(first, last) {  // over three months or less: every few days, the year on the first label
    var found = [], days = (last - first) / DAY + 1, step = Math.max(1, Math.ceil(days / 12));
    for (var at = first; at <= last; at += step * DAY) {
      var d = new Date(at);
      found.push({ at: at, label: d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + (found.length ? '' : ' ' + d.getUTCFullYear()) });
    }
    return found;
  }

  function ticks(first, last) {  // month starts, or year starts over long spans, each labelled with its year
    if ((last - first) / DAY < 93) { return dayTicks(first, last); }
    var found = [], at = new Date(first), years = (last - first) / (365 * DAY);
    var step = years > 4 ? 12 : years > 1.5 ? 3 : 1;
    var month = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
    while (month.getTime() <= last) {
      var m = month.getUTCMonth();
      if (m % step === 0) { found.push({ at: month.getTime(), label: (step === 12 ? '' : MONTHS[m] + ' ') + month.getUTCFullYear() }); }
      month = new Date(Date.UTC(month.getUTCFullYear(), m + 1, 1));
    }
    if (!found.length) { found.push({ at: first, label: iso(first) }); }
    return found;
  }

  function draw(days) {
    var params = new URLSearchParams(window.location.search);
    var first = day(params.get('date_from') || days[0].date), last = day(params.get('date_to') || days[days.length - 1].date);
    if (last < first) { last = first; }
    var span = (last - first) / DAY + 1, slot = width / span, peak = 1;
    days.forEach(function (d) { var n = 0; Object.keys(d.counts).forEach(function (k) { n += d.counts[k]; }); peak = Math.max(peak, n); });
    var chart = svg('svg', { width: width, height: height, role: 'img', 'aria-label': 'events per day' });
    var scale = (height - axis - top) / peak;
    days.forEach(function (d) {
      var x = ((day(d.date) - first) / DAY) * slot, y = height - axis, total = 0;
      ORDER.concat(['other']).forEach(function (type) {
        var n = 0;
        if (type === 'other') { Object.keys(d.counts).forEach(function (k) { if (!(k in COLOURS)) { n += d.counts[k]; } }); } else { n = d.counts[type] || 0; }
        if (!n) { return; }
        var h = Math.max(1, n * scale);
        y -= h;
        total += n;
        var bar = svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, slot - (slot > 3 ? 1 : 0)).toFixed(1), height: h.toFixed(1), fill: COLOURS[type] || INTERACTION, class: 'day-bar' });
        var tip = svg('title', {});
        tip.textContent = d.date + ': ' + n + ' ' + (type === 'other' ? 'political interactions' : type);
        bar.appendChild(tip);
        chart.appendChild(bar);
      });
    });
    chart.appendChild(svg('line', { x1: 0, x2: width, y1: height - axis, y2: height - axis, stroke: '#566573' }));
    ticks(first, last).forEach(function (t) {
      var x = ((t.at - first) / DAY) * slot;
      chart.appendChild(svg('line', { x1: x, x2: x, y1: height - axis, y2: height - axis + 4, stroke: '#566573' }));
      var label = svg('text', { x: x + 2, y: height - 4, 'font-size': 10, fill: '#1c2833' });
      label.textContent = t.label;
      chart.appendChild(label);
    });
    var brush = svg('rect', { x: 0, y: 0, width: 0, height: height - axis, fill: '#2e86c1', 'fill-opacity': 0.2, id: 'timeline-brush' });
    chart.appendChild(brush);
    box.appendChild(chart);

    var from = null;
    function at(event) { var r = chart.getBoundingClientRect(); return Math.max(0, Math.min(width, event.clientX - r.left)); }
    function dateAt(x) { return iso(first + Math.min(span - 1, Math.floor(x / slot)) * DAY); }
    chart.addEventListener('mousedown', function (event) { from = at(event); brush.setAttribute('x', from); brush.setAttribute('width', 0); event.preventDefault(); });
    chart.addEventListener('mousemove', function (event) {
      if (from === null) { return; }
      var x = at(event);
      brush.setAttribute('x', Math.min(from, x));
      brush.setAttribute('width', Math.abs(x - from));
    });
    window.addEventListener('mouseup', function (event) {
      if (from === null) { return; }
      var x = at(event), a = Math.min(from, x), b = Math.max(from, x);
      from = null;
      if (b - a < 3) { brush.setAttribute('width', 0); return; }
      params.set('date_from', dateAt(a));
      params.set('date_to', dateAt(b));
      params.delete('page');
      window.location.assign(window.location.pathname + '?' + params.toString());
    });
  }

  fetch('/api/timeline?' + (box.getAttribute('data-query') || '')).then(function (r) { return r.json(); }).then(function (found) {
    if (!found.days || !found.days.length) { box.textContent = found.error || 'no dated events'; return; }
    draw(found.days);
  });
})();
