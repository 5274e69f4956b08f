using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// With "Security:RequireTwoFactorForAdministrators" on, an administrator without an authenticator
/// is sent to set one up before any other staff page.
/// </summary>
public sealed class RequireTwoFactorFilter(IConfiguration configuration, UserManager<AppUser> users) : IAsyncActionFilter
{
    public const string SetupPath = "/Account/TwoFactor";
    private static readonly HashSet<string> ExemptControllers = ["Account", "Error", "Home"];

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (IsRequired(configuration, user)
            && context.ActionDescriptor is ControllerActionDescriptor action
            && !ExemptControllers.Contains(action.ControllerName)
            && await users.GetUserAsync(user) is { } appUser
            && !await users.GetTwoFactorEnabledAsync(appUser))
        {
            context.Result = new RedirectResult(SetupPath);
            return;
        }
        await next();
    }

    /// <summary>Whether this user must have an authenticator: an administrator, when the setting is on.</summary>
    public static bool IsRequired(IConfiguration configuration, System.Security.Claims.ClaimsPrincipal user) =>
        configuration.GetValue<bool>("Security:RequireTwoFactorForAdministrators")
        && AccessPolicy.MayAdminister(user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));
}
