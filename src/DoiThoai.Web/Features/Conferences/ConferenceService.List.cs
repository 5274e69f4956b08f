using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Units;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The conference list with its filters, and the unit choices it and other forms offer.</summary>
public sealed partial class ConferenceService
{
    public const int PageSize = 20;

    public async Task<ConferenceListViewModel> ListAsync(UserScope scope, ConferenceFilter filter)
    {
        var query = await QueryAsync(scope, filter);
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new ConferenceRow(c.Id, c.Title, c.Kind, c.Status, c.HeldOn, c.Unit!.Kind, c.Unit.Name,
                c.Petitions.Count(p => !p.IsDeleted), db.ConferenceFigures.Where(f => f.ConferenceId == c.Id).Select(f => f.UnitemizedOpinions + f.UnitemizedPetitions).FirstOrDefault(), c.MinutesState))
            .ToListAsync();
        return new ConferenceListViewModel(filter, rows, page, pageCount, total, await unitChoices.ForAsync(scope));
    }

    /// <summary>The conferences a filter selects, unordered: the list pages them, the staff home counts them.</summary>
    public async Task<IQueryable<Conference>> QueryAsync(UserScope scope, ConferenceFilter filter)
    {
        var query = db.Conferences.AsNoTracking().InScope(scope);
        if (filter.UnitId is { } unitId)
        {
            query = query.InSubtree(await db.Units.PathOfAsync(unitId));
        }
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.Minutes is { } minutes) query = query.Where(c => c.MinutesState == minutes);
        var (from, to) = filter.Period();
        if (from is { } start) query = query.Where(c => c.HeldOn >= start);
        if (to is { } end) query = query.Where(c => c.HeldOn <= end);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
                query = query.Where(c => c.SearchText.Contains(word) || c.Unit!.SearchText.Contains(word));
        }
        return query;
    }
}
