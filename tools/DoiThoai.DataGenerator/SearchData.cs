using System.Diagnostics;
using DoiThoai.Web.Data;
using Microsoft.Data.Sqlite;

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
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        var items = new List<(long Id, int Topic)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT f.Id, p.TopicId FROM FollowUps f JOIN Petitions p ON p.Id = f.PetitionId " +
                               "WHERE f.State IN (4, 5, 7) AND p.OnTheSpotAnswer IS NULL ORDER BY f.Id";
            using var reader = read.ExecuteReader();
            while (reader.Read()) items.Add((reader.GetInt64(0), (reader.GetInt32(1) - FirstTopicId) % TopicsPerCommune));
        }
        var random = new Random(20261202);
        using var tx = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE FollowUps SET Result = $1 WHERE Id = $2";
        var text = update.Parameters.Add(new SqliteParameter("$1", ""));
        var id = update.Parameters.Add(new SqliteParameter("$2", 0L));
        update.Prepare();
        foreach (var item in items)
        {
            text.Value = PetitionTexts.Answer(random, item.Topic);
            id.Value = item.Id;
            update.ExecuteNonQuery();
        }
        tx.Commit();
        Console.WriteLine($"Answers of {items.Count:N0} follow-up items written in {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The search entries of every conference that has none, with progress.</summary>
    public static async Task BuildEntriesAsync(string file)
    {
        var watch = Stopwatch.StartNew();
        await using var db = Db.Context(file);
        var built = await SearchEntriesBuilder.BuildMissingAsync(db, (done, total) =>
        {
            if (done % 10_000 < 2_000 || done == total)
                Console.WriteLine($"  search: {done:N0}/{total:N0} conferences ({watch.Elapsed.TotalSeconds:0} s)");
        });
        if (built > 0) Console.WriteLine($"Search entries of {built:N0} conferences built in {watch.Elapsed.TotalSeconds:0} s");
    }
}
