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
