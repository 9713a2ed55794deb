// A button that goes back one page (the error page after a form that was not taken in): the browser shows the form
// again as it was filled in. Bound here because the content security policy allows no inline script.
document.querySelectorAll('[data-history-back]').forEach(function (button) {
  button.addEventListener('click', function () {
    history.back();
  });
});
