// The rich-text editor of a news post (Quill, vendored). Without script the plain textarea stays usable;
// the server sanitizes whatever arrives either way.
(function () {
  var host = document.getElementById("body-editor");
  if (!host || typeof Quill === "undefined") return;
  var field = document.getElementById(host.dataset.for);
  host.hidden = false;
  field.hidden = true;
  var quill = new Quill(host, {
    theme: "snow",
    modules: {
      toolbar: [[{ header: [2, 3, false] }], ["bold", "italic", "underline"], [{ list: "ordered" }, { list: "bullet" }], ["blockquote", "link"], ["clean"]]
    }
  });
  // Quill leaves the paragraph-style picker without a name and names its buttons in English: a screen reader
  // should announce each control in Vietnamese (axe-core aria-command-name).
  var names = {
    ".ql-header .ql-picker-label": "Kiểu đoạn", ".ql-bold": "Chữ đậm", ".ql-italic": "Chữ nghiêng",
    ".ql-underline": "Gạch chân", ".ql-list[value=ordered]": "Danh sách đánh số", ".ql-list[value=bullet]": "Danh sách gạch đầu dòng",
    ".ql-blockquote": "Trích dẫn", ".ql-link": "Liên kết", ".ql-clean": "Xóa định dạng"
  };
  var toolbar = quill.getModule("toolbar").container;
  toolbar.setAttribute("aria-label", "Định dạng nội dung");
  Object.keys(names).forEach(function (selector) {
    toolbar.querySelectorAll(selector).forEach(function (control) { control.setAttribute("aria-label", names[selector]); });
  });
  quill.clipboard.dangerouslyPasteHTML(field.value || "");
  quill.root.setAttribute("aria-labelledby", "body-label");
  quill.root.setAttribute("role", "textbox");
  quill.root.setAttribute("aria-multiline", "true");
  field.form.addEventListener("submit", function () {
    field.value = quill.getLength() > 1 ? quill.getSemanticHTML() : "";
  });
})();
