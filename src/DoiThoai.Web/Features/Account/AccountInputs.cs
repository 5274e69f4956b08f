using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Features.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Hãy nhập địa chỉ e-mail.")]
    [EmailAddress(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
    [StringLength(256, ErrorMessage = "E-mail không được dài quá 256 ký tự.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(256, ErrorMessage = "Mật khẩu không được dài quá 256 ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    [Display(Name = "Ghi nhớ đăng nhập trên máy này")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginWith2faInput
{
    [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
    [StringLength(20, MinimumLength = 6, ErrorMessage = "Mã xác thực có từ 6 đến 20 ký tự.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    [Display(Name = "Dùng mã khôi phục thay cho ứng dụng xác thực")]
    public bool UseRecoveryCode { get; set; }

    [Display(Name = "Không hỏi lại mã trên máy này")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}
