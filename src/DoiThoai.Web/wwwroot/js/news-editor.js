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
  quill.clipboard.dangerouslyPasteHTML(field.value || "");
  quill.root.setAttribute("aria-labelledby", "body-label");
  quill.root.setAttribute("role", "textbox");
  quill.root.setAttribute("aria-multiline", "true");
  field.form.addEventListener("submit", function () {
    field.value = quill.getLength() > 1 ? quill.getSemanticHTML() : "";
  });
})();
