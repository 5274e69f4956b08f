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
        // First the items awaiting a decision of the scope's units and of the units that gave items to its bodies, from the
        // verdict index alone (verdict, decision, unit, then what the scope and the order test), so a commune reads its own
        // few rather than every awaiting item of the province; the scope's rule then picks its ids. In one query with the
        // deleted filter (not in that index), SQLite read the whole table: the index's statistics count the unjudged
        // items (NULL, nearly all) as one value, so a verdict looks as common as an item.
        // A wide scope (a quarter of the units or more, as ScopeQueries decides for the lists) reads every awaiting item:
        // looking for the units that gave items to its bodies would cost more than it saves.
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        var awaitingItems = db.FollowUps.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Verdict == RaiserVerdict.NotSettled && f.VerdictDecidedAtUtc == null);
        if (unitIds.Count * 4 < await db.Units.CountAsync())
        {
            var units = unitIds.Concat(await db.Units.GiversAsync(db.FollowUps, unitIds)).ToList();
            awaitingItems = awaitingItems.Where(f => EF.Parameter(units).Contains(f.UnitId));
        }
        var candidates = await awaitingItems.Select(f => new { f.Id, f.UnitId, f.ResponsibleUnitId }).ToListAsync();
        var inScope = unitIds.ToHashSet();
        var awaiting = candidates.Where(c => inScope.Contains(c.UnitId) || c.ResponsibleUnitId is { } r && inScope.Contains(r)).Select(c => c.Id).ToList();
        if (awaiting.Count == 0) return [];
        return await db.FollowUps.AsNoTracking()
            .Where(f => EF.Parameter(awaiting).Contains(f.Id) && f.MergedIntoId == null)
            .InScope(unitIds)
            .OrderBy(f => f.VerdictAtUtc).Take(MaxRows)
            .Select(f => new UnsettledRow(f.Id, f.Code, f.Kind, FollowUpItem.ContentOf(f), f.Conference!.Title, f.ResponsibleOrganization!.Name,
                f.State, f.VerdictComment, f.VerdictAtUtc))
            .ToListAsync();
    }
}
