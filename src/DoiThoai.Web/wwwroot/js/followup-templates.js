// Choosing an answer template fills the answer boxes with it, filled for this item; the text stays editable.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!select.matches || !select.matches("select[data-template-url]") || !select.value) return;
  var url = select.getAttribute("data-template-url") + "?templateId=" + encodeURIComponent(select.value);
  fetch(url, { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
    .then(function (text) {
      document.querySelectorAll(select.getAttribute("data-template-target")).forEach(function (box) { box.value = text; });
      var first = document.querySelector(select.getAttribute("data-template-target"));
      if (first) first.focus();
    })
    .catch(function () { window.alert("Không lấy được mẫu trả lời. Hãy thử lại."); });
});
