// eventwire workbench map: the filtered events over the shipped country borders, no tiles.
// Text from the store is set with textContent only, never as HTML.
(function () {
  'use strict';
  var COLOURS = {
    'Battles': '#c0392b', 'Explosions/Remote violence': '#d35400', 'Violence against civilians': '#8e44ad',
    'Protests': '#2980b9', 'Riots': '#16a085', 'Strategic developments': '#7f8c8d'
  };
  var INTERACTION = '#555555';
  var THEATRE = [[44.0, 22.0], [52.5, 40.5]];  // Ukraine and its front, shown when no event has a point
  var map = L.map('map', { preferCanvas: false, worldCopyJump: true }).fitBounds(THEATRE);
  var status = document.getElementById('map-status');

  function popup(feature) {
    var p = feature.properties, box = document.createElement('div'), link = document.createElement('a');
    link.href = '/events/' + encodeURIComponent(p.event_id);
    link.textContent = (p.sub_event_type || p.plover_type || 'event') + ' — ' + ((p.location || {}).name || '?');
    var line = document.createElement('div');
    line.textContent = (p.event_date || '?') + ' · ' + (p.status || '') + ' · ' + (p.actor1 || 'unidentified');
    box.appendChild(link);
    box.appendChild(line);
    return box;
  }

  fetch('/static/borders.geojson').then(function (r) { return r.json(); }).then(function (borders) {
    L.geoJSON(borders, { style: { color: '#95a5a6', weight: 0.6, fillColor: '#f4f6f7', fillOpacity: 1 }, interactive: false }).addTo(map);
  });

  var params = new URLSearchParams(window.location.search);
  params.set('format', 'geojson');
  params.set('per_page', '10000');
  fetch('/api/events?' + params.toString()).then(function (r) { return r.json(); }).then(function (events) {
    if (!events.features) { status.textContent = events.error || 'no events'; return; }
    var layer = L.geoJSON(events, {
      pointToLayer: function (feature, latlng) {
        var colour = COLOURS[feature.properties.event_type] || INTERACTION;
        return L.circleMarker(latlng, { radius: 5, color: '#1c2833', weight: 0.5, fillColor: colour, fillOpacity: 0.8, className: 'event-marker' });
      },
      onEachFeature: function (feature, marker) { marker.bindPopup(function () { return popup(feature); }); }
    }).addTo(map);
    status.textContent = events.features.length + ' events on the map';
    if (events.features.length) { map.fitBounds(layer.getBounds().pad(0.1), { maxZoom: 9 }); }
  });
})();
