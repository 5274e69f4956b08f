// "Quay lại" on a refused post: back in the browser's history, where the form still holds what was typed
// (the link's own address reloads the form empty, so it is only the fallback without script or history).
document.querySelectorAll("[data-history-back]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    if (window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
});
