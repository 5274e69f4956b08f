using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Units;

/// <summary>The units a form lets the user pick: those of their scope, indented by depth so the tree shows in a plain select.</summary>
public sealed class UnitChoices(AppDbContext db)
{
    public async Task<IReadOnlyList<SelectListItem>> ForAsync(UserScope scope, bool activeOnly = false)
    {
        var units = await db.Units.AsNoTracking().InScope(scope)
            .Where(u => !activeOnly || u.RetiredOn == null)
            .OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Kind, u.Name, u.Path })
            .ToListAsync();
        var rootDepth = units.Count == 0 ? 0 : units.Min(u => UnitPath.Depth(u.Path));
        return units
            .Select(u => new SelectListItem($"{new string('\u00A0', 3 * (UnitPath.Depth(u.Path) - rootDepth))}{u.Kind.Label()} {u.Name}", u.Id.ToString()))
            .ToList();
    }
}
