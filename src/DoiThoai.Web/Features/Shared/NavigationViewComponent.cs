using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Shared;

/// <summary>The staff menu: the signed-in user's name, unit and the links their roles open.</summary>
public sealed class NavigationViewComponent(CurrentUser currentUser, IRecordAuthorization access) : ViewComponent
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
            ShowsNews: await access.MayAsync(Policies.NewsEditing),
            ShowsCatalogues: await access.MayAsync(Policies.RecordKeeping),
            ShowsUsers: await access.MayAsync(Policies.Administration));
        return View("~/Features/Shared/_Navigation.cshtml", model);
    }
}

/// <summary>Who is signed in, and which menu links lead somewhere they may go.</summary>
public sealed record NavigationModel(UserScope? Scope, bool ShowsNews, bool ShowsCatalogues, bool ShowsUsers)
{
    public static readonly NavigationModel Anonymous = new(null, false, false, false);
}
