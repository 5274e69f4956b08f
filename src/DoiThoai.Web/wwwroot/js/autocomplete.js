// Turns a <select multiple data-autocomplete-source="/url"> into a search box with chips.
// The select stays in the form (hidden) and carries the chosen values, so the server sees the same post.
(function () {
  "use strict";
  document.querySelectorAll("select[multiple][data-autocomplete-source]").forEach(function (select) {
    var source = select.getAttribute("data-autocomplete-source");
    var label = document.querySelector('label[for="' + select.id + '"]');
    var listId = select.id + "_options";

    var chips = document.createElement("ul");
    chips.className = "list-unstyled d-flex flex-wrap gap-2 mb-2";
    chips.setAttribute("aria-live", "polite");

    var input = document.createElement("input");
    input.type = "text";
    input.id = select.id + "_search";
    input.className = "form-control";
    input.setAttribute("list", listId);
    input.setAttribute("autocomplete", "off");
    input.placeholder = "Gõ số hoặc tên văn bản (không cần dấu), rồi chọn";
    if (label) label.htmlFor = input.id;

    var datalist = document.createElement("datalist");
    datalist.id = listId;

    select.hidden = true;
    select.after(chips, input, datalist);
    var help = document.getElementById(select.getAttribute("aria-describedby"));
    if (help) help.textContent = "Gõ để tìm trong danh mục; chọn một dòng để thêm, bấm × để bỏ.";

    function renderChips() {
      chips.innerHTML = "";
      Array.prototype.forEach.call(select.selectedOptions, function (option) {
        var item = document.createElement("li");
        item.className = "badge text-bg-light border d-flex align-items-center gap-1 fw-normal fs-6";
        var text = document.createElement("span");
        text.textContent = option.textContent;
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "btn btn-sm btn-link p-0 text-danger";
        remove.textContent = "×";
        remove.setAttribute("aria-label", "Bỏ " + option.textContent);
        remove.addEventListener("click", function () { option.selected = false; renderChips(); input.focus(); });
        item.append(text, remove);
        chips.appendChild(item);
      });
    }

    function choose() {
      var match = Array.prototype.find.call(datalist.options, function (o) { return o.value === input.value; });
      if (!match) return false;
      var option = Array.prototype.find.call(select.options, function (o) { return o.value === match.dataset.id; });
      if (!option) {
        option = new Option(match.value, match.dataset.id);
        select.add(option);
      }
      option.selected = true;
      input.value = "";
      renderChips();
      return true;
    }

    var timer;
    input.addEventListener("input", function () {
      if (choose()) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        fetch(source + "?q=" + encodeURIComponent(input.value), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            datalist.innerHTML = "";
            items.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.text;
              option.dataset.id = item.id;
              datalist.appendChild(option);
            });
          });
      }, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); choose(); }
    });
    renderChips();
  });
})();
