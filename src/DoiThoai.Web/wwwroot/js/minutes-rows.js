// Minutes rows corrected in place and moved up or down (ADR 0015), keyboard first as entry is: "Sửa" opens the row's
// form in its place, Enter saves, Esc cancels, and focus comes back to the row. Without script "Sửa" opens a page
// and the arrows post and reload. Needs minutes.js (window.DoiThoaiMinutes).
(function () {
  "use strict";
  var m = window.DoiThoaiMinutes;
  if (!m) return;
  var conflictText = "Dòng này vừa được người khác sửa hoặc chuyển chỗ nên chưa lưu. Danh sách đã được tải lại, hãy thử lại.";

  function rowOf(section, id) { return document.getElementById("part-" + section + "-" + id); }

  // A move button at the edge of the section is hidden: focus goes to its neighbour, then to "Sửa".
  function focusIn(row, selectors) {
    if (!row) return;
    for (var i = 0; i < selectors.length; i++) {
      var target = row.querySelector(selectors[i]);
      if (target && window.getComputedStyle(target).visibility !== "hidden") { target.focus(); return; }
    }
  }

  function redraw(section, html) { document.getElementById("rows-" + section).innerHTML = html; }

  function closeEditor(row) {
    var editor = row.nextElementSibling;
    if (editor && editor.hasAttribute("data-row-editor")) editor.remove();
    row.hidden = false;
  }

  function cancel(row) {
    closeEditor(row);
    focusIn(row, ["[data-edit-row]"]);
    m.announce("Đã hủy sửa, dòng giữ nguyên.");
  }

  function wire(form, row, section) {
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); cancel(row); }
    });
    form.querySelector("[data-cancel-row]").addEventListener("click", function (event) { event.preventDefault(); cancel(row); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      m.clearErrors(form);
      var button = form.querySelector("[type=submit]");
      button.disabled = true;
      m.post(form, new FormData(form)).then(function (response) {
        if (response.ok) {
          return response.text().then(function (html) {
            closeEditor(row);
            var id = row.id;
            row.outerHTML = html;
            focusIn(document.getElementById(id), ["[data-edit-row]"]);
            m.announce("Đã lưu dòng đã sửa.");
          });
        }
        if (response.status === 422) return response.json().then(function (errors) { m.showErrors(form, errors); });
        if (response.status === 409) {
          return response.text().then(function (html) {
            redraw(section, html);
            focusIn(rowOf(section, form.getAttribute("data-part")), ["[data-edit-row]"]);
            m.announce(conflictText);
          });
        }
        m.announce("Có lỗi (" + response.status + "). Nội dung vẫn còn trong ô nhập, hãy thử lại.");
      }).catch(function () {
        m.announce("Mất kết nối. Nội dung vẫn còn trong ô nhập, hãy thử lại.");
      }).finally(function () { button.disabled = false; });
    });
  }

  function openEditor(link) {
    var row = link.closest("tr");
    var section = row.closest("tbody").id.replace("rows-", "");
    fetch(link.href, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { m.announce("Không mở được dòng để sửa (" + response.status + ")."); return; }
      return response.text().then(function (html) {
        var editor = document.createElement("tr");
        editor.setAttribute("data-row-editor", "");
        var cell = document.createElement("td");
        cell.colSpan = row.cells.length;
        cell.innerHTML = html;
        editor.appendChild(cell);
        row.after(editor);
        row.hidden = true;
        var form = editor.querySelector("form");
        wire(form, row, section);
        var first = form.querySelector("input[type=text], input:not([type]), select");
        if (first) first.focus();
        m.announce("Đang sửa dòng: Enter để lưu, Esc để hủy.");
      });
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-edit-row]");
    if (!link) return;
    event.preventDefault();
    openEditor(link);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-move-form]")) return;
    event.preventDefault();
    var direction = event.submitter ? event.submitter.value : "Up";
    var section = form.querySelector("[name=section]").value;
    var id = form.querySelector("[name=partId]").value;
    var body = new FormData(form);
    body.set("direction", direction);
    m.clearErrors(form);
    m.post(form, body).then(function (response) {
      if (response.ok || response.status === 409) {
        return response.text().then(function (html) {
          redraw(section, html);
          var other = direction === "Up" ? "Down" : "Up";
          focusIn(rowOf(section, id), ["[data-move=" + direction + "]", "[data-move=" + other + "]", "[data-edit-row]"]);
          m.announce(response.ok ? "Đã chuyển dòng " + (direction === "Up" ? "lên." : "xuống.") : conflictText);
        });
      }
      if (response.status === 422) return response.json().then(function (errors) { m.showErrors(form, errors); });
      m.announce("Không chuyển được (" + response.status + ").");
    });
  });

  // The phone's add bar: jump to the form and put the cursor in its first field.
  document.querySelectorAll("a[data-jump]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var form = document.querySelector(link.getAttribute("href"));
      if (!form) return;
      event.preventDefault();
      form.scrollIntoView({ block: "center" });
      var first = form.querySelector("input[type=text], input:not([type]), textarea");
      if (first) first.focus({ preventScroll: true });
    });
  });
})();
