// Minutes entry: each row form is posted in the background and the saved row appears in its table,
// so a secretary keeps typing without a page reload. Without this script the forms post normally.
(function () {
  "use strict";
  var status = document.getElementById("minutes-status");
  // Final minutes: one reason field for the page, sent with every change (see ConferenceService.AdmitChange).
  var reasonBox = document.querySelector("[data-amendment-box]");
  var reasonField = document.getElementById("amendment-reason");
  var reasonName = "AmendmentReason";

  // Errors about the reason are shown beside the page's reason field, not inside the row's form.
  function scopeFor(form, key) {
    return key === reasonName && reasonBox ? reasonBox : form;
  }

  function announce(text) {
    if (status) { status.textContent = ""; window.setTimeout(function () { status.textContent = text; }, 50); }
  }

  function clearErrors(form) {
    var places = [form];
    if (reasonBox) places.push(reasonBox);
    places.forEach(function (place) { clearIn(place); });
    var summary = form.querySelector("[data-form-error]");
    if (summary) summary.remove();
  }

  function clearIn(form) {
    form.querySelectorAll("[data-valmsg-for]").forEach(function (span) {
      span.textContent = "";
      span.classList.remove("field-validation-error");
    });
    form.querySelectorAll(".input-validation-error").forEach(function (el) {
      el.classList.remove("input-validation-error");
      el.removeAttribute("aria-invalid");
    });
  }

  function showErrors(form, errors) {
    var firstField = null;
    Object.keys(errors).forEach(function (key) {
      var message = errors[key].join(" ");
      var place = scopeFor(form, key);
      var span = place.querySelector('[data-valmsg-for="' + key + '"]');
      var field = place.querySelector('[name="' + key + '"]');
      if (span) {
        span.textContent = message;
        span.classList.add("field-validation-error");
      } else {
        var box = document.createElement("div");
        box.className = "alert alert-danger col-12 mb-0";
        box.setAttribute("role", "alert");
        box.setAttribute("data-form-error", "");
        box.textContent = message;
        form.prepend(box);
      }
      if (field) {
        field.classList.add("input-validation-error");
        field.setAttribute("aria-invalid", "true");
        firstField = firstField || field;
      }
    });
    if (firstField) firstField.focus();
    announce("Chưa lưu được: hãy xem thông báo bên cạnh trường.");
  }

  function post(form, body) {
    if (reasonField) body.set(reasonName, reasonField.value);
    return fetch(form.action, {
      method: "POST",
      body: body,
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin"
    });
  }

  // A form posted in the background stays on the page: after each save it needs a new one-time key, or the next
  // row would be taken for a second click on the same one (ADR 0008). getRandomValues also works on plain http.
  function renewKey(form) {
    var field = form.querySelector("input[data-form-key]");
    if (!field || !window.crypto || !window.crypto.getRandomValues) return;
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    field.value = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function isValid(form) {
    if (window.jQuery && jQuery(form).valid) return jQuery(form).valid();
    return true;
  }

  function insertRows(section, html) {
    var body = document.getElementById("rows-" + section);
    body.insertAdjacentHTML("beforeend", html);
    return body;
  }

  document.querySelectorAll("form[data-inline-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!isValid(form)) return;
      clearErrors(form);
      var button = form.querySelector("[type=submit]");
      button.disabled = true;
      post(form, new FormData(form)).then(function (response) {
        if (response.ok) {
          return response.text().then(function (html) {
            insertRows(form.getAttribute("data-inline-form"), html);
            renewKey(form);
            // Keep the choices that usually repeat (kind, role); clear what was typed.
            form.querySelectorAll("input[type=text], input:not([type]), input[type=date], textarea").forEach(function (input) { input.value = ""; });
            var first = form.querySelector("input[type=text], input:not([type]), textarea");
            if (first) first.focus();
            announce("Đã lưu 1 dòng.");
          });
        }
        if (response.status === 422) return response.json().then(function (errors) { showErrors(form, errors); });
        announce("Có lỗi (" + response.status + "). Dữ liệu vẫn còn trong ô nhập, hãy thử lại.");
      }).catch(function () {
        announce("Mất kết nối. Dữ liệu vẫn còn trong ô nhập, hãy thử lại.");
      }).finally(function () { button.disabled = false; });
    });
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-remove-form]")) return;
    event.preventDefault();
    if (!window.confirm("Xóa dòng này khỏi biên bản?")) return;
    post(form, new FormData(form)).then(function (response) {
      if (response.ok) {
        form.closest("tr").remove();
        refreshSection(form);
        announce("Đã xóa 1 dòng.");
      } else if (response.status === 422) {
        return response.json().then(function (errors) { showErrors(form, errors); });
      } else {
        announce("Không xóa được (" + response.status + ").");
      }
    });
  });

  // The rows after a removed one were renumbered (and got new versions): draw the section as it now stands.
  function refreshSection(form) {
    var section = form.querySelector("[name=section]").value;
    var url = form.action.replace("/Remove/", "/Rows/") + "?section=" + encodeURIComponent(section);
    fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" }).then(function (response) {
      if (response.ok) return response.text().then(function (html) { document.getElementById("rows-" + section).innerHTML = html; });
    });
  }

  // Shared with minutes-rows.js (corrections and moves), so both speak and post alike.
  window.DoiThoaiMinutes = { announce: announce, post: post, clearErrors: clearErrors, showErrors: showErrors };

  // Forms that post without script (the Excel import) carry the reason in a hidden field.
  document.querySelectorAll("form[data-copy-reason]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var hidden = form.querySelector('input[type=hidden][name="' + reasonName + '"]');
      if (hidden && reasonField) hidden.value = reasonField.value;
    });
  });

  document.querySelectorAll("form[data-paste-form]").forEach(function (form) {
    var source = form.querySelector("[data-paste-source]");
    var review = form.querySelector("[data-paste-review]");
    var list = form.querySelector("[data-paste-list]");

    form.querySelector("[data-paste-preview]").addEventListener("click", function () {
      list.innerHTML = "";
      var lines = source.value.split(/\r?\n/)
        .map(function (line) { return line.replace(/^\s*([-–•*+]|\d+[.)])\s*/, "").trim(); })
        .filter(function (line) { return line.length > 0; });
      lines.forEach(function (line, index) {
        var item = document.createElement("li");
        item.className = "d-flex gap-2 align-items-center mb-1";
        var id = "paste-line-" + index;
        item.innerHTML = '<input type="checkbox" class="form-check-input" checked aria-label="Lưu dòng ' + (index + 1) + '">' +
          '<label class="visually-hidden" for="' + id + '">Dòng ' + (index + 1) + '</label>' +
          '<input type="text" class="form-control form-control-sm" id="' + id + '">';
        item.querySelector("input[type=text]").value = line;
        list.appendChild(item);
      });
      review.hidden = lines.length === 0;
      announce(lines.length + " dòng sẵn sàng để kiểm tra.");
      if (lines.length > 0) list.querySelector("input[type=text]").focus();
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearErrors(form);
      var body = new FormData();
      form.querySelectorAll("input[type=hidden], select, input[name]").forEach(function (field) {
        if (field.name) body.append(field.name, field.value);
      });
      list.querySelectorAll("li").forEach(function (item) {
        if (item.querySelector("input[type=checkbox]").checked) body.append("Batch.Lines", item.querySelector("input[type=text]").value);
      });
      post(form, body).then(function (response) {
        if (response.ok) {
          return response.text().then(function (html) {
            insertRows(form.getAttribute("data-paste-form"), html);
            renewKey(form);
            var count = list.querySelectorAll("input[type=checkbox]:checked").length;
            list.innerHTML = "";
            source.value = "";
            review.hidden = true;
            source.focus();
            announce("Đã lưu " + count + " dòng.");
          });
        }
        if (response.status === 422) return response.json().then(function (errors) { showErrors(form, errors); });
        announce("Có lỗi (" + response.status + "). Các dòng vẫn còn, hãy thử lại.");
      });
    });
  });
})();
