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
        // First the ids of the items awaiting a decision, from the verdict index alone (verdict, decision, unit, responsible
        // unit), with the lists' scope rule (ScopeQueries): a commune seeks its own units and those that gave items to its
        // bodies, rather than reading every awaiting item of the province. The rows are read after by id: in one query with
        // the deleted filter (not in that index), SQLite read the whole table, its statistics counting the unjudged items
        // (NULL, nearly all) as one value.
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        var givers = await db.Units.GiversAsync(db.FollowUps, unitIds);
        var awaiting = await db.FollowUps.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Verdict == RaiserVerdict.NotSettled && f.VerdictDecidedAtUtc == null)
            .InScope(unitIds, givers, await db.Units.CountAsync())
            .Select(f => f.Id).ToListAsync();
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
