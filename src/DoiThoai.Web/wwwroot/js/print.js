// The print button, without inline script (a strict Content-Security-Policy forbids inline handlers).
document.querySelectorAll("[data-action=print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
