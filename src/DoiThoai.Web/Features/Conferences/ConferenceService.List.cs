using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The conference list with its filters, and the unit choices it and other forms offer.</summary>
public sealed partial class ConferenceService
{
    public const int PageSize = 20;

    public async Task<ConferenceListViewModel> ListAsync(UserScope scope, ConferenceFilter filter)
    {
        var query = db.Conferences.AsNoTracking().InScope(scope);
        if (filter.UnitId is { } unitId)
        {
            var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync() ?? "-";
            query = query.Where(c => c.Unit!.Path.StartsWith(unitPath));
        }
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        var (from, to) = filter.Period();
        if (from is { } start) query = query.Where(c => c.HeldOn >= start);
        if (to is { } end) query = query.Where(c => c.HeldOn <= end);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
                query = query.Where(c => c.SearchText.Contains(word) || c.Unit!.SearchText.Contains(word));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new ConferenceRow(c.Id, c.Title, c.Kind, c.Status, c.HeldOn, c.Unit!.Kind, c.Unit.Name,
                c.Petitions.Count(p => !p.IsDeleted), c.UnitemizedOpinionCount + c.UnitemizedPetitionCount, c.MinutesState))
            .ToListAsync();
        return new ConferenceListViewModel(filter, rows, page, pageCount, total, await UnitChoicesAsync(scope));
    }

    /// <summary>Units the user may pick, indented by depth so the tree shows in a plain select.</summary>
    public async Task<IReadOnlyList<SelectListItem>> UnitChoicesAsync(UserScope scope, bool activeOnly = false)
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
