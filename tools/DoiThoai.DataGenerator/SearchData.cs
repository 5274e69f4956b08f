using System.Diagnostics;
using DoiThoai.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What a generated district needs to be searched (ADR 0019): answers on the follow-up items that are done, and the
/// search entries, built by the portal's own builder as <c>rebuild-search</c> and start-up build them.
/// </summary>
static class SearchData
{
    private const int FirstTopicId = 100_000;
    private const int TopicsPerCommune = 12;

    /// <summary>Gives each resolved, explained or closed item not answered on the spot a written answer of its petition's topic.</summary>
    public static void WriteAnswers(string file)
    {
        var watch = Stopwatch.StartNew();
        using var connection = Open(file);
        var items = new List<(long Id, int Topic)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT f.Id, p.TopicId FROM FollowUps f JOIN Petitions p ON p.Id = f.PetitionId " +
                               "WHERE f.State IN (4, 5, 7) AND p.OnTheSpotAnswer IS NULL ORDER BY f.Id";
            using var reader = read.ExecuteReader();
            while (reader.Read()) items.Add((reader.GetInt64(0), (reader.GetInt32(1) - FirstTopicId) % TopicsPerCommune));
        }
        var random = new Random(20261202);
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE FollowUps SET Result = $1 WHERE Id = $2";
        var text = update.Parameters.Add(new SqliteParameter("$1", ""));
        var id = update.Parameters.Add(new SqliteParameter("$2", 0L));
        update.Prepare();
        foreach (var chunk in items.Chunk(20_000))
        {
            using var tx = connection.BeginTransaction();
            update.Transaction = tx;
            foreach (var item in chunk)
            {
                text.Value = PetitionTexts.Answer(random, item.Topic);
                id.Value = item.Id;
                update.ExecuteNonQuery();
            }
            tx.Commit();
        }
        Console.WriteLine($"Answers of {items.Count:N0} follow-up items written in {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>
    /// The search entries of every conference that has none, made by the portal's builder
    /// (<see cref="SearchEntriesBuilder.EntriesOfAsync"/>) and written with one prepared statement per row: the
    /// context's change tracking would take most of the time for three million rows. The FTS5 triggers index them.
    /// </summary>
    public static async Task BuildEntriesAsync(string file, int part = 0, int parts = 1)
    {
        var watch = Stopwatch.StartNew();
        await using var db = Db.Context(file);
        var missing = await db.Conferences.AsNoTracking().Where(c => !db.SearchEntries.Any(e => e.ConferenceId == c.Id))
            .OrderBy(c => c.HeldOn).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
        using var connection = Open(file);
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;";
            pragma.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO SearchEntries (Kind, RecordId, ConferenceId, UnitId, HeldOn, Tags, Text) VALUES ($1,$2,$3,$4,$5,$6,$7)";
        var values = Enumerable.Range(1, 7).Select(i => insert.Parameters.Add(new SqliteParameter($"${i}", null))).ToArray();
        insert.Prepare();
        long rows = 0;
        var done = 0;
        foreach (var chunk in missing.Chunk(500).Where((_, i) => i % parts == part))
        {
            var entries = await SearchEntriesBuilder.EntriesOfAsync(db, chunk, CancellationToken.None);
            using var tx = connection.BeginTransaction();
            insert.Transaction = tx;
            foreach (var e in entries)
            {
                object[] row = [(int)e.Kind, e.RecordId, e.ConferenceId, e.UnitId, e.HeldOn.ToString("yyyy-MM-dd"), e.Tags, e.Text];
                for (var i = 0; i < row.Length; i++) values[i].Value = row[i];
                insert.ExecuteNonQuery();
            }
            tx.Commit();
            rows += entries.Count;
            done += chunk.Length;
            if (done % 10_000 == 0 || done == missing.Count) Console.WriteLine($"  search: {done:N0}/{missing.Count:N0} conferences, {rows:N0} entries ({watch.Elapsed.TotalSeconds:0} s)");
        }
        if (missing.Count > 0) Console.WriteLine($"Search entries of {missing.Count:N0} conferences built in {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Short transactions and a long wait for the lock, so another writer of the file (a figures build) may run meanwhile.</summary>
    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Default Timeout=600");
        connection.Open();
        return connection;
    }
}
