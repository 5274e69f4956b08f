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
        if (configuration.GetValue<bool>("Security:RequireTwoFactorForAdministrators")
            && user.IsInRole(Roles.Administrator)
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
}
