using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.Account;

/// <summary>Sign-in (with lockout and the authenticator step) and sign-out.</summary>
[Authorize]
public sealed partial class AccountController(SignInManager<AppUser> signIn, PasswordSignIn passwordSignIn, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInRateLimit.PolicyName)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        // "Remember me" posted as anything but true/false is simply unticked: the checkbox cannot show a bad value back.
        if (ModelState.GetFieldValidationState(nameof(LoginInput.RememberMe)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(LoginInput.RememberMe));
            input.RememberMe = false;
        }
        if (!ModelState.IsValid) return View(input);

        var outcome = await passwordSignIn.SignInAsync(input.Email.Trim(), input.Password, input.RememberMe);
        if (outcome == SignInOutcome.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", input.Email);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (outcome == SignInOutcome.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginWith2fa), new { input.ReturnUrl, input.RememberMe });

        logger.LogWarning("Sign-in refused for {Email}: {Outcome}", input.Email, outcome);
        ModelState.AddModelError("", PasswordSignIn.Refusal(outcome));
        return View(input);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl = null, bool rememberMe = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Login));
        return View(new LoginWith2faInput { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInRateLimit.PolicyName)]
    public async Task<IActionResult> LoginWith2fa(LoginWith2faInput input)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Login));
        if (!ModelState.IsValid) return View(input);

        var result = input.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(input.Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(input.Code.Replace(" ", "").Replace("-", ""), input.RememberMe, input.RememberMachine);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Tài khoản đã bị tạm khóa do nhập sai nhiều lần.");
            return View(input);
        }
        ModelState.AddModelError(nameof(input.Code), "Mã xác thực không đúng.");
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction("Index", "Home");
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/Staff";
}
