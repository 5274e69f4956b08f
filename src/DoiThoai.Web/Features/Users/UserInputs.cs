using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Users;

public class UserInput
{
    public int Id { get; set; }
    public string? ConcurrencyStamp { get; set; }

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string FullName { get; set; } = "";

    [Display(Name = "E-mail (tên đăng nhập)")]
    [Required(ErrorMessage = "Hãy nhập địa chỉ e-mail.")]
    [EmailAddress(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
    [StringLength(256, ErrorMessage = "E-mail không được dài quá 256 ký tự.")]
    public string Email { get; set; } = "";

    [Display(Name = "Chức vụ")]
    [StringLength(200, ErrorMessage = "Chức vụ không được dài quá 200 ký tự.")]
    public string? Position { get; set; }

    [Display(Name = "Đơn vị công tác")]
    [Required(ErrorMessage = "Hãy chọn đơn vị.")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    [Display(Name = "Vai trò")]
    [Required(ErrorMessage = "Hãy chọn vai trò.")]
    public string Role { get; set; } = "";
}

public sealed class NewUserInput : UserInput
{
    [Display(Name = "Mật khẩu ban đầu")]
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(256, ErrorMessage = "Mật khẩu không được dài quá 256 ký tự.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}

public sealed class PasswordResetInput
{
    [Display(Name = "Mật khẩu mới")]
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(256, ErrorMessage = "Mật khẩu không được dài quá 256 ký tự.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}

public sealed class LockInput
{
    [Display(Name = "Khóa đến hết ngày (để trống: khóa đến khi mở)")]
    [DataType(DataType.Date)]
    public DateOnly? Until { get; set; }
}

public sealed class UserFilter
{
    public string? Q { get; set; }
    public string? Role { get; set; }
    public int? UnitId { get; set; }
    public int Page { get; set; } = 1;
}

/// <summary>
/// The pages that post a form get a named model: a value tuple's element names vanish at run time, so
/// <c>asp-for="Input.Password"</c> on a tuple renders <c>Item2.Password</c>, which the action never binds.
/// </summary>
public sealed record LockPage(int UserId, string Email, LockInput Input);

public sealed record PasswordResetPage(int UserId, string Email, PasswordResetInput Input);

public enum LockKind { None, ByAdministrator, AfterFailedSignIns }

/// <summary>An account as its page shows it; <see cref="LockEnd"/> is null when there is no lock or it has no end.</summary>
public sealed record UserDetails(UserInput Input, LockKind Lock, DateTimeOffset? LockEnd, bool TwoFactorEnabled,
    IReadOnlyList<Audit.HistoryLine> History)
{
    public bool Locked => Lock != LockKind.None;
    public string RoleLabel => Authorization.Roles.Label(Input.Role);
}

public sealed record UserRow(int Id, string FullName, string Email, string UnitName, string? Role, bool Locked, bool TwoFactor)
{
    public string RoleLabel => Role is null ? "—" : Authorization.Roles.Label(Role);
}

public sealed record UserList(UserFilter Filter, PagedList<UserRow> Page, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Roles);

public sealed record UserForm(UserInput Input, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Roles);
