// A searchable list of checkboxes: typing keeps the entries whose name contains the words, with or without diacritics.
(function () {
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    var filter = picker.querySelector("[data-picker-filter]");
    var items = Array.prototype.slice.call(picker.querySelectorAll("[data-picker-item]"));
    filter.addEventListener("input", function () {
      var words = fold(filter.value).split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        var name = fold(item.textContent);
        // A checked entry stays in sight, so what will be sent is never hidden.
        var keep = item.querySelector("input").checked || words.every(function (w) { return name.indexOf(w) >= 0; });
        item.hidden = !keep;
      });
    });
  });
})();
