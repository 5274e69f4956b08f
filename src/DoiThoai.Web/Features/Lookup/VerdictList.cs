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
        // First the few items awaiting a decision, from the verdict index alone (it holds the id; the deleted filter,
        // which it does not hold, is applied by the second query). In one query with the scope, or with that filter,
        // SQLite read the whole table: the index's statistics count the unjudged items (NULL, nearly all) as one value,
        // so a verdict looks as common as an item.
        var awaiting = await db.FollowUps.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Verdict == RaiserVerdict.NotSettled && f.VerdictDecidedAtUtc == null)
            .Select(f => f.Id).ToListAsync();
        if (awaiting.Count == 0) return [];
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        return await db.FollowUps.AsNoTracking()
            .Where(f => EF.Parameter(awaiting).Contains(f.Id) && f.MergedIntoId == null)
            .InScope(unitIds)
            .OrderBy(f => f.VerdictAtUtc).Take(MaxRows)
            .Select(f => new UnsettledRow(f.Id, f.Code, f.Kind, FollowUpItem.ContentOf(f), f.Conference!.Title, f.ResponsibleOrganization!.Name,
                f.State, f.VerdictComment, f.VerdictAtUtc))
            .ToListAsync();
    }
}
