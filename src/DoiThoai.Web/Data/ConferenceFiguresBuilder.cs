using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps <see cref="ConferenceFigures"/> and <see cref="ConferenceTopicFigures"/> equal to the records they count.
/// The one place they are written: <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> rebuilds the
/// figures of every conference a save touches, in the save's transaction, and start-up fills in any that are missing.
/// </summary>
public static class ConferenceFiguresBuilder
{
    private const int Batch = 500;

    /// <summary>The changed records whose conference's figures must be rebuilt (their ids are read after the save, when new keys exist).</summary>
    public static List<object> TouchedRecords(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity is Conference or Petition or FollowUpItem)
            .Select(e => e.Entity).ToList();

    public static IReadOnlyCollection<int> ConferenceIdsOf(IEnumerable<object> records) =>
        records.Select(r => r switch
        {
            Conference c => c.Id,
            Petition p => p.ConferenceId,
            FollowUpItem f => f.ConferenceId,
            _ => 0,
        }).Where(id => id > 0).ToHashSet();

    /// <summary>Replaces the figures of these conferences by counts of their records; a deleted conference is left without.</summary>
    public static async Task RebuildAsync(AppDbContext db, IReadOnlyCollection<int> conferenceIds, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in conferenceIds.Chunk(Batch))
        {
            // Deleted first: on SQL Server the delete locks the figures' rows, so a concurrent save of the same
            // conference waits for this transaction and then counts what it wrote.
            await db.ConferenceFigures.Where(f => chunk.Contains(f.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            await db.ConferenceTopicFigures.Where(f => chunk.Contains(f.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            var conferences = await db.Conferences.AsNoTracking().Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.UnitId, c.HeldOn, c.Kind, c.UnitemizedOpinionCount, c.UnitemizedPetitionCount })
                .ToListAsync(cancellationToken);
            var petitions = await db.Petitions.AsNoTracking().Where(p => chunk.Contains(p.ConferenceId))
                .GroupBy(p => new { p.ConferenceId, p.Kind, p.TopicId })
                .Select(g => new { g.Key.ConferenceId, g.Key.Kind, g.Key.TopicId, Count = g.Count() })
                .ToListAsync(cancellationToken);
            // Content items: an item merged into another is counted there.
            var items = await db.FollowUps.AsNoTracking().Where(f => chunk.Contains(f.ConferenceId) && f.MergedIntoId == null)
                .Select(f => new ItemFacts(f.ConferenceId, f.State, f.Deadline, f.ClosedAtUtc))
                .ToListAsync(cancellationToken);


            var petitionsOf = petitions.ToLookup(p => p.ConferenceId);
            var itemsOf = items.ToLookup(i => i.ConferenceId);
            foreach (var c in conferences)
            {
                var kinds = petitionsOf[c.Id].ToList();
                int count(PetitionKind kind) => kinds.Where(p => p.Kind == kind).Sum(p => p.Count);
                var figures = new ConferenceFigures
                {
                    ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn, Kind = c.Kind,
                    UnitemizedOpinions = c.UnitemizedOpinionCount, UnitemizedPetitions = c.UnitemizedPetitionCount,
                    Opinions = count(PetitionKind.Opinion), Petitions = count(PetitionKind.Petition),
                    Proposals = count(PetitionKind.Proposal), Questions = count(PetitionKind.Question),
                };
                CountItems(figures, itemsOf[c.Id]);
                db.ConferenceFigures.Add(figures);
                db.ConferenceTopicFigures.AddRange(kinds.GroupBy(p => p.TopicId).Select(g => new ConferenceTopicFigures
                {
                    ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn, TopicId = g.Key, Count = g.Sum(p => p.Count),
                }));
            }
        }
    }

    public sealed record ItemFacts(int ConferenceId, FollowUpState State, DateOnly? Deadline, DateTime? DoneAtUtc);

    /// <summary>Item counts by state, with the deadline rules of <see cref="Deadlines"/>.</summary>
    public static void CountItems(ConferenceFigures figures, IEnumerable<ItemFacts> items)
    {
        foreach (var item in items)
        {
            switch (item.State)
            {
                case FollowUpState.New: figures.ItemsNew++; break;
                case FollowUpState.Assigned: figures.ItemsAssigned++; break;
                case FollowUpState.InProgress: figures.ItemsInProgress++; break;
                case FollowUpState.Resolved: figures.ItemsResolved++; break;
                case FollowUpState.Explained: figures.ItemsExplained++; break;
                case FollowUpState.Transferred: figures.ItemsTransferred++; break;
                case FollowUpState.Closed: figures.ItemsClosed++; break;
            }
            if (item.Deadline is not { } deadline) continue;
            if (Deadlines.IsOpen(item.State))
            {
                figures.OpenWithDeadline++;
                if (figures.LatestOpenDeadline is not { } latest || deadline > latest) figures.LatestOpenDeadline = deadline;
                if (figures.EarliestOpenDeadline is not { } earliest || deadline < earliest) figures.EarliestOpenDeadline = deadline;
            }
            else
            {
                figures.DoneWithDeadline++;
                if (Deadlines.IsDoneLate(deadline, item.DoneAtUtc)) figures.DoneLate++;
            }
        }
    }

    /// <summary>
    /// Builds the figures of every conference that has none: after the migration that added them, or after rows
    /// were written outside the application (a data load, a restore of an older backup). Reports its progress.
    /// </summary>
    public static async Task<int> BuildMissingAsync(AppDbContext db, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var missing = await db.Conferences.AsNoTracking()
            .Where(c => !db.ConferenceFigures.Any(f => f.ConferenceId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var chunk in missing.Chunk(Batch * 4))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await RebuildAsync(db, chunk, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Invoke(done, missing.Count);
        }
        return missing.Count;
    }
}
