// Vietnamese defaults for client-side validation messages that the server did not set.
if (window.jQuery && jQuery.validator) {
  jQuery.extend(jQuery.validator.messages, {
    required: "Trường này là bắt buộc.",
    email: "Địa chỉ e-mail không hợp lệ.",
    number: "Hãy nhập một số.",
    digits: "Hãy nhập chữ số.",
    date: "Ngày không hợp lệ.",
    maxlength: jQuery.validator.format("Không được dài quá {0} ký tự."),
    minlength: jQuery.validator.format("Phải có ít nhất {0} ký tự."),
    equalTo: "Hai giá trị không khớp."
  });
}

// Dates typed the Vietnamese way (dd/mm/yyyy, hh:mm), with the server's messages (Infrastructure/Forms/Dates.cs, ADR 0014).
if (window.jQuery && jQuery.validator && jQuery.validator.unobtrusive) {
  (function ($) {
    var shapes = {
      Date: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
      Time: /^(\d{1,2}):(\d{2})$/,
      DateAndTime: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}))?$/
    };
    var iso = /^\d{4}-\d{2}-\d{2}/;

    function pad(n) { return (n < 10 ? "0" : "") + n; }

    // Returns null when the text is a real date (or time), else the message to show.
    function problem(text, kind) {
      var m = shapes[kind].exec(text.trim());
      if (!m) return iso.test(text.trim()) ? null : undefined;
      if (kind === "Time") return +m[1] < 24 && +m[2] < 60 ? null : undefined;
      var day = +m[1], month = +m[2], year = +m[3];
      if (month < 1 || month > 12) return "Tháng " + month + " không tồn tại: hãy nhập ngày theo dạng dd/mm/yyyy.";
      var days = new Date(year, month, 0).getDate();
      if (day < 1 || day > days) return "Ngày " + pad(day) + "/" + pad(month) + "/" + year + " không tồn tại.";
      if (m[4] !== undefined && (+m[4] > 23 || +m[5] > 59)) return undefined;
      return null;
    }

    $.validator.addMethod("vndate", function (value, element, kind) {
      return this.optional(element) || problem(value, kind) === null;
    });
    $.validator.unobtrusive.adapters.add("vndate", ["kind"], function (options) {
      options.rules.vndate = options.params.kind || "Date";
      // A function, so the message names the day typed; it also comes before the field's title (the native hint).
      options.messages.vndate = function (kind, element) {
        return problem($(element).val(), kind) || options.message;
      };
    });
  })(jQuery);
}
