// The public news pages' few behaviours, in a file (no inline script): font size of a post (remembered),
// the visitor counter's live figures, fetched so that the cached page itself stays the same for everyone, and
// the comment form's "Đổi mã khác" link, which swaps in a new code picture without losing what was typed.
(function () {
  var article = document.querySelector("[data-font-target]");
  if (article) {
    var key = "doithoai.news.font";
    var apply = function (level) {
      level = Math.max(-1, Math.min(2, level));
      article.setAttribute("data-font", String(level));
      try { localStorage.setItem(key, String(level)); } catch (e) { /* private mode */ }
      return level;
    };
    var current = 0;
    try { current = parseInt(localStorage.getItem(key) || "0", 10) || 0; } catch (e) { current = 0; }
    current = apply(current);
    document.querySelectorAll("[data-font-step]").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = parseInt(button.getAttribute("data-font-step"), 10);
        current = apply(step === 0 ? 0 : current + step);
      });
    });
  }
  var counter = document.querySelector("[data-counter-url]");
  if (counter && window.fetch) {
    fetch(counter.getAttribute("data-counter-url"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        var format = function (n) { return Number(n).toLocaleString("vi-VN"); };
        counter.querySelector("[data-counter=total]").textContent = format(data.total);
        counter.querySelector("[data-counter=online]").textContent = format(data.online);
      })
      .catch(function () { /* the counter is a nicety */ });
  }
  var refresh = document.querySelector("[data-captcha-refresh]");
  if (refresh && window.fetch) {
    refresh.addEventListener("click", function (event) {
      event.preventDefault();
      fetch(refresh.getAttribute("data-captcha-refresh"), { headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { window.location.href = refresh.getAttribute("href"); return; }
          document.querySelector("[data-captcha-token]").value = data.token;
          document.querySelector("[data-captcha-image]").setAttribute("src", data.image);
          var answer = document.getElementById("CaptchaAnswer");
          answer.value = "";
          answer.focus();
        })
        .catch(function () { window.location.href = refresh.getAttribute("href"); });
    });
  }
})();
