using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
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

    private readonly SemaphoreSlim _making = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<(IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics)> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Deleted rows too, so that the stamp is read from the index without the rows.
        var items = PublicAnswers.PublicRows(db).IgnoreQueryFilters();
        var stamp = new Stamp(await items.CountAsync(cancellationToken), await items.MaxAsync(f => f.PublishedAtUtc, cancellationToken));
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.Stamp == stamp && clock.GetUtcNow() - snapshot.MadeAt <= MaxAge) return (snapshot.Units, snapshot.Topics);
        // One request makes them again; the others show the previous ones meanwhile (or wait for the first ones).
        if (snapshot is not null && !await _making.WaitAsync(0, cancellationToken)) return (snapshot.Units, snapshot.Topics);
        if (snapshot is null) await _making.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is not { } made || made.Stamp != stamp || clock.GetUtcNow() - made.MadeAt > MaxAge)
                _snapshot = made = await MakeAsync(db, stamp, cancellationToken);
            return (made.Units, made.Topics);
        }
        finally
        {
            _making.Release();
        }
    }

    private async Task<Snapshot> MakeAsync(AppDbContext db, Stamp stamp, CancellationToken cancellationToken)
    {
        // One pass over the public items in the IsPublic index, grouped in the database. The answered states are kept
        // here: tested in SQL, they made SQLite read every answered item through the state index instead.
        var groups = await PublicAnswers.PublicRows(db).AsNoTracking()
            .Where(f => f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId))
            .GroupBy(f => new { f.UnitId, f.Petition!.TopicId, f.State }).Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var answered = groups.Where(g => FollowUpStateMachine.IsAnswered(g.State)).ToList();
        var unitIds = answered.Select(g => g.UnitId).Distinct().ToList();
        var topicIds = answered.Where(g => g.TopicId != null).Select(g => g.TopicId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).Select(t => t.Name).Distinct().ToListAsync(cancellationToken);
        return new Snapshot(stamp, clock.GetUtcNow(),
            units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList(),
            topics.Order(StringComparer.Ordinal).ToList());
    }
}
