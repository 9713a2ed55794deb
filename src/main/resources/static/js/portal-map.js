// Map pin for the portal and the grid-worker page. Without Leaflet or without tiles (no network) the map hides
// itself and the latitude/longitude fields stay usable; the device's position fills them when allowed.
(function () {
  var el = document.getElementById('map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!el || !lat || !lon) { return; }
  function offline() { el.classList.add('offline'); }
  if (typeof L === 'undefined') { offline(); return; }
  var start = [parseFloat(lat.value) || 37.5131, parseFloat(lon.value) || 122.1204];
  var map = L.map(el).setView(start, 13);
  var tiles = L.tileLayer(el.dataset.tiles || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
  var failures = 0;
  tiles.on('tileerror', function () { if (++failures > 3) { offline(); } });
  var marker = null;
  function place(latlng) {
    if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
  }
  if (lat.value && lon.value) { place(L.latLng(start[0], start[1])); }
  map.on('click', function (e) { place(e.latlng); });
  var locate = document.getElementById('locate');
  if (locate && navigator.geolocation) {
    locate.addEventListener('click', function (e) {
      e.preventDefault();
      navigator.geolocation.getCurrentPosition(function (p) {
        place(L.latLng(p.coords.latitude, p.coords.longitude));
        map.setView([p.coords.latitude, p.coords.longitude], 16);
      });
    });
  }
})();
