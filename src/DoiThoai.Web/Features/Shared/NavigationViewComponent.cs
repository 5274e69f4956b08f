using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Shared;

/// <summary>The staff menu: the signed-in user's name, unit and the links their roles open.</summary>
public sealed class NavigationViewComponent(CurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var scope = User.Identity?.IsAuthenticated == true
            ? await currentUser.GetScopeAsync(HttpContext.User)
            : null;
        return View("~/Features/Shared/_Navigation.cshtml", scope);
    }
}
