// The page of `sahel-events map`: draws the inlined data with Leaflet on a canvas, clusters what overlaps on a grid
// of the screen, and filters by time, event type and input. Every text from the data goes into the page as text
// (textContent), never as markup, because notes and file names come from anywhere.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('map-data').textContent);
  var inc = data.incidents;
  var n = inc.lat.length;
  var CELL = 40;
  var PLAY_MS = 800;
  var MIN_RADIUS = 3;
  var RADIUS_PER_ROOT = 2;

  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  document.getElementById('note').textContent = data.note;

  // The popups' text, one JSON line per incident, found and parsed only when a popup opens.
  var infoText = null;
  var infoStarts = null;
  function info(i) {
    if (infoStarts === null) {
      infoText = document.getElementById('map-info').textContent;
      infoStarts = new Float64Array(n + 1);
      var at = 0;
      for (var k = 0; k < n; k++) {
        infoStarts[k] = at;
        at = infoText.indexOf('\n', at) + 1;
      }
      infoStarts[n] = at;
    }
    return JSON.parse(infoText.slice(infoStarts[i], infoStarts[i + 1] - 1));
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function isoDay(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function dayOf(iso) {
    var t = Date.parse(iso + 'T00:00:00Z');
    return isNaN(t) ? null : Math.floor(t / 86400000);
  }

  // Area proportional to the toll: the radius grows with its square root, from a minimum that keeps 0 visible.
  function radius(fatalities) {
    return Math.max(MIN_RADIUS, RADIUS_PER_ROOT * Math.sqrt(fatalities));
  }

  var renderer = L.canvas({ padding: 0.3 });
  var map = L.map('map', { renderer: renderer, preferCanvas: true, minZoom: 3, maxZoom: 13, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);

  map.createPane('base').style.zIndex = 200;
  map.createPane('roads').style.zIndex = 350;
  var baseStyle = {
    country: { color: '#8a8178', weight: 1, fillColor: '#f6f2ea', fillOpacity: 1 },
    lake: { color: '#7fb2d5', weight: 0.8, fillColor: '#b9d7ea', fillOpacity: 1 },
    river: { color: '#6aa5cf', weight: 1.4, fill: false }
  };
  var base = L.geoJSON(data.base, {
    pane: 'base', interactive: false,
    style: function (f) {
      var s = baseStyle[f.properties.kind];
      return f.properties.name === 'Niger' && f.properties.kind === 'river' ? L.extend({}, s, { weight: 2.4 }) : s;
    }
  }).addTo(map);

  data.corridors.forEach(function (c) {
    L.polygon(c.rings, { pane: 'roads', color: '#c98f1c', weight: 0.8, fillColor: '#e8b44c', fillOpacity: 0.35,
      interactive: false }).addTo(map);
  });
  data.roads.forEach(function (r) {
    L.polyline(r.lines, { pane: 'roads', color: '#4d4d4d', weight: 2, interactive: true })
      .bindTooltip(el('span', null, r.id + ': ' + r.name), { sticky: true }).addTo(map);
  });
  data.towns.forEach(function (t) {
    // Labels sit to the right of the town's square and above the incidents' canvas, so no circle hides them.
    L.circleMarker([t[1], t[2]], { pane: 'roads', radius: 2.5, color: '#fff', weight: 1, fillColor: '#222',
      fillOpacity: 1, interactive: false })
      .bindTooltip(el('span', null, t[0]), { permanent: true, direction: 'right', offset: [4, 0],
        className: 'town-label' }).addTo(map);
  });

  // Filters.
  var minDay = Infinity;
  var maxDay = -Infinity;
  for (var i = 0; i < n; i++) {
    minDay = Math.min(minDay, inc.day[i]);
    maxDay = Math.max(maxDay, inc.day[i]);
  }
  if (n === 0) {
    minDay = maxDay = Math.floor(Date.now() / 86400000);
  }
  var firstMonday = minDay - ((minDay + 3) % 7 + 7) % 7;
  var weeks = Math.floor((maxDay - firstMonday) / 7);
  var state = { from: minDay, to: maxDay, types: data.types.map(function () { return true; }),
    layers: data.layers.map(function () { return true; }) };
  var visible = new Uint8Array(n);
  var stats = { visible: 0, drawnIncidents: 0, markers: 0, clusters: 0, lastDrawMs: 0, readyMs: 0 };

  var incidentLayer = L.layerGroup().addTo(map);
  var legend = buildLegend();
  buildTimeControl();

  function applyFilters() {
    var started = performance.now();
    var typeCounts = data.types.map(function () { return 0; });
    var layerCounts = data.layers.map(function () { return 0; });
    var total = 0;
    for (var i = 0; i < n; i++) {
      var d = inc.day[i];
      var inTime = d >= state.from && d <= state.to;
      var t = inc.type[i];
      var l = inc.layer[i];
      if (inTime && state.layers[l]) {
        typeCounts[t]++;
      }
      if (inTime && state.types[t]) {
        layerCounts[l]++;
      }
      visible[i] = inTime && state.types[t] && state.layers[l] ? 1 : 0;
      total += visible[i];
    }
    stats.visible = total;
    typeCounts.forEach(function (c, t) { legend.typeCounts[t].textContent = c; });
    layerCounts.forEach(function (c, l) { legend.layerCounts[l].textContent = c; });
    legend.total.textContent = total + ' of ' + n + ' incidents shown';
    redraw();
    stats.lastDrawMs = performance.now() - started;
  }

  function redraw() {
    var started = performance.now();
    incidentLayer.clearLayers();
    var zoom = map.getZoom();
    var view = map.getBounds().pad(0.25);
    var south = view.getSouth();
    var north = view.getNorth();
    var west = view.getWest();
    var east = view.getEast();
    var cells = new Map();
    for (var i = 0; i < n; i++) {
      if (!visible[i] || inc.lat[i] < south || inc.lat[i] > north || inc.lon[i] < west || inc.lon[i] > east) {
        continue;
      }
      var p = map.project([inc.lat[i], inc.lon[i]], zoom);
      var key = Math.floor(p.x / CELL) + ':' + Math.floor(p.y / CELL);
      var members = cells.get(key);
      if (members) {
        members.push(i);
      } else {
        cells.set(key, [i]);
      }
    }
    var markers = 0;
    var clusters = 0;
    var drawn = 0;
    cells.forEach(function (members) {
      drawn += members.length;
      if (members.length === 1) {
        markers++;
        incidentLayer.addLayer(marker(members[0]));
      } else {
        clusters++;
        incidentLayer.addLayer(cluster(members));
      }
    });
    stats.markers = markers;
    stats.clusters = clusters;
    stats.drawnIncidents = drawn;
    stats.lastDrawMs = performance.now() - started;
  }

  function marker(i) {
    var m = L.circleMarker([inc.lat[i], inc.lon[i]], { renderer: renderer, radius: radius(inc.fatalities[i]),
      fillColor: data.types[inc.type[i]].colour, fillOpacity: 0.82, color: inc.corridor[i] ? '#111' : '#fff',
      weight: inc.corridor[i] ? 1.6 : 0.8 });
    m.on('click', function () {
      L.popup({ maxWidth: 420, maxHeight: 420 }).setLatLng(m.getLatLng()).setContent(popup(i)).openOn(map);
    });
    return m;
  }

  function cluster(members) {
    var lat = 0;
    var lon = 0;
    var deaths = 0;
    var bounds = L.latLngBounds([]);
    members.forEach(function (i) {
      lat += inc.lat[i];
      lon += inc.lon[i];
      deaths += inc.fatalities[i];
      bounds.extend([inc.lat[i], inc.lon[i]]);
    });
    var size = Math.round(22 + 6 * Math.log10(members.length));
    var icon = L.divIcon({ className: 'cluster', iconSize: [size, size], html: '' });
    var m = L.marker([lat / members.length, lon / members.length], { icon: icon, keyboard: false,
      title: members.length + ' incidents, ' + deaths + ' fatalities' });
    m.on('add', function () {
      var e = m.getElement();
      e.textContent = String(members.length);
      e.setAttribute('data-count', members.length);
    });
    m.on('click', function () {
      var spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest());
      if (map.getZoom() < map.getMaxZoom() && spread > 50) {
        map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() });
      } else {
        L.popup({ maxWidth: 420, maxHeight: 420 }).setLatLng(m.getLatLng()).setContent(list(members)).openOn(map);
      }
    });
    return m;
  }

  // Incidents at one place, which no zoom separates: a list, each opening its own popup.
  function list(members) {
    var box = el('div', 'incident-list');
    box.appendChild(el('h4', null, members.length + ' incidents here'));
    members.slice(0, 200).forEach(function (i) {
      var b = el('button', null, isoDay(inc.day[i]) + ' · ' + data.types[inc.type[i]].label + ' · '
        + inc.fatalities[i] + ' killed');
      b.addEventListener('click', function () {
        L.popup({ maxWidth: 420, maxHeight: 420 }).setLatLng([inc.lat[i], inc.lon[i]]).setContent(popup(i))
          .openOn(map);
      });
      box.appendChild(b);
    });
    if (members.length > 200) {
      box.appendChild(el('p', null, (members.length - 200) + ' more; narrow the dates to see them'));
    }
    return box;
  }

  function popup(i) {
    return popupOf(info(i), data.layers[inc.layer[i]]);
  }

  function popupOf(text, layer) {
    var box = el('div', 'incident');
    box.setAttribute('data-incident', text.id);
    box.appendChild(el('h4', null, text.type + (text.subEventType ? ': ' + text.subEventType : '')));
    var table = el('table');
    function row(label, value) {
      if (value === undefined || value === null || value === '') {
        return;
      }
      var tr = el('tr');
      tr.appendChild(el('th', null, label));
      tr.appendChild(el('td', null, value));
      table.appendChild(tr);
    }
    row('Date', text.when);
    row('Place', text.place);
    row('Actors', text.actors);
    row('Fatalities', text.fatalities);
    row('Notes', text.notes);
    Object.keys(text.cells).forEach(function (k) { row(k, text.cells[k]); });
    text.corridors.forEach(function (c) {
      row('Corridor', c.route + ': ' + c.chainageKm + ' km along the road, ' + c.distanceKm + ' km from it');
    });
    row('Input', layer);
    row('Id', text.id);
    box.appendChild(table);
    text.contested.forEach(function (c) {
      var part = el('div', 'contested');
      part.appendChild(el('h5', null, 'Contested: ' + c.field + ' (' + c.versions.length + ' versions)'));
      var versions = el('ul');
      c.versions.forEach(function (v) {
        versions.appendChild(el('li', null, v.value + ': said by ' + v.saidBy + ', reported by ' + v.reportedBy
          + ', credibility ' + v.credibility + (v.quote ? ', "' + v.quote + '"' : '') + ' [' + v.assertion + ']'));
      });
      part.appendChild(versions);
      var choices = el('ul', 'policy');
      c.choices.forEach(function (p) {
        choices.appendChild(el('li', null, p.policy + ' chooses ' + p.value + '. ' + p.explanation));
      });
      part.appendChild(choices);
      box.appendChild(part);
    });
    return box;
  }

  function buildLegend() {
    var control = L.control({ position: 'topright' });
    var parts = { typeCounts: [], layerCounts: [] };
    control.onAdd = function () {
      var box = el('div', 'panel legend');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(el('h3', null, 'Event type'));
      data.types.forEach(function (t, k) {
        parts.typeCounts.push(filterRow(box, 'type', k, state.types, t.label, t.colour));
      });
      box.appendChild(el('h3', null, 'Inputs'));
      data.layers.forEach(function (name, k) {
        parts.layerCounts.push(filterRow(box, 'layer', k, state.layers, name, null));
      });
      parts.total = el('div', 'total');
      parts.total.id = 'total';
      box.appendChild(parts.total);
      box.appendChild(el('h3', null, 'Fatalities (circle area)'));
      box.appendChild(sizeLegend());
      box.appendChild(el('div', null, 'Black ring: on a corridor. Grey disc: overlapping incidents, click to zoom.'));
      var lines = el('div');
      [['#4d4d4d', 'road (drawn town to town)'], ['#6aa5cf', 'river'], ['#8a8178', 'border']].forEach(function (s) {
        var line = el('span', 'line');
        line.style.borderColor = s[0];
        var item = el('div');
        item.appendChild(line);
        item.appendChild(document.createTextNode(s[1]));
        lines.appendChild(item);
      });
      box.appendChild(lines);
      return box;
    };
    control.addTo(map);
    return parts;
  }

  // A legend line that switches a type or an input on and off, with its count, which it returns.
  function filterRow(box, kind, k, flags, name, colour) {
    var label = el('label');
    var check = el('input');
    check.type = 'checkbox';
    check.checked = true;
    check.setAttribute('data-' + kind, k);
    check.addEventListener('change', function () {
      flags[k] = check.checked;
      applyFilters();
    });
    label.appendChild(check);
    if (colour) {
      var swatch = el('span', 'swatch');
      swatch.style.background = colour;
      label.appendChild(swatch);
    }
    // A long path shows as its file name; the whole of it is the tooltip.
    label.title = name;
    label.appendChild(el('span', null, name.length > 40 ? '…' + name.slice(name.lastIndexOf('/') + 1).slice(-38)
      : name));
    var count = el('span', 'count', '0');
    count.setAttribute('data-' + kind + '-count', k);
    label.appendChild(count);
    box.appendChild(label);
    return count;
  }

  function sizeLegend() {
    var ns = 'http://www.w3.org/2000/svg';
    var sizes = [1, 10, 50, 200];
    var biggest = radius(sizes[sizes.length - 1]);
    var svg = document.createElementNS(ns, 'svg');
    var width = 0;
    sizes.forEach(function (s) { width += 2 * radius(s) + 14; });
    svg.setAttribute('width', width);
    svg.setAttribute('height', 2 * biggest + 16);
    var x = 2;
    sizes.forEach(function (s) {
      var r = radius(s);
      var c = document.createElementNS(ns, 'circle');
      c.setAttribute('cx', x + r);
      c.setAttribute('cy', 2 * biggest - r + 1);
      c.setAttribute('r', r);
      c.setAttribute('fill', '#bbb');
      c.setAttribute('stroke', '#222');
      svg.appendChild(c);
      var t = document.createElementNS(ns, 'text');
      t.setAttribute('x', x + r);
      t.setAttribute('y', 2 * biggest + 13);
      t.setAttribute('text-anchor', 'middle');
      t.setAttribute('font-size', '10');
      t.textContent = String(s);
      svg.appendChild(t);
      x += 2 * r + 14;
    });
    return svg;
  }

  function buildTimeControl() {
    var control = L.control({ position: 'bottomleft' });
    control.onAdd = function () {
      var box = el('div', 'panel time');
      L.DomEvent.disableClickPropagation(box);
      var from = el('input');
      from.type = 'date';
      from.id = 'from';
      var to = el('input');
      to.type = 'date';
      to.id = 'to';
      from.value = isoDay(minDay);
      to.value = isoDay(maxDay);
      var slider = el('input');
      slider.type = 'range';
      slider.id = 'week';
      slider.min = 0;
      slider.max = Math.max(weeks, 0);
      slider.value = 0;
      var week = el('span', 'week', 'all dates');
      var play = el('button', null, '▶ play weeks');
      play.id = 'play';
      var all = el('button', null, 'all dates');
      all.id = 'all-dates';
      var timer = null;
      function dates() {
        var f = dayOf(from.value);
        var t = dayOf(to.value);
        state.from = f === null ? minDay : f;
        state.to = t === null ? maxDay : t;
        week.textContent = isoDay(state.from) + ' to ' + isoDay(state.to);
        applyFilters();
      }
      function showWeek(w) {
        slider.value = w;
        from.value = isoDay(firstMonday + 7 * w);
        to.value = isoDay(firstMonday + 7 * w + 6);
        dates();
      }
      function stop() {
        clearInterval(timer);
        timer = null;
        play.textContent = '▶ play weeks';
      }
      from.addEventListener('change', dates);
      to.addEventListener('change', dates);
      slider.addEventListener('input', function () { showWeek(Number(slider.value)); });
      play.addEventListener('click', function () {
        if (timer) {
          stop();
          return;
        }
        play.textContent = '❚❚ pause';
        showWeek(Number(slider.value) >= weeks ? 0 : Number(slider.value));
        timer = setInterval(function () {
          if (Number(slider.value) >= weeks) {
            stop();
          } else {
            showWeek(Number(slider.value) + 1);
          }
        }, PLAY_MS);
      });
      all.addEventListener('click', function () {
        stop();
        from.value = isoDay(minDay);
        to.value = isoDay(maxDay);
        dates();
        week.textContent = 'all dates';
      });
      [el('label', null, 'From'), from, el('label', null, ' to'), to, el('br'), el('label', null, 'Week'), slider,
        play, all, week].forEach(function (e) { box.appendChild(e); });
      return box;
    };
    control.addTo(map);
  }

  // Incidents known only to a country or a region: listed beside the map, each opening its popup at the map's centre.
  var unplaced = document.getElementById('map-unplaced').textContent.split('\n').filter(function (line) {
    return line !== '';
  }).map(function (line) { return JSON.parse(line); });
  if (unplaced.length > 0) {
    var elsewhere = L.control({ position: 'topleft' });
    elsewhere.onAdd = function () {
      var box = el('div', 'panel incident-list unplaced');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(el('h4', null, 'Not on the map: ' + unplaced.length + ' known only to a region or a country'));
      unplaced.forEach(function (text) {
        var b = el('button', null, text.when + ' · ' + text.type + ' · ' + text.place);
        b.addEventListener('click', function () {
          L.popup({ maxWidth: 420, maxHeight: 420 }).setLatLng(map.getCenter()).setContent(popupOf(text, ''))
            .openOn(map);
        });
        box.appendChild(b);
      });
      return box;
    };
    elsewhere.addTo(map);
  }

  map.on('moveend', redraw);
  var bounds = L.latLngBounds([]);
  for (var k = 0; k < n; k++) {
    bounds.extend([inc.lat[k], inc.lon[k]]);
  }
  // The legend and the time filter cover the map's corners: the incidents are fitted into what they leave.
  var room = { paddingTopRight: [document.querySelector('.legend').offsetWidth + 20, 20],
    paddingBottomLeft: [20, document.querySelector('.time').offsetHeight + 20], maxZoom: 9 };
  map.fitBounds(bounds.isValid() ? bounds : base.getBounds(), room);
  applyFilters();
  stats.readyMs = performance.now();

  // What the page's tests and benchmarks read: the counts behind the legend, the circles drawn, where an incident is.
  window.sahelMap = {
    map: map,
    stats: function () { return L.extend({}, stats); },
    pointOf: function (id) {
      for (var i = 0; i < n; i++) {
        if (inc.id[i] === id) {
          var p = map.latLngToContainerPoint([inc.lat[i], inc.lon[i]]);
          var r = map.getContainer().getBoundingClientRect();
          return { x: p.x + r.left, y: p.y + r.top, lat: inc.lat[i], lon: inc.lon[i] };
        }
      }
      return null;
    }
  };
}());
