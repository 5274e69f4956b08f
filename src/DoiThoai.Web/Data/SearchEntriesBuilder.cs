using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.PublicPetitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps <see cref="SearchEntry"/> rows equal to the records they index (ADR 0019), a conference at a time: its title,
/// place, summary, conclusion and findings (results and limitations), its opinions and petitions with their on-the-spot answers, its conclusion items, and the follow-up
/// items that have words of their own (a split content item's wording, an answer). Every save rebuilds the entries of
/// the conferences it touched, in its transaction (<see cref="SearchEntriesInterceptor"/>); the catch-up builds those of
/// conferences that have none (ADR 0023), and <c>rebuild-search</c> rebuilds them all.
/// </summary>
public static class SearchEntriesBuilder
{
    private const int Batch = 500;

    /// <summary>The conferences a save touches, and the units whose place in the tree (their path, hence their records' scope tokens) changed.</summary>
    public sealed class Touched(List<object> records, HashSet<int> knownIds, List<int> movedUnits)
    {
        public bool Any => records.Count > 0 || movedUnits.Count > 0;

        public async Task<IReadOnlyCollection<int>> AfterSaveAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            var ids = knownIds.Union(records.Select(ConferenceIdOf)).Where(id => id > 0).ToHashSet();
            if (movedUnits.Count == 0) return ids;
            ids.UnionWith(await db.Conferences.Where(c => movedUnits.Contains(c.UnitId)).Select(c => c.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.FollowUps.Where(f => f.ResponsibleUnitId != null && movedUnits.Contains(f.ResponsibleUnitId.Value))
                .Select(f => f.ConferenceId).ToListAsync(cancellationToken));
            return ids;
        }
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity is Conference or Petition or ConclusionItem or FollowUpItem)
            .ToList();
        var known = new HashSet<int>();
        foreach (var entry in entries)
        {
            known.Add(ConferenceIdOf(entry.Entity));
            if (entry.State != EntityState.Added)
                known.Add((int)entry.OriginalValues[entry.Entity is Conference ? nameof(Conference.Id) : nameof(Petition.ConferenceId)]!);
        }
        known.Remove(0);
        var moved = tracker.Entries<AdministrativeUnit>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.Path).IsModified)
            .Select(e => e.Entity.Id).ToList();
        return new Touched(entries.Select(e => e.Entity).ToList(), known, moved);
    }

    private static int ConferenceIdOf(object record) => record switch
    {
        Conference c => c.Id,
        ConferencePart p => p.ConferenceId,
        FollowUpItem f => f.ConferenceId,
        _ => 0,
    };

    /// <summary>Replaces the entries of these conferences by entries made from their records; a deleted conference is left without.</summary>
    public static async Task RebuildAsync(AppDbContext db, IReadOnlyCollection<int> conferenceIds, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in conferenceIds.Chunk(Batch))
        {
            await db.SearchEntries.Where(e => chunk.Contains(e.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
            db.SearchEntries.AddRange(await EntriesOfAsync(db, chunk, cancellationToken));
        }
    }

    /// <summary>The entries of these conferences, made from their records as they are in the database, newest conference last.</summary>
    public static async Task<List<SearchEntry>> EntriesOfAsync(AppDbContext db, int[] conferenceIds, CancellationToken cancellationToken)
    {
        var conferences = await db.Conferences.AsNoTracking().Where(c => conferenceIds.Contains(c.Id))
            .OrderBy(c => c.HeldOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.UnitId, c.Unit!.Path, c.HeldOn, c.Title, c.Place, c.Summary, c.ConclusionText, c.FindingsText })
            .ToListAsync(cancellationToken);
        var petitions = (await db.Petitions.AsNoTracking().Where(p => conferenceIds.Contains(p.ConferenceId))
            .Select(p => new { p.Id, p.ConferenceId, p.Order, p.Content, p.OnTheSpotAnswer }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ConferenceId);
        var conclusions = (await db.ConclusionItems.AsNoTracking().Where(i => conferenceIds.Contains(i.ConferenceId))
            .Select(i => new { i.Id, i.ConferenceId, i.Order, i.Content }).ToListAsync(cancellationToken))
            .ToLookup(i => i.ConferenceId);
        // Items merged into another leave the lists; an item with no words of its own is found through its petition.
        var items = (await db.FollowUps.AsNoTracking()
            .Where(f => conferenceIds.Contains(f.ConferenceId) && f.MergedIntoId == null && (f.ContentText != null || f.Result != null))
            .Select(f => new { f.Id, f.ConferenceId, f.ContentText, f.Result, ResponsiblePath = db.Units.Where(u => u.Id == f.ResponsibleUnitId).Select(u => u.Path).FirstOrDefault() })
            .ToListAsync(cancellationToken))
            .ToLookup(f => f.ConferenceId);

        // The one rule of what the public reads decides which records carry the public answer token.
        var published = await PublicAnswers.Published(db).Where(f => conferenceIds.Contains(f.ConferenceId))
            .Select(f => new { f.Id, f.PetitionId, f.ConclusionItemId }).ToListAsync(cancellationToken);
        var leadsToAnswer = published.Select(f => (SearchKind.FollowUp, f.Id))
            .Concat(published.Where(f => f.PetitionId != null).Select(f => (SearchKind.Petition, f.PetitionId!.Value)))
            .Concat(published.Where(f => f.ConclusionItemId != null).Select(f => (SearchKind.ConclusionItem, f.ConclusionItemId!.Value)))
            .ToHashSet();

        var entries = new List<SearchEntry>();
        foreach (var c in conferences)
        {
            SearchEntry Entry(SearchKind kind, int recordId, string? responsiblePath, params string?[] texts)
            {
                var tags = SearchTokens.Of(kind, c.HeldOn, c.Path, responsiblePath);
                return new()
                {
                    Kind = kind, RecordId = recordId, ConferenceId = c.Id, UnitId = c.UnitId, HeldOn = c.HeldOn,
                    Tags = leadsToAnswer.Contains((kind, recordId)) ? $"{tags} {SearchTokens.PublicAnswer}" : tags,
                    Text = VietnameseText.Fold(string.Join('\n', texts.Where(t => !string.IsNullOrWhiteSpace(t)))),
                };
            }
            entries.Add(Entry(SearchKind.Conference, c.Id, null, c.Title, c.Place, c.Summary, c.ConclusionText, c.FindingsText));
            entries.AddRange(petitions[c.Id].OrderBy(p => p.Order).Select(p => Entry(SearchKind.Petition, p.Id, null, p.Content, p.OnTheSpotAnswer)));
            entries.AddRange(conclusions[c.Id].OrderBy(i => i.Order).Select(i => Entry(SearchKind.ConclusionItem, i.Id, null, i.Content)));
            entries.AddRange(items[c.Id].OrderBy(f => f.Id).Select(f => Entry(SearchKind.FollowUp, f.Id, f.ResponsiblePath, f.ContentText, f.Result)));
        }
        return entries;
    }

    /// <summary>Builds the entries of every conference that has none: after the migration that added them, or a data load.</summary>
    public static async Task<int> BuildMissingAsync(AppDbContext db, Func<int, int, Task>? afterBatch = null, CancellationToken cancellationToken = default) =>
        await BuildAsync(db, Missing(db), afterBatch, cancellationToken);

    /// <summary>The conferences that have no entries yet (a deleted conference has none and is not one of them).</summary>
    public static IQueryable<Conference> Missing(AppDbContext db) => db.Conferences.Where(c => !db.SearchEntries.Any(e => e.ConferenceId == c.Id));

    /// <summary>Rebuilds every conference's entries and drops those of conferences that are gone: the <c>rebuild-search</c> command.</summary>
    public static async Task<int> RebuildAllAsync(AppDbContext db, Func<int, int, Task>? afterBatch = null, CancellationToken cancellationToken = default)
    {
        await db.SearchEntries.Where(e => !db.Conferences.Any(c => c.Id == e.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
        return await BuildAsync(db, db.Conferences, afterBatch, cancellationToken);
    }

    /// <summary>
    /// Oldest first, so that entry ids grow with the date held (the search reads the newest matches first). One
    /// transaction per batch of conferences, so a stop loses one batch and a user's save waits for one batch at most.
    /// </summary>
    private static async Task<int> BuildAsync(AppDbContext db, IQueryable<Conference> conferences, Func<int, int, Task>? afterBatch, CancellationToken cancellationToken)
    {
        var ids = await conferences.AsNoTracking().OrderBy(c => c.HeldOn).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        var done = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                if (sqlite)
                {
                    await db.SearchEntries.Where(e => chunk.Contains(e.ConferenceId)).ExecuteDeleteAsync(cancellationToken);
                    await InsertAsync(db, await EntriesOfAsync(db, chunk, cancellationToken), cancellationToken);
                }
                else
                {
                    await RebuildAsync(db, chunk, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            db.ChangeTracker.Clear();
            done += chunk.Length;
            if (afterBatch is not null) await afterBatch(done, ids.Count);
        }
        return ids.Count;
    }

    /// <summary>
    /// SQLite: the same rows a save writes, in the same order, through one prepared statement in the batch's
    /// transaction: no change tracking and no save-time work, which cost more than the writing itself. The
    /// full-text index is kept by its trigger as for any insert.
    /// </summary>
    private static async Task InsertAsync(AppDbContext db, List<SearchEntry> entries, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "SearchEntries" ("Kind", "RecordId", "ConferenceId", "UnitId", "HeldOn", "Tags", "Text")
            VALUES ($kind, $record, $conference, $unit, $held, $tags, $text)
            """;
        var parameters = new[] { "$kind", "$record", "$conference", "$unit", "$held", "$tags", "$text" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var e in entries)
        {
            parameters[0].Value = (int)e.Kind;
            parameters[1].Value = e.RecordId;
            parameters[2].Value = e.ConferenceId;
            parameters[3].Value = e.UnitId;
            parameters[4].Value = e.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            parameters[5].Value = e.Tags;
            parameters[6].Value = e.Text;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
