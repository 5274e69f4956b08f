using DoiThoai.Web.Authorization;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Shared;

/// <summary>The staff menu: the signed-in user's name, unit and the links their roles open.</summary>
public sealed class NavigationViewComponent(CurrentUser currentUser, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var scope = User.Identity?.IsAuthenticated == true
            ? await currentUser.GetScopeAsync(HttpContext.User)
            : null;
        if (scope is null) return View("~/Features/Shared/_Navigation.cshtml", NavigationModel.Anonymous);
        // Each link asks the rule its target enforces, so the menu offers no page that answers 403.
        var model = new NavigationModel(
            scope,
            ShowsNews: AccessPolicy.RoleAllows(scope.Roles, ResourceKind.News, Operation.Read),
            ShowsCatalogues: await AllowsAsync(Policies.RecordKeeping),
            ShowsUsers: await AllowsAsync(Policies.Administration));
        return View("~/Features/Shared/_Navigation.cshtml", model);
    }

    private async Task<bool> AllowsAsync(string policy) =>
        (await authorization.AuthorizeAsync(HttpContext.User, policy)).Succeeded;
}

/// <summary>Who is signed in, and which menu links lead somewhere they may go.</summary>
public sealed record NavigationModel(UserScope? Scope, bool ShowsNews, bool ShowsCatalogues, bool ShowsUsers)
{
    public static readonly NavigationModel Anonymous = new(null, false, false, false);
}
