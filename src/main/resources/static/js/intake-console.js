// Operator console: Ctrl+Enter (or Cmd+Enter) takes the call in from anywhere on the page; a form is sent once.
// A click on the classification suggestion (a link with data-item, swapped in by htmx) copies its item code into
// the item field; the listener sits on the document, so it serves every suggestion htmx brings.
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
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-item]');
    var item = document.getElementById('itemCode');
    if (!link || !item) { return; }
    e.preventDefault();
    item.value = link.dataset.item;
    // the live checks and the suggestions follow the form's changes
    item.dispatchEvent(new Event('change', {bubbles: true}));
  });
})();
