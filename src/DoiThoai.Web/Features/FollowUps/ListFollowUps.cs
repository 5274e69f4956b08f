using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>"Việc của tôi" and the follow-up list of a scope, with the choices its batch forms offer.</summary>
public sealed class ListFollowUps(AppDbContext db, FollowUpRecords records, ListSearch search)
{
    public async Task<FollowUpList> ListAsync(UserScope scope, FollowUpFilter filter)
    {
        var today = records.Today;
        var (query, searchLimit) = await FilterAsync(scope, filter);
        // The page is chosen over ids alone, in the order of an index (ADR 0017); only its 20 rows are then read in full.
        // The items a search found (a few thousand at most) are read in order at once rather than counted, then paged.
        var page = string.IsNullOrWhiteSpace(filter.Q)
            ? await BoundedList<int>.CreateAsync(Ordered(query, filter), filter.Page)
            : await BoundedList<int>.ReadWholeAsync(Ordered(query, filter), filter.Page);
        var rows = await db.FollowUps.AsNoTracking().Where(f => page.Items.Contains(f.Id))
            .Select(f => new FollowUpRow(f.Id, f.Version, f.Kind, FollowUpItem.ContentOf(f), f.State,
                f.ResponsibleOrganization!.Name, f.Deadline, f.Priority, f.ProgressPercent, f.Conference!.Title,
                new ConferenceWhen(f.Conference.HeldOn, f.Conference.HeldOnUnknown, f.Conference.ReviewedPeriodKind, f.Conference.ReviewedPeriodYear, f.Conference.ReviewedPeriodNumber),
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), false, false))
            .ToDictionaryAsync(r => r.Id);
        var shown = page.Items.Where(rows.ContainsKey).Select(id => rows[id] with
        {
            Overdue = Deadlines.IsOverdue(rows[id].State, rows[id].Deadline, today),
            DueSoon = Deadlines.IsDueSoon(rows[id].State, rows[id].Deadline, today),
        }).ToList();
        return new FollowUpList(filter, page.With(shown), today, searchLimit)
        {
            Topics = await TopicNamesNearAsync(scope),
            Organizations = await OrganizationsNearAsync(scope),
        };
    }

    /// <summary>The id queries a page is counted and read from, for the tests that read their query plans.</summary>
    internal async Task<IReadOnlyList<IQueryable<int>>> PageQueriesAsync(UserScope scope, FollowUpFilter filter) =>
        Ordered((await FilterAsync(scope, filter)).Query, filter).SelectMany(p => new[] { p.Rows, p.Ordered }).ToList();

    /// <summary>The items a filter selects, unordered: the list pages them, the staff home counts them.</summary>
    public async Task<IQueryable<FollowUpItem>> QueryAsync(UserScope scope, FollowUpFilter filter) => (await FilterAsync(scope, filter)).Query;

    /// <summary>
    /// The list's orders, each laid out as the index that serves it reads (FollowUpItemConfiguration): by deadline
    /// (the default: the nearest first, items without one after), by state, by unit, by conference date (newest first).
    /// </summary>
    private static IReadOnlyList<ListPart<int>> Ordered(IQueryable<FollowUpItem> query, FollowUpFilter filter)
    {
        var desc = ListSort.IsDescending(filter.Dir);
        var ids = query.Select(f => f.Id);
        switch (filter.Sort)
        {
            case FollowUpSort.State:
                return [new(ids, desc
                    ? query.OrderByDescending(f => f.State).ThenByDescending(f => f.Deadline).ThenByDescending(f => f.Id).Select(f => f.Id)
                    : query.OrderBy(f => f.State).ThenBy(f => f.Deadline).ThenBy(f => f.Id).Select(f => f.Id))];
            case FollowUpSort.Unit:
                return [new(ids, desc
                    ? query.OrderByDescending(f => f.UnitId).ThenByDescending(f => f.Deadline).ThenByDescending(f => f.Id).Select(f => f.Id)
                    : query.OrderBy(f => f.UnitId).ThenBy(f => f.Deadline).ThenBy(f => f.Id).Select(f => f.Id))];
            case FollowUpSort.HeldOn:
                // Newest first unless asked otherwise: the conference's date index leads, its items follow.
                var ascending = string.Equals(filter.Dir, ListSort.Ascending, StringComparison.OrdinalIgnoreCase);
                return [new(ids, ascending
                    ? query.OrderBy(f => f.Conference!.HeldOn).ThenBy(f => f.ConferenceId).ThenBy(f => f.Id).Select(f => f.Id)
                    : query.OrderByDescending(f => f.Conference!.HeldOn).ThenByDescending(f => f.ConferenceId).ThenByDescending(f => f.Id).Select(f => f.Id))];
            default:
                // Items with a deadline first, then the rest, newest first: two index reads laid end to end, since
                // "deadline, empty last" is an order no index of a nullable column reads.
                var dated = query.Where(f => f.Deadline != null);
                var undated = query.Where(f => f.Deadline == null);
                return [new(dated.Select(f => f.Id), desc
                    ? dated.OrderByDescending(f => f.Deadline).ThenByDescending(f => f.Id).Select(f => f.Id)
                    : dated.OrderBy(f => f.Deadline).ThenBy(f => f.Id).Select(f => f.Id)),
                    new(undated.Select(f => f.Id), undated.OrderByDescending(f => f.ConferenceId).ThenByDescending(f => f.Id).Select(f => f.Id))];
        }
    }

    /// <summary>The filtered items, and the number of matches read when more items hold the search words than that.</summary>
    private async Task<(IQueryable<FollowUpItem> Query, int? SearchLimit)> FilterAsync(UserScope scope, FollowUpFilter filter)
    {
        var today = records.Today;
        // Items merged into another leave the lists: the surviving item speaks for both.
        var live = records.Live.Where(f => f.MergedIntoId == null);
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        var givers = await db.Units.GiversAsync(db.FollowUps, unitIds);
        var query = filter.Mine
            ? live.Where(f => f.ResponsibleUnitId != null && unitIds.Contains(f.ResponsibleUnitId.Value))
            : live.InScope(unitIds, givers, await db.Units.CountAsync());
        if (filter.State is { } state) query = query.Where(f => f.State == state);
        else if (filter.OpenOnly) query = query.Where(f => FollowUpStateMachine.OpenStates.Contains(f.State));
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.UnitId is { } unitId)
        {
            var picked = await db.Units.InSubtree(await db.Units.PathOfAsync(unitId)).Select(u => u.Id).ToListAsync();
            query = query.Where(f => picked.Contains(f.UnitId));
        }
        if (filter.From is { } heldFrom) query = query.Where(f => f.Conference!.HeldOn >= heldFrom);
        if (filter.To is { } heldTo) query = query.Where(f => f.Conference!.HeldOn <= heldTo);
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            // Every topic of that name the scope's items may carry (their units' catalogues and those above); the scope
            // test above still holds, so another ward's topic of the same name adds nothing.
            var topicIds = await db.Topics.Near(scope).Where(t => t.Name == filter.Topic).Select(t => (int?)t.Id).ToListAsync();
            query = query.Where(f => topicIds.Contains(f.TopicId));
        }
        if (filter.OrganizationId is { } organizationId) query = await OfBodyAsync(query, organizationId);
        if (filter.DeadlineFrom is { } deadlineFrom) query = query.Where(f => f.Deadline >= deadlineFrom);
        if (filter.DeadlineTo is { } deadlineTo) query = query.Where(f => f.Deadline <= deadlineTo);
        if (filter.OverdueOnly)
            query = query.Where(f => f.Deadline < today && FollowUpStateMachine.OpenStates.Contains(f.State));
        if (filter.DueSoonOnly)
        {
            var dueSoonLimit = today.AddDays(Deadlines.DueSoonDays);
            query = query.Where(f => f.Deadline >= today && f.Deadline <= dueSoonLimit && FollowUpStateMachine.OpenStates.Contains(f.State));
        }
        var words = SearchWords.Parse(filter.Q);
        if (words.IsEmpty) return (query, null);

        // The words are asked of the full-text index over every item of the unit and period, whatever its age (ADR 0019);
        // the ids it returns are then filtered and ordered like the rest of the list.
        var matches = await search.FindAsync(new SearchFilter(words, filter.UnitId ?? scope.UnitId, null, filter.From, filter.To));
        var hits = matches.Hits.ToList();
        if (filter.UnitId is null)
        {
            // Items given to the scope's bodies by a conference outside it carry that conference's unit tokens, not the
            // scope's: the records of those few conferences are matched apart.
            // The units outside the scope that gave any were found above (ScopeQueries.GiversAsync); their conferences are
            // read through IX_FollowUps_Unit_Responsible, deleted items included (the list's own query drops them).
            var responsible = unitIds.Select(id => (int?)id).ToList();
            var outside = givers.Count == 0 ? [] : await db.FollowUps.IgnoreQueryFilters().Where(f => givers.Contains(f.UnitId)
                && responsible.Contains(f.ResponsibleUnitId)).Select(f => f.ConferenceId).Distinct().ToListAsync();
            hits.AddRange(await search.InConferencesAsync(words, outside));
        }
        var found = new ListMatches(hits, matches.Capped);
        var (items, petitions, conclusions) = (found.IdsOf(SearchKind.FollowUp), found.IdsOf(SearchKind.Petition), found.IdsOf(SearchKind.ConclusionItem));
        // Up to ten thousand ids each travel as one JSON parameter: as many SQL parameters they would cost seconds to plan.
        // An item is found by its own words, its petition's or its conclusion item's.
        return (query.Where(f => EF.Parameter(items).Contains(f.Id)
                || (f.PetitionId != null && EF.Parameter(petitions).Contains(f.PetitionId.Value))
                || (f.ConclusionItemId != null && EF.Parameter(conclusions).Contains(f.ConclusionItemId.Value))),
            matches.Capped ? search.Limit : null);
    }

    /// <summary>
    /// The items given to one body. Its items are read first through the body's own index, which no planner statistics can
    /// turn away from: a few thousand are then sought by id and sorted, whereas a planner that believes the body holds
    /// most items (a district whose items name no body yet) walks the list's order index through all of them. Past
    /// <see cref="BodyItemsSought"/> they are dense enough that that walk finds a page soon.
    /// </summary>
    private async Task<IQueryable<FollowUpItem>> OfBodyAsync(IQueryable<FollowUpItem> query, int organizationId)
    {
        var ofBody = await db.FollowUps.IgnoreQueryFilters().Where(f => f.ResponsibleOrganizationId == organizationId)
            .Select(f => f.Id).Take(BodyItemsSought + 1).ToListAsync();
        return ofBody.Count <= BodyItemsSought
            ? query.Where(f => EF.Parameter(ofBody).Contains(f.Id))
            : query.Where(f => f.ResponsibleOrganizationId == organizationId);
    }

    internal const int BodyItemsSought = 10_000;

    /// <summary>The topic names of the catalogues of the user's unit, the units below it and above it, each once, in Vietnamese order.</summary>
    public async Task<IReadOnlyList<string>> TopicNamesNearAsync(UserScope scope) =>
        (await db.Topics.AsNoTracking().Near(scope).Select(t => t.Name).Distinct().ToListAsync())
            .OrderBy(NaturalSort.Key, StringComparer.Ordinal).ToList();

    /// <summary>Organizations a batch may be given to, and the list filtered by: those of the user's unit, the units below it and above it.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganizationsNearAsync(UserScope scope) =>
        await db.Organizations.AsNoTracking()
            .Near(scope)
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();
}
