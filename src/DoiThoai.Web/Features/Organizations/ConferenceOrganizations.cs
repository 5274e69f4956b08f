using DoiThoai.Web.Authorization;
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
    private async Task<IQueryable<Organization>> OfAsync(int conferenceUnitId) =>
        db.Organizations.Near(await db.Units.PathOfAsync(conferenceUnitId));

    /// <summary>The choices of a form, nearest level first.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(int conferenceUnitId) =>
        await (await OfAsync(conferenceUnitId)).AsNoTracking()
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();

    /// <summary>True when every given organization (nulls ignored) is one the conference may name.</summary>
    public async Task<bool> AllowAsync(int conferenceUnitId, IEnumerable<int?> organizationIds)
    {
        var ids = organizationIds.OfType<int>().Distinct().ToList();
        return ids.Count == 0 || await (await OfAsync(conferenceUnitId)).CountAsync(o => ids.Contains(o.Id)) == ids.Count;
    }
}
