using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Staff;

/// <summary>The staff home after sign-in: who I am, my unit, and the work waiting for my roles.</summary>
public sealed class StaffController(StaffHome home, IRecordAuthorization access) : Authorization.StaffController
{
    public async Task<IActionResult> Index()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        return View(await home.ForAsync(scope, showsUsers: await access.MayAsync(Policies.Administration)));
    }
}
