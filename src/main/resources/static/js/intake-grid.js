// Grid report and whistle report pages: fill latitude and longitude (#lat, #lon) from the phone's position (WGS-84)
// when the user presses #locate.
(function () {
  var button = document.getElementById('locate');
  if (!button || !navigator.geolocation) { if (button) { button.hidden = true; } return; }
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('lat').value = p.coords.latitude.toFixed(6);
      document.getElementById('lon').value = p.coords.longitude.toFixed(6);
    });
  });
})();
