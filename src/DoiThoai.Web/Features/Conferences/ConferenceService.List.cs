using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Features.Units;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The conference list with its filters, and the unit choices it and other forms offer.</summary>
public sealed partial class ConferenceService
{
    public const int PageSize = 20;

    /// <summary>
    /// The deepest page shown: beyond it a page costs more than the list's time budget at a district's ten years, and
    /// nobody pages through ten thousand conferences; the page says how to reach the rest (a filter, the other order).
    /// </summary>
    public const int MaxPage = 500;

    public static class SortKeys
    {
        public const string HeldOn = "HeldOn";
        public const string Unit = "Unit";
        public const string Kind = "Kind";
        public const string Status = "Status";
    }

    public async Task<ConferenceListViewModel> ListAsync(UserScope scope, ConferenceFilter filter, ListOrder? order = null)
    {
        order ??= new ListOrder();
        var (query, searchLimit) = await SearchAsync(scope, filter);
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var page = Math.Clamp(filter.Page, 1, Math.Min(pageCount, MaxPage));
        var rows = await Ordered(query, order)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new ConferenceRow(c.Id, c.Title, c.Kind, c.Status,
                new ConferenceWhen(c.HeldOn, c.HeldOnUnknown, c.ReviewedPeriodKind, c.ReviewedPeriodYear, c.ReviewedPeriodNumber), c.Unit!.Kind, c.Unit.Name,
                c.Petitions.Count(p => !p.IsDeleted), db.ConferenceFigures.Where(f => f.ConferenceId == c.Id).Select(f => f.UnitemizedOpinions + f.UnitemizedPetitions).FirstOrDefault(), c.MinutesState))
            .ToListAsync();
        return new ConferenceListViewModel(filter, rows, page, Math.Min(pageCount, MaxPage), total, await unitChoices.ForAsync(scope))
        {
            PagesCut = pageCount > MaxPage,
            SearchLimit = searchLimit,
        };
    }

    /// <summary>Each order is one index walk: the date, the unit tree then the date, the kind or state then the date.</summary>
    private static IQueryable<Conference> Ordered(IQueryable<Conference> query, ListOrder order)
    {
        if (order.Is(SortKeys.Unit))
            return order.Descending()
                ? query.OrderByDescending(c => c.Unit!.Path).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
                : query.OrderBy(c => c.Unit!.Path).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id);
        if (order.Is(SortKeys.Kind))
            return order.Descending()
                ? query.OrderByDescending(c => c.Kind).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
                : query.OrderBy(c => c.Kind).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id);
        if (order.Is(SortKeys.Status))
            return order.Descending()
                ? query.OrderByDescending(c => c.Status).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
                : query.OrderBy(c => c.Status).ThenByDescending(c => c.HeldOn).ThenByDescending(c => c.Id);
        return order.Descending(byDefault: true)
            ? query.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            : query.OrderBy(c => c.HeldOn).ThenBy(c => c.Id);
    }

    /// <summary>The conferences a filter selects, unordered: the list pages them, the staff home counts them.</summary>
    public async Task<IQueryable<Conference>> QueryAsync(UserScope scope, ConferenceFilter filter) => (await SearchAsync(scope, filter)).Query;

    /// <summary>The filter's conferences; with search words, those that hold them, and the matches read when more hold them.</summary>
    private async Task<(IQueryable<Conference> Query, int? SearchLimit)> SearchAsync(UserScope scope, ConferenceFilter filter)
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
        var words = SearchWords.Parse(filter.Q);
        if (words.IsEmpty) return (query, null);

        // The full-text index finds the conferences of the unit and period whose title or content holds the words,
        // whatever their age (ADR 0019); a conference is also found by its unit's name ("ky phuong") when that holds them all.
        var matches = await search.FindAsync(new SearchFilter(words, filter.UnitId ?? scope.UnitId, SearchKind.Conference, from, to));
        var ids = matches.IdsOf(SearchKind.Conference);
        var named = (await db.Units.InScope(scope).Select(u => new { u.Id, u.SearchText }).ToListAsync())
            .Where(u => words.Words.All(w => u.SearchText.Contains(w, StringComparison.Ordinal))).Select(u => u.Id).ToList();
        // The ids travel as one JSON parameter: ten thousand SQL parameters would cost seconds to plan.
        return (query.Where(c => EF.Parameter(ids).Contains(c.Id) || named.Contains(c.UnitId)), matches.Capped ? search.Limit : null);
    }
}
