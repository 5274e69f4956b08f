// Every posted form is sent once: while it is on its way its submit buttons are disabled and the one pressed reads
// "Đang gửi…"; a form marked data-working (an import, a batch) also shows that line beside a spinner, since it can
// take a while. The server still refuses a second post of the same form (ADR 0008); this spares the person the
// doubt. Listening on window, after every document listener, lets validation, a confirm() or a form's own
// background sending (minutes entry) cancel first: a cancelled submit disables nothing.
(function () {
  "use strict";
  var sending = "Đang gửi…";

  function isPost(form) {
    return form instanceof HTMLFormElement && (form.getAttribute("method") || "").toLowerCase() === "post"
      && (!form.target || form.target === "_self");
  }

  function submitButtons(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === "BUTTON" && (el.type || "submit") === "submit") || (el.tagName === "INPUT" && el.type === "submit");
    });
  }

  // What a button shows: an input's value, a button's content (which may hold an icon).
  function labelOf(button) {
    return button.tagName === "INPUT" ? "value" : "innerHTML";
  }

  // A second submit of a form already on its way (Enter in a field, a click that beat the disabling) goes nowhere.
  window.addEventListener("submit", function (event) {
    if (isPost(event.target) && event.target.hasAttribute("data-sending")) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  window.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !isPost(form)) return;
    var pressed = event.submitter || submitButtons(form)[0];
    form.setAttribute("data-sending", "");
    form.setAttribute("aria-busy", "true");
    // After this task: the browser has then read the pressed button's name, value and formaction into the post.
    window.setTimeout(function () {
      submitButtons(form).forEach(function (button) {
        button.setAttribute("data-was-disabled", button.disabled ? "1" : "0");
        button.disabled = true;
      });
      if (pressed) {
        var text = labelOf(pressed);
        pressed.setAttribute("data-label", pressed[text]);
        pressed[text] = sending;
      }
      var working = form.getAttribute("data-working");
      if (working) {
        var line = document.createElement("p");
        line.className = "form-working small mt-2 mb-0";
        line.setAttribute("role", "status");
        line.setAttribute("data-form-working", "");
        line.innerHTML = '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>';
        line.appendChild(document.createTextNode(working));
        form.appendChild(line);
      }
    }, 0);
  });

  // Back to a page kept by the browser (bfcache), or a download that left the page in place: the form works again.
  function restore(form) {
    form.removeAttribute("data-sending");
    form.removeAttribute("aria-busy");
    submitButtons(form).forEach(function (button) {
      if (button.hasAttribute("data-label")) {
        button[labelOf(button)] = button.getAttribute("data-label");
        button.removeAttribute("data-label");
      }
      if (button.hasAttribute("data-was-disabled")) {
        button.disabled = button.getAttribute("data-was-disabled") === "1";
        button.removeAttribute("data-was-disabled");
      }
    });
    form.querySelectorAll("[data-form-working]").forEach(function (line) { line.remove(); });
  }

  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sending]").forEach(restore);
  });
})();
