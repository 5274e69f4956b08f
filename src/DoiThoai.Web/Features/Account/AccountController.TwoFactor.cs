using System.Text;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Account;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): status, set-up with a QR code, recovery codes, turning off.</summary>
public sealed partial class AccountController
{
    private UserManager<AppUser> Users => signIn.UserManager;

    [HttpGet]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(new TwoFactorStatus(await Users.GetTwoFactorEnabledAsync(user), await Users.CountRecoveryCodesAsync(user),
            Infrastructure.RequireTwoFactorFilter.IsRequired(HttpContext.RequestServices.GetRequiredService<IConfiguration>(), User)));
    }

    [HttpGet]
    public async Task<IActionResult> EnableAuthenticator()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(await SetupAsync(user, new EnableAuthenticatorInput()));
    }

    /// <summary>
    /// A new key for the authenticator app, made on a POST (opening a page changes nothing). It changes the
    /// security stamp, which ends the user's other sessions; this one gets a fresh cookie and goes on.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> NewAuthenticatorKey()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        // A working authenticator is replaced only by turning two-step sign-in off and on again.
        if (await Users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(TwoFactor));
        await Users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToAction(nameof(EnableAuthenticator));
    }

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator([Bind(Prefix = "Input")] EnableAuthenticatorInput input)
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (input.Code ?? "").Replace(" ", "").Replace("-", "");
        if (ModelState.IsValid && !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError("Input.Code", "Mã xác thực không đúng. Hãy nhập mã đang hiển thị trên ứng dụng.");
        if (!ModelState.IsValid) return View(await SetupAsync(user, input));

        await Users.SetTwoFactorEnabledAsync(user, true);
        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await AuditAsync(user, "Bật xác thực hai bước");
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned on two-factor sign-in", user.Id);
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    [HttpPost]
    public async Task<IActionResult> GenerateRecoveryCodes()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await Users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(TwoFactor));
        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await AuditAsync(user, "Tạo lại mã khôi phục");
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    [HttpPost]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null) return Challenge();
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await AuditAsync(user, "Tắt xác thực hai bước");
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã tắt xác thực hai bước.";
        return RedirectToAction(nameof(TwoFactor));
    }

    private async Task<EnableAuthenticatorView> SetupAsync(AppUser user, EnableAuthenticatorInput input)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)) return new EnableAuthenticatorView(null, null, input);
        var email = await Users.GetEmailAsync(user) ?? user.UserName ?? "";
        var uri = $"otpauth://totp/{Uri.EscapeDataString("DoiThoai")}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString("DoiThoai")}&digits=6";
        return new EnableAuthenticatorView(FormatKey(key), uri, input);
    }

    /// <summary>"ABCDEFGH..." shown as "abcd efgh ..." so it can be typed without mistakes.</summary>
    private static string FormatKey(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return sb.ToString().ToLowerInvariant().TrimEnd();
    }

    private async Task AuditAsync(AppUser user, string note)
    {
        var db = HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        db.AddAuditEvent(nameof(AppUser), user.Id.ToString(), user.UnitId, note);
        await db.SaveChangesAsync();
    }
}

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>The set-up page; without a key yet (<see cref="SharedKey"/> null) it offers to make one.</summary>
public sealed record EnableAuthenticatorView(string? SharedKey, string? AuthenticatorUri, EnableAuthenticatorInput Input);

public sealed class EnableAuthenticatorInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Hãy nhập mã 6 chữ số từ ứng dụng.")]
    [System.ComponentModel.DataAnnotations.StringLength(7, MinimumLength = 6, ErrorMessage = "Mã xác thực có 6 chữ số.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";
}
