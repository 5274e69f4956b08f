// Draws the authenticator QR code from data-qr, with the vendored qrcode-generator library.
document.querySelectorAll("[data-qr]").forEach(function (element) {
  if (typeof qrcode !== "function") return;
  var qr = qrcode(0, "M");
  qr.addData(element.getAttribute("data-qr"));
  qr.make();
  element.innerHTML = qr.createSvgTag({ cellSize: 4, margin: 2, scalable: false });
});
