// Leaders' dashboard: fetches the month's data with the page session and draws the four charts and the map.
// Texts come from the page (data-* attributes on #ev-status, the status names in #ev-status-labels), so that the
// charts speak the page's language.
(function () {
  var status = document.getElementById('ev-status');
  if (!status) { return; }
  var text = status.dataset;
  var statusNames = {};
  document.querySelectorAll('#ev-status-labels [data-status]').forEach(function (li) {
    statusNames[li.dataset.status] = li.textContent;
  });
  var rates = [['response', text.rateResponse], ['onTime', text.rateOnTime],
    ['resolution', text.rateResolution], ['satisfaction', text.rateSatisfaction]];

  function chart(id, option) {
    if (window.echarts) { echarts.init(document.getElementById(id)).setOption(option); }
  }

  // Percent with one decimal, half up as everywhere else (RatePercent): rates come with 4 decimals, so
  // v * 10000 is a whole number once rounded, and the half-up step is done on that integer (0.8125 -> 81.3).
  function pct(v) {
    return v == null ? null : Math.floor((Math.round(v * 10000) + 5) / 10) / 10;
  }

  function draw(d) {
    status.textContent = '';
    chart('ev-trend', {tooltip: {trigger: 'axis'}, legend: {},
      xAxis: {type: 'category', data: d.trend.map(function (r) { return r.key; })}, yAxis: {type: 'value'},
      series: [{type: 'line', name: text.dispatched, data: d.trend.map(function (r) { return r.dispatched; })},
        {type: 'line', name: text.replied, data: d.trend.map(function (r) { return r.replied; })}]});
    chart('ev-items', {tooltip: {}, xAxis: {type: 'value'}, yAxis: {type: 'category', inverse: true,
      data: d.topItems.map(function (r) { return r.name || r.key; })}, grid: {left: 140},
      series: [{type: 'bar', name: text.dispatched, data: d.topItems.map(function (r) { return r.dispatched; })}]});
    chart('ev-districts', {tooltip: {trigger: 'axis'}, legend: {}, xAxis: {type: 'category',
      data: d.districts.map(function (r) { return r.key == null ? text.unplaced : r.name || r.key; })},
      yAxis: {type: 'value', max: 100},
      series: rates.map(function (k) {
        return {type: 'bar', name: k[1], data: d.districts.map(function (r) { return pct(r.rates[k[0]]); })};
      })});
    chart('ev-overdue', {tooltip: {}, xAxis: {type: 'value'}, yAxis: {type: 'category', inverse: true,
      data: d.overdue.map(function (r) { return r.name || r.key; })}, grid: {left: 160},
      series: [{type: 'bar', name: text.overdueCount, itemStyle: {color: '#c53030'},
        data: d.overdue.map(function (r) { return r.overdue; })}]});
    if (window.L) {
      var map = L.map('ev-map').setView([37.4, 122.1], 9);
      // Tiles need the network; without it the markers still show on a blank background.
      L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 18,
        attribution: '© OpenStreetMap'}).addTo(map);
      d.points.forEach(function (p) {
        // (Leaflet writes a string tooltip as HTML: the label is an element holding text)
        var label = document.createElement('span');
        label.textContent = p.number + ' ' + (statusNames[p.status] || p.status);
        L.circleMarker([p.lat, p.lon], {radius: 4}).bindTooltip(label).addTo(map);
      });
    }
  }

  fetch(text.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) { status.textContent = text.error + ' (' + e.message + ')'; });
})();
