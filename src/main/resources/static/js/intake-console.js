// Operator console: Ctrl+Enter (or Cmd+Enter) takes the call in from anywhere on the page; a form is sent once.
(function () {
  var form = document.getElementById('console-form');
  if (!form) { return; }
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  var sent = false;
  form.addEventListener('submit', function (e) {
    if (sent) { e.preventDefault(); return; }
    sent = true;
  });
})();
