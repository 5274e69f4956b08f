using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Staff;

/// <summary>The staff home after sign-in: who I am, my unit, and what my scope holds.</summary>
public sealed class StaffController(AppDbContext db, IRecordAuthorization access) : Authorization.StaffController
{
    public async Task<IActionResult> Index()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var model = new StaffHomeViewModel(
            scope,
            await db.Units.InScope(scope).CountAsync(u => u.RetiredOn == null),
            await db.Organizations.InScope(scope).CountAsync(),
            await db.Conferences.InScope(scope).CountAsync(),
            ShowsUsers: await access.MayAsync(Policies.Administration));
        return View(model);
    }
}

/// <summary>The home's figures, and whether the user pages' card leads somewhere the user may go.</summary>
public sealed record StaffHomeViewModel(UserScope Scope, int UnitCount, int OrganizationCount, int ConferenceCount, bool ShowsUsers);
