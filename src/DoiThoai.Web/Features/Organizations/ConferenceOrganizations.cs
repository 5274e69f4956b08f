using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Organizations;

/// <summary>
/// Which organizations a conference may name (in its minutes, as a follow-up item's responsible or coordinating
/// body): those of the conference's unit, of the units below it and of the levels above it. One rule for the
/// minutes and the follow-up; every organization id that comes from a form is checked against it.
/// </summary>
public sealed class ConferenceOrganizations(AppDbContext db)
{
    /// <summary>The organizations a conference held by this unit may name, as a query.</summary>
    public IQueryable<Organization> Of(int conferenceUnitId) =>
        db.Organizations.Where(o => db.Units.Any(u => u.Id == conferenceUnitId && (u.Path.StartsWith(o.Unit!.Path) || o.Unit!.Path.StartsWith(u.Path))));

    /// <summary>The choices of a form, nearest level first.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(int conferenceUnitId) =>
        await Of(conferenceUnitId).AsNoTracking()
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();

    /// <summary>True when every given organization (nulls ignored) is one the conference may name.</summary>
    public async Task<bool> AllowAsync(int conferenceUnitId, IEnumerable<int?> organizationIds)
    {
        var ids = organizationIds.OfType<int>().Distinct().ToList();
        return ids.Count == 0 || await Of(conferenceUnitId).CountAsync(o => ids.Contains(o.Id)) == ids.Count;
    }
}
