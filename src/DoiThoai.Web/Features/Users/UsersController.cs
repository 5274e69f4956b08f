using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Audit;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Users;

/// <summary>Accounts: administrators only.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UsersController(UserService accounts, HistoryQuery history, UserManager<AppUser> users) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(UserFilter filter, ListOrder order) => View(await accounts.ListAsync(filter, order));

    [HttpGet]
    public async Task<IActionResult> Details(int id) =>
        await accounts.FindAsync(id) is { } user
            ? View(await accounts.DetailsAsync(user, await history.ForAsync(nameof(AppUser), id)))
            : NotFound();

    [HttpGet]
    public async Task<IActionResult> Create() => View("Form", await accounts.FormAsync(new NewUserInput()));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] NewUserInput input)
    {
        CheckRole(input.Role);
        if (ModelState.IsValid) AddErrors(await accounts.CreateAsync(input), "Input.Password");
        if (!ModelState.IsValid) return View("Form", await accounts.FormAsync(input));
        TempData["Message"] = $"Đã tạo tài khoản {input.Email}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id) =>
        await accounts.FindAsync(id) is { } user ? View("Form", await accounts.FormAsync(await accounts.InputAsync(user))) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] UserInput input)
    {
        var user = await accounts.FindAsync(id);
        if (user is null) return NotFound();
        input.Id = id;
        input.Email = user.Email ?? "";
        ModelState.Remove("Input.Email");
        CheckRole(input.Role);
        if (IsSelf(id) && input.Role != Authorization.Roles.Administrator)
            ModelState.AddModelError("Input.Role", "Bạn không thể tự bỏ vai trò quản trị của mình.");
        if (ModelState.IsValid) AddErrors(await accounts.UpdateAsync(user, input), "");
        if (!ModelState.IsValid) return View("Form", await accounts.FormAsync(input));
        TempData["Message"] = "Đã lưu tài khoản.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Lock(int id) =>
        await accounts.FindAsync(id) is { } user ? View(new LockPage(user.Id, user.Email ?? "", new LockInput())) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Lock(int id, [Bind(Prefix = "Input")] LockInput input)
    {
        var user = await accounts.FindAsync(id);
        if (user is null) return NotFound();
        if (IsSelf(id))
        {
            TempData["Message"] = "Bạn không thể tự khóa tài khoản của mình.";
            return RedirectToAction(nameof(Details), new { id });
        }
        if (ModelState.IsValid && !await accounts.LockAsync(user, input.Until))
            ModelState.AddModelError("Input.Until", "Ngày khóa đến phải từ hôm nay trở đi.");
        if (!ModelState.IsValid) return View(new LockPage(user.Id, user.Email ?? "", input));
        TempData["Message"] = input.Until is { } day
            ? $"Đã khóa tài khoản {user.Email} đến hết ngày {day:dd/MM/yyyy}; các phiên đăng nhập của họ sẽ kết thúc."
            : $"Đã khóa tài khoản {user.Email}; các phiên đăng nhập của họ sẽ kết thúc.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(int id)
    {
        var user = await accounts.FindAsync(id);
        if (user is null) return NotFound();
        await accounts.UnlockAsync(user);
        TempData["Message"] = $"Đã mở khóa tài khoản {user.Email}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> ResetPassword(int id) =>
        await accounts.FindAsync(id) is { } user ? View(new PasswordResetPage(user.Id, user.Email ?? "", new PasswordResetInput())) : NotFound();

    [HttpPost]
    public async Task<IActionResult> ResetPassword(int id, [Bind(Prefix = "Input")] PasswordResetInput input)
    {
        var user = await accounts.FindAsync(id);
        if (user is null) return NotFound();
        if (ModelState.IsValid) AddErrors(await accounts.ResetPasswordAsync(user, input.Password), "Input.Password");
        if (!ModelState.IsValid) return View(new PasswordResetPage(user.Id, user.Email ?? "", input));
        TempData["Message"] = $"Đã đặt mật khẩu mới cho {user.Email}. Hãy trao mật khẩu cho họ trực tiếp.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private bool IsSelf(int id) => users.GetUserId(User) == id.ToString();

    private void CheckRole(string role)
    {
        if (!Authorization.Roles.All.Contains(role)) ModelState.AddModelError("Input.Role", "Hãy chọn một vai trò trong danh sách.");
    }

    /// <summary>Identity's errors (already Vietnamese) go beside the field they concern.</summary>
    private void AddErrors(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == "CommonPassword" => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "Input.Email",
                "ConcurrencyFailure" => "",
                _ => "",
            };
            ModelState.AddModelError(field, error.Description);
        }
    }
}
