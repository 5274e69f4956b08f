// A "select all" box (data-select-all="group") ticks or clears every box of its group (data-select="group").
document.addEventListener("change", function (event) {
  var group = event.target.getAttribute && event.target.getAttribute("data-select-all");
  if (!group) return;
  document.querySelectorAll('input[data-select="' + group + '"]').forEach(function (box) {
    box.checked = event.target.checked;
  });
});
