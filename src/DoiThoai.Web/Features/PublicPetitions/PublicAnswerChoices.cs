using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>
/// The units and topics the form offers: those with a published answer. Finding them reads every published answer
/// (a topic is reached through each answer's petition), so they are kept in memory and made again when the published
/// answers change: a stamp (how many items are public and the latest publication), read from the
/// <c>(IsPublic, PublishedAtUtc)</c> index alone, tells at each request, on every node. A change that leaves the stamp
/// as it was (an answer merged away, a conference deleted) shows at most <see cref="MaxAge"/> later: until then a
/// choice may lead to an empty list, never to an unpublished answer.
/// </summary>
public sealed class PublicAnswerChoices(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private sealed record Stamp(int Count, DateTime? Latest);

    private sealed record Snapshot(Stamp Stamp, DateTimeOffset MadeAt, IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics);

    private volatile Snapshot? _snapshot;

    public async Task<(IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics)> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Deleted rows too, so that the stamp is read from the index without the rows.
        var items = PublicAnswers.PublicRows(db).IgnoreQueryFilters();
        var stamp = new Stamp(await items.CountAsync(cancellationToken), await items.MaxAsync(f => f.PublishedAtUtc, cancellationToken));
        var snapshot = _snapshot;
        if (snapshot is null || snapshot.Stamp != stamp || clock.GetUtcNow() - snapshot.MadeAt > MaxAge)
            _snapshot = snapshot = await MakeAsync(db, stamp, cancellationToken);
        return (snapshot.Units, snapshot.Topics);
    }

    private async Task<Snapshot> MakeAsync(AppDbContext db, Stamp stamp, CancellationToken cancellationToken)
    {
        var published = PublicAnswers.Published(db);
        // A few hundred units, each asked for one published answer through the (IsPublic, UnitId, State) index.
        var units = await db.Units.AsNoTracking().Where(u => published.Any(f => f.UnitId == u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var topics = await published.Where(f => f.Petition!.TopicId != null).Select(f => f.Petition!.Topic!.Name).Distinct().ToListAsync(cancellationToken);
        return new Snapshot(stamp, clock.GetUtcNow(),
            units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList(),
            topics.Order(StringComparer.Ordinal).ToList());
    }
}
