using System.Linq.Expressions;
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

    public static class SortKeys
    {
        public const string HeldOn = "HeldOn";
        public const string Unit = "Unit";
        public const string Kind = "Kind";
        public const string Status = "Status";
    }

    /// <summary>
    /// One page of the filter's conferences, bounded as every long list is (ADR 0017): the count is exact up to
    /// 10,000, the pages stop at the 50th with a message. The page is chosen over ids alone, through an index of the
    /// order; only its 20 rows are then read with their counts, which read for every row would cost seconds.
    /// </summary>
    public async Task<ConferenceListViewModel> ListAsync(UserScope scope, ConferenceFilter filter, ListOrder? order = null)
    {
        var selection = await SelectAsync(scope, filter);
        var page = await BoundedList<int>.CreateAsync(Ordered(selection, order ?? new ListOrder()), filter.Page, PageSize);
        var rows = await db.Conferences.AsNoTracking().Where(c => page.Items.Contains(c.Id))
            .Select(c => new ConferenceRow(c.Id, c.Title, c.Kind, c.Status,
                new ConferenceWhen(c.HeldOn, c.HeldOnUnknown, c.ReviewedPeriodKind, c.ReviewedPeriodYear, c.ReviewedPeriodNumber), c.Unit!.Kind, c.Unit.Name,
                c.Petitions.Count(p => !p.IsDeleted), db.ConferenceFigures.Where(f => f.ConferenceId == c.Id).Select(f => f.UnitemizedOpinions + f.UnitemizedPetitions).FirstOrDefault(), c.MinutesState))
            .ToDictionaryAsync(r => r.Id);
        return new ConferenceListViewModel(filter, page.With(page.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList()), await unitChoices.ForAsync(scope))
        {
            SearchLimit = selection.SearchLimit,
        };
    }

    /// <summary>The id queries a page is counted and read from, for the tests that read their query plans.</summary>
    internal async Task<IReadOnlyList<IQueryable<int>>> PageQueriesAsync(UserScope scope, ConferenceFilter filter, ListOrder order) =>
        Ordered(await SelectAsync(scope, filter), order).SelectMany(p => new[] { p.Rows, p.Ordered }).ToList();

    /// <summary>
    /// Each order as an index reads it, so the walk stops after a page: the date; the unit tree (the scope's units in
    /// path order, each unit's conferences newest first); kind or state, one stretch per value, each newest first
    /// through the (Kind, HeldOn …) or (Status, HeldOn …) index. A commune's few thousand conferences may be read
    /// through its units and sorted instead: the database chooses.
    /// </summary>
    private IReadOnlyList<ListPart<int>> Ordered(Selection selection, ListOrder order)
    {
        var query = selection.Query;
        if (order.Is(SortKeys.Unit))
        {
            // The units are the outer loop (a cross join keeps them so in SQLite), read in path order then id, so the
            // database knows each path is one unit and reads that unit's conferences in the date index's order: no sort
            // of the whole scope. They are kept by their path, not the ids: with the ids SQLite would read them by id.
            var byUnit = from u in selection.Units
                         from c in selection.AnyUnit
                         where c.UnitId == u.Id
                         select new { c.Id, c.HeldOn, u.Path, UnitId = u.Id };
            return [new(query.Select(c => c.Id), (order.Descending()
                ? byUnit.OrderByDescending(r => r.Path).ThenByDescending(r => r.UnitId)
                : byUnit.OrderBy(r => r.Path).ThenBy(r => r.UnitId)).ThenByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).Select(r => r.Id))];
        }
        if (order.Is(SortKeys.Kind))
            return ByValue(query, order.Descending() ? Enum.GetValues<ConferenceKind>().Reverse() : Enum.GetValues<ConferenceKind>(), k => c => c.Kind == k);
        if (order.Is(SortKeys.Status))
            return ByValue(query, order.Descending() ? Enum.GetValues<ConferenceStatus>().Reverse() : Enum.GetValues<ConferenceStatus>(), s => c => c.Status == s);
        return [new(query.Select(c => c.Id), order.Descending(byDefault: true)
            ? query.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id).Select(c => c.Id)
            : query.OrderBy(c => c.HeldOn).ThenBy(c => c.Id).Select(c => c.Id))];
    }

    /// <summary>One stretch per value of a column, in the order asked, each newest first: laid end to end by <see cref="BoundedList{T}"/>.</summary>
    private static IReadOnlyList<ListPart<int>> ByValue<TValue>(IQueryable<Conference> query, IEnumerable<TValue> values,
        Func<TValue, Expression<Func<Conference, bool>>> having) =>
        values.Select(v => query.Where(having(v)))
            .Select(part => new ListPart<int>(part.Select(c => c.Id), part.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id).Select(c => c.Id)))
            .ToList();

    /// <summary>The conferences a filter selects, unordered: the list pages them, the staff home counts them.</summary>
    public async Task<IQueryable<Conference>> QueryAsync(UserScope scope, ConferenceFilter filter) => (await SelectAsync(scope, filter)).Query;

    /// <summary>
    /// What a filter selects: the units of the scope (and of the unit picked), the conferences the other filters keep
    /// whatever their unit, and, with search words, the matches read when more hold them.
    /// </summary>
    private sealed record Selection(IQueryable<AdministrativeUnit> Units, IReadOnlyList<int> UnitIds, IQueryable<Conference> AnyUnit, int? SearchLimit)
    {
        /// <summary>
        /// The filter's conferences: their unit tested against the list of the scope's unit ids, which an index answers,
        /// where a test through the units table is made row by row (ADR 0017).
        /// </summary>
        public IQueryable<Conference> Query => AnyUnit.Where(c => UnitIds.Contains(c.UnitId));
    }

    private async Task<Selection> SelectAsync(UserScope scope, ConferenceFilter filter)
    {
        var units = db.Units.InScope(scope);
        if (filter.UnitId is { } unitId) units = units.InSubtree(await db.Units.PathOfAsync(unitId));
        var unitIds = await units.Select(u => u.Id).ToListAsync();
        var query = db.Conferences.AsNoTracking();
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.Minutes is { } minutes) query = query.Where(c => c.MinutesState == minutes);
        var (from, to) = filter.Period();
        if (from is { } start) query = query.Where(c => c.HeldOn >= start);
        if (to is { } end) query = query.Where(c => c.HeldOn <= end);
        var words = SearchWords.Parse(filter.Q);
        if (words.IsEmpty) return new(units, unitIds, query, null);

        // The full-text index finds the conferences of the unit and period whose title or content holds the words,
        // whatever their age (ADR 0019); a conference is also found by its unit's name ("ky phuong") when that holds them all.
        var matches = await search.FindAsync(new SearchFilter(words, filter.UnitId ?? scope.UnitId, SearchKind.Conference, from, to));
        var ids = matches.IdsOf(SearchKind.Conference);
        var named = (await db.Units.InScope(scope).Select(u => new { u.Id, u.SearchText }).ToListAsync())
            .Where(u => words.Words.All(w => u.SearchText.Contains(w, StringComparison.Ordinal))).Select(u => u.Id).ToList();
        // The ids travel as one JSON parameter: ten thousand SQL parameters would cost seconds to plan.
        return new(units, unitIds, query.Where(c => EF.Parameter(ids).Contains(c.Id) || named.Contains(c.UnitId)), matches.Capped ? search.Limit : null);
    }
}
