using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Lookup;

public sealed record UnsettledRow(int Id, string? Code, FollowUpKind Kind, string Content, string ConferenceTitle, string? Responsible,
    FollowUpState State, string? Comment, DateTime? JudgedAtUtc);

/// <summary>
/// The Front's monitoring list of answers their raisers judged unsettled and on which the Front has not decided yet
/// (<see cref="FollowUpItem.AwaitsFrontDecision"/>), in the user's scope; each links to the item's page, which offers
/// the decision.
/// </summary>
public sealed class VerdictList(AppDbContext db)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<UnsettledRow>> UnsettledAsync(UserScope scope)
    {
        // First the ids of the items awaiting a decision, oldest verdict first, from the verdict index alone (verdict,
        // decision, unit, responsible unit, verdict time), sorted by the database: read into .NET, 80,000 verdict times
        // cost 200 ms to parse. A narrow scope (ScopeQueries.IsWide, as for the lists) seeks
        // its own units and those that gave items to its bodies, so a commune reads its few rather than every awaiting
        // item of the province; a wide one reads them all, the scope tested when the rows are read (ScopeQueries' own
        // form, testing it here too, took a district's page from 200 to 300 ms).
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        var awaitingItems = db.FollowUps.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Verdict == RaiserVerdict.NotSettled && f.VerdictDecidedAtUtc == null);
        List<int> awaiting;
        if (!ScopeQueries.IsWide(unitIds, await db.Units.CountAsync()))
        {
            var units = unitIds.Concat(await db.Units.GiversAsync(db.FollowUps, unitIds)).ToList();
            var inScope = unitIds.ToHashSet();
            awaiting = (await awaitingItems.Where(f => EF.Parameter(units).Contains(f.UnitId))
                    .OrderBy(f => f.VerdictAtUtc).ThenBy(f => f.Id)
                    .Select(f => new { f.Id, f.UnitId, f.ResponsibleUnitId }).ToListAsync())
                .Where(c => inScope.Contains(c.UnitId) || c.ResponsibleUnitId is { } r && inScope.Contains(r)).Select(c => c.Id).ToList();
        }
        else awaiting = await awaitingItems.OrderBy(f => f.VerdictAtUtc).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync();

        // Then the rows, a page of ids at a time until the list is full: a district awaits 80,000, and reading them all
        // to keep the oldest 500 cost 200 ms. The deleted filter and the scope (not in that index) are tested on the
        // rows, read by id: in one query with them, SQLite read the whole table, its statistics counting the unjudged
        // items (NULL, nearly all) as one value.
        var rows = new List<UnsettledRow>();
        foreach (var ids in awaiting.Chunk(MaxRows))
        {
            rows.AddRange(await db.FollowUps.AsNoTracking()
                .Where(f => EF.Parameter(ids).Contains(f.Id) && f.MergedIntoId == null)
                .InScope(unitIds)
                .OrderBy(f => f.VerdictAtUtc).ThenBy(f => f.Id)
                .Select(f => new UnsettledRow(f.Id, f.Code, f.Kind, FollowUpItem.ContentOf(f), f.Conference!.Title, f.ResponsibleOrganization!.Name,
                    f.State, f.VerdictComment, f.VerdictAtUtc))
                .ToListAsync());
            if (rows.Count >= MaxRows) break;
        }
        return rows.Take(MaxRows).ToList();
    }
}
