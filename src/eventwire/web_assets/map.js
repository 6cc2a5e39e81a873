// eventwire workbench map: the filtered events over the shipped world borders, no tiles.
// Points that would overlap at the current zoom are drawn as one cluster with its count,
// coloured by its commonest type; a click zooms into a cluster, or lists its events when
// they share one spot. The view frames the middle 90% of the events (the theatre), so a
// few far-away points do not shrink it. Text from the store is set with textContent only.
(function () {
  'use strict';
  var box = document.getElementById('map');
  if (!box) { return; }
  var PALETTE = JSON.parse(box.getAttribute('data-colours') || '{"types": {}, "other": "#555555"}');  // the server's colours, one source
  var COLOURS = PALETTE.types;
  var INTERACTION = PALETTE.other;
  var THEATRE = [[44.0, 22.0], [52.5, 40.5]];  // Ukraine and its front, shown when no event has a point
  var CELL_PX = 40;  // points closer than this on screen (on each axis) join one cluster
  var LIST_MAX = 30;
  var map = L.map('map', { worldCopyJump: true, maxZoom: 12 }).fitBounds(THEATRE);
  var status = document.getElementById('map-status');
  var layer = L.layerGroup().addTo(map);
  var points = [];

  function colourOf(p) { return COLOURS[p.event_type] || INTERACTION; }

  function eventLink(p) {
    var link = document.createElement('a');
    link.href = '/events/' + encodeURIComponent(p.event_id);
    link.textContent = (p.sub_event_type || p.plover_type || 'event') + ' — ' + ((p.location || {}).name || '?');
    return link;
  }

  function popup(p) {
    var box = document.createElement('div'), line = document.createElement('div');
    line.textContent = (p.event_date || '?') + ' · ' + (p.status || '') + ' · ' + (p.actor1 || 'unidentified');
    box.appendChild(eventLink(p));
    box.appendChild(line);
    return box;
  }

  function listPopup(members) {
    var box = document.createElement('div'), list = document.createElement('ol');
    box.className = 'cluster-list';
    members.slice(0, LIST_MAX).forEach(function (m) {
      var item = document.createElement('li');
      item.appendChild(eventLink(m.p));
      item.appendChild(document.createTextNode(' ' + (m.p.event_date || '')));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (members.length > LIST_MAX) {
      var more = document.createElement('div');
      more.textContent = 'and ' + (members.length - LIST_MAX) + ' more: narrow the filters or use the table';
      box.appendChild(more);
    }
    return box;
  }

  function commonest(members) {
    var counts = {}, best = null;
    members.forEach(function (m) {
      var c = colourOf(m.p);
      counts[c] = (counts[c] || 0) + 1;
      if (best === null || counts[c] > counts[best]) { best = c; }
    });
    return best;
  }

  function clusterIcon(members) {
    var size = Math.round(22 + 6 * Math.log(members.length) / Math.LN2);
    var label = document.createElement('div');
    label.textContent = String(members.length);
    label.style.font = 'bold 11px system-ui,sans-serif';  // before lineHeight, which the shorthand would reset
    label.style.width = size + 'px';
    label.style.height = size + 'px';
    label.style.lineHeight = size + 'px';
    label.style.borderRadius = '50%';
    label.style.background = commonest(members);
    label.style.color = '#fff';
    label.style.textAlign = 'center';
    label.style.border = '1px solid #1c2833';
    label.style.opacity = '0.85';
    return L.divIcon({ html: label, className: 'event-cluster', iconSize: [size, size] });
  }

  function oneSpot(members) {
    var first = members[0].latlng;
    return members.every(function (m) { return m.latlng.equals(first); });
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom(), seeds = {}, clusters = [];
    points.forEach(function (m) {  // a point joins the first cluster whose seed lies within CELL_PX on screen
      var at = map.project(m.latlng, zoom), cx = Math.floor(at.x / CELL_PX), cy = Math.floor(at.y / CELL_PX), found = null;
      for (var dx = -1; dx <= 1 && !found; dx++) {
        for (var dy = -1; dy <= 1 && !found; dy++) {
          (seeds[(cx + dx) + ':' + (cy + dy)] || []).some(function (c) {
            if (Math.abs(c.at.x - at.x) <= CELL_PX && Math.abs(c.at.y - at.y) <= CELL_PX) { found = c; }
            return found;
          });
        }
      }
      if (!found) {
        found = { at: at, members: [] };
        (seeds[cx + ':' + cy] = seeds[cx + ':' + cy] || []).push(found);
        clusters.push(found);
      }
      found.members.push(m);
    });
    clusters.forEach(function (cluster) {
      var members = cluster.members;
      if (members.length === 1) {
        var m = members[0];
        L.circleMarker(m.latlng, { radius: 6, color: '#1c2833', weight: 0.5, fillColor: colourOf(m.p), fillOpacity: 0.85, className: 'event-marker' })
          .bindPopup(function () { return popup(m.p); }).addTo(layer);
        return;
      }
      var lat = 0, lng = 0;
      members.forEach(function (n) { lat += n.latlng.lat; lng += n.latlng.lng; });
      var marker = L.marker([lat / members.length, lng / members.length], { icon: clusterIcon(members) }).addTo(layer);
      marker.on('click', function () {
        if (oneSpot(members) || map.getZoom() >= map.getMaxZoom()) {
          marker.bindPopup(listPopup(members), { maxHeight: 300 }).openPopup();
        } else {
          map.fitBounds(L.latLngBounds(members.map(function (n) { return n.latlng; })).pad(0.2));
        }
      });
    });
  }

  function quantile(sorted, share) { return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]; }

  function theatre() {  // the middle 90% of the ACLED-typed events on each axis (of all, if fewer than 5): talks in far capitals do not shrink it
    var typed = points.filter(function (m) { return m.p.event_type; }), framed = typed.length >= 5 ? typed : points;
    var lats = framed.map(function (m) { return m.latlng.lat; }).sort(function (a, b) { return a - b; });
    var lngs = framed.map(function (m) { return m.latlng.lng; }).sort(function (a, b) { return a - b; });
    var cut = framed.length >= 20 ? 0.05 : 0;
    return L.latLngBounds([quantile(lats, cut), quantile(lngs, cut)], [quantile(lats, 1 - cut), quantile(lngs, 1 - cut)]);
  }

  fetch('/static/world_borders.geojson').then(function (r) { return r.json(); }).then(function (borders) {
    L.geoJSON(borders, { style: { color: '#95a5a6', weight: 0.6, fillColor: '#f4f6f7', fillOpacity: 1 }, interactive: false }).addTo(map);
    layer.eachLayer(function (l) { if (l.bringToFront) { l.bringToFront(); } });
  });

  var query = box.getAttribute('data-query') || '';
  fetch('/api/events?' + query + (query ? '&' : '') + 'format=geojson&per_page=10000').then(function (r) { return r.json(); }).then(function (events) {
    if (!events.features) { status.textContent = events.error || 'no events'; return; }
    points = events.features.filter(function (f) { return f.geometry; }).map(function (f) {
      return { latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), p: f.properties };
    });
    var unplaced = (events.listed || points.length) - points.length, more = (events.total || 0) - (events.listed || 0);
    status.textContent = points.length + ' events on the map' + (unplaced > 0 ? '; ' + unplaced + (unplaced === 1 ? ' more has' : ' more have') + ' no place to show' : '') +
      (more > 0 ? '; ' + more + ' more past the first 10,000: narrow the filters' : '');
    if (points.length) { map.fitBounds(theatre().pad(0.15), { maxZoom: 9 }); }
    draw();
    map.on('zoomend', draw);
  });
})();
