using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps <see cref="ConferenceFigures"/>, <see cref="ConferenceTopicFigures"/> and <see cref="ConferenceBodyFigures"/>
/// equal to the records they count.
/// The one place they are written: <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> rebuilds the
/// figures of every conference a save touches, in the save's transaction, and start-up fills in any that are missing.
/// </summary>
public static class ConferenceFiguresBuilder
{
    private const int Batch = 500;

    /// <summary>
    /// The conferences a save touches: the changed conferences, opinions and petitions and follow-up items. Ids known
    /// before the save (including the conference a record was moved from) are kept now; new records' ids after it.
    /// </summary>
    public sealed class Touched(List<object> records, HashSet<int> knownIds)
    {
        public bool Any => records.Count > 0;
        public IReadOnlyCollection<int> KnownIds => knownIds;

        public IReadOnlyCollection<int> AfterSave() => knownIds.Union(records.Select(ConferenceIdOf)).Where(id => id > 0).ToHashSet();
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity is Conference or Petition or FollowUpItem)
            .ToList();
        var known = new HashSet<int>();
        foreach (var entry in entries)
        {
            known.Add(ConferenceIdOf(entry.Entity));
            if (entry.State != EntityState.Added)
                known.Add((int)entry.OriginalValues[entry.Entity is Conference ? nameof(Conference.Id) : nameof(Petition.ConferenceId)]!);
        }
        known.Remove(0);
        return new Touched(entries.Select(e => e.Entity).ToList(), known);
    }

    private static int ConferenceIdOf(object record) => record switch
    {
        Conference c => c.Id,
        Petition p => p.ConferenceId,
        FollowUpItem f => f.ConferenceId,
        _ => 0,
    };

    /// <summary>
    /// Locks the figures of these conferences until the transaction ends, taken before the records change and in
    /// one statement: on SQL Server two saves of one conference then queue up here, instead of each holding the
    /// record it changed while it waits for the other's figures (a deadlock).
    /// </summary>
    public static Task LockAsync(AppDbContext db, IReadOnlyCollection<int> conferenceIds, CancellationToken cancellationToken) =>
        conferenceIds.Count == 0
            ? Task.CompletedTask
            : db.ConferenceFigures.Where(f => conferenceIds.Contains(f.ConferenceId))
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.UnitId, f => f.UnitId), cancellationToken);

    /// <summary>
    /// Replaces the figures of these conferences by counts of their records; a deleted conference is left without.
    /// The unit months the conferences were in and are now in are summed again (<see cref="UnitMonthFiguresBuilder"/>).
    /// </summary>
    public static async Task RebuildAsync(AppDbContext db, IReadOnlyCollection<int> conferenceIds, CancellationToken cancellationToken = default)
    {
        var months = new HashSet<UnitMonthFiguresBuilder.Key>();
        var added = new List<ConferenceFigures>();
        var addedTopics = new List<ConferenceTopicFigures>();
        var addedBodies = new List<ConferenceBodyFigures>();
        foreach (var chunk in conferenceIds.Chunk(Batch))
        {
            months.UnionWith((await db.ConferenceFigures.AsNoTracking().Where(f => chunk.Contains(f.ConferenceId))
                .Select(f => new { f.UnitId, f.HeldOn }).ToListAsync(cancellationToken))
                .Select(f => UnitMonthFiguresBuilder.KeyOf(f.UnitId, f.HeldOn)));
            await db.ConferenceFigures.Where(f => chunk.Contains(f.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            await db.ConferenceTopicFigures.Where(f => chunk.Contains(f.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            await db.ConferenceBodyFigures.Where(f => chunk.Contains(f.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            var conferences = await db.Conferences.AsNoTracking().Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.UnitId, c.HeldOn, c.Kind, c.StatedOpinionCount, c.StatedPetitionCount, c.StatedProposalCount, c.StatedQuestionCount })
                .ToListAsync(cancellationToken);
            var petitions = await db.Petitions.AsNoTracking().Where(p => chunk.Contains(p.ConferenceId))
                .GroupBy(p => new { p.ConferenceId, p.Kind, p.TopicId })
                .Select(g => new { g.Key.ConferenceId, g.Key.Kind, g.Key.TopicId, Count = g.Count() })
                .ToListAsync(cancellationToken);
            // Content items: an item merged into another is counted there.
            var items = await db.FollowUps.AsNoTracking().Where(f => chunk.Contains(f.ConferenceId) && f.MergedIntoId == null)
                .Select(f => new ItemFacts(f.ConferenceId, f.State, f.Deadline, f.ClosedAtUtc, f.Verdict, f.Petition != null ? f.Petition.TopicId : null, f.ResponsibleOrganizationId))
                .ToListAsync(cancellationToken);

            var petitionsOf = petitions.ToLookup(p => p.ConferenceId);
            var itemsOf = items.ToLookup(i => i.ConferenceId);
            foreach (var c in conferences)
            {
                var kinds = petitionsOf[c.Id].ToList();
                int count(PetitionKind kind) => kinds.Where(p => p.Kind == kind).Sum(p => p.Count);
                var unitemized = StatedTotals.UnitemizedOf(c.StatedOpinionCount, c.StatedPetitionCount, c.StatedProposalCount, c.StatedQuestionCount, count);
                var figures = new ConferenceFigures
                {
                    ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn, Kind = c.Kind,
                    UnitemizedOpinions = unitemized.Opinions, UnitemizedPetitions = unitemized.Petitions,
                    Opinions = count(PetitionKind.Opinion), Petitions = count(PetitionKind.Petition),
                    Proposals = count(PetitionKind.Proposal), Questions = count(PetitionKind.Question),
                };
                foreach (var item in itemsOf[c.Id]) figures.CountItem(item.State, item.Deadline, item.DoneAtUtc, item.Verdict);
                db.ConferenceFigures.Add(figures);
                added.Add(figures);
                // A topic row counts its petitions and its judged items; an item with no petition (a conclusion item) is judged under no topic.
                var judged = itemsOf[c.Id].Where(i => i.Verdict is not null).ToList();
                var topics = kinds.Select(p => p.TopicId).Concat(judged.Select(i => i.TopicId)).Distinct().Select(topic => new ConferenceTopicFigures
                {
                    ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn, TopicId = topic, Count = kinds.Where(p => p.TopicId == topic).Sum(p => p.Count),
                    Judged = judged.Count(i => i.TopicId == topic), Settled = judged.Count(i => i.TopicId == topic && i.Verdict == Domain.Public.RaiserVerdict.Settled),
                }).ToList();
                db.ConferenceTopicFigures.AddRange(topics);
                addedTopics.AddRange(topics);
                // The dashboard's and the report's verdicts per responsible body (ADR 0024), only where an item was judged.
                var bodies = judged.GroupBy(i => i.BodyId).Select(g => new ConferenceBodyFigures
                {
                    ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn, ResponsibleOrganizationId = g.Key,
                    Judged = g.Count(), Settled = g.Count(i => i.Verdict == Domain.Public.RaiserVerdict.Settled),
                }).ToList();
                db.ConferenceBodyFigures.AddRange(bodies);
                addedBodies.AddRange(bodies);
                months.Add(UnitMonthFiguresBuilder.KeyOf(c.UnitId, c.HeldOn));
            }
        }
        await UnitMonthFiguresBuilder.RebuildAsync(db, months, new(added, addedTopics, addedBodies), cancellationToken);
    }

    private sealed record ItemFacts(int ConferenceId, FollowUpState State, DateOnly? Deadline, DateTime? DoneAtUtc, Domain.Public.RaiserVerdict? Verdict, int? TopicId, int? BodyId);

    /// <summary>
    /// Builds the figures of every conference that has none: after the migration that added them, or after rows
    /// were written outside the application (a data load, a restore of an older backup), then the unit months that
    /// have none. Reports its progress.
    /// </summary>
    public static async Task<int> BuildMissingAsync(AppDbContext db, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var missing = await db.Conferences.AsNoTracking()
            .Where(c => !db.ConferenceFigures.Any(f => f.ConferenceId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var chunk in missing.Chunk(Batch * 4))
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                try
                {
                    await RebuildAsync(db, chunk, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another node starting at the same time, or a user's save, built some of them meanwhile: theirs
                    // are as good, and the rest are built at the next start.
                    await transaction.RollbackAsync(cancellationToken);
                }
            }
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Invoke(done, missing.Count);
        }
        await UnitMonthFiguresBuilder.BuildMissingAsync(db, cancellationToken);
        return missing.Count;
    }
}
