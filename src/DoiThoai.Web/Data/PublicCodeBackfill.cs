using System.Diagnostics;
using System.Text;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Codes for the petitions and content items recorded before codes existed, given once at start-up (ADR 0022). A
/// generated migration cannot draw from a cryptographic generator, so the rows are walked by id in batches, each
/// written by one statement that joins a list of (id, code) pairs; the ids and codes are ours (integers and letters of
/// <see cref="PublicCode.Alphabet"/>), so the statement is written out rather than parameterized past the providers'
/// parameter limits. A batch that meets a code already taken (about once in 10^8 batches) is drawn again.
/// The statement bypasses the save-time work on purpose: the code is not audited and changes no figure (ADR 0003).
/// </summary>
public static class PublicCodeBackfill
{
    public const int BatchSize = 1000;

    /// <summary>Fills the missing codes; returns how many rows got one.</summary>
    public static async Task<int> FillMissingAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var petitions = await FillAsync(db, db.Petitions.IgnoreQueryFilters(), typeof(Petition), logger, cancellationToken);
        var items = await FillAsync(db, db.FollowUps.IgnoreQueryFilters(), typeof(FollowUpItem), logger, cancellationToken);
        if (petitions + items > 0)
            logger.LogInformation("Gave codes to {Petitions} petitions and {Items} content items in {Seconds:0.0} s",
                petitions, items, watch.Elapsed.TotalSeconds);
        return petitions + items;
    }

    private static async Task<int> FillAsync<T>(AppDbContext db, IQueryable<T> rows, Type type, ILogger logger, CancellationToken cancellationToken)
        where T : Domain.DomainRecord, IHasPublicCode
    {
        if (!await rows.AnyAsync(r => r.Code == null, cancellationToken)) return 0;
        var table = db.Model.FindEntityType(type)!.GetTableName()!;
        var sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
        int done = 0, last = 0;
        while (true)
        {
            var ids = await rows.Where(r => r.Id > last && r.Code == null).OrderBy(r => r.Id).Select(r => r.Id)
                .Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) break;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await db.Database.ExecuteSqlRawAsync(Statement(table, ids, sqlServer), cancellationToken);
                    break;
                }
                catch (Exception exception) when (attempt < 3 && exception is System.Data.Common.DbException)
                {
                    logger.LogWarning("A drawn code was already taken in {Table}; drawing the batch again", table);
                }
            }
            done += ids.Count;
            last = ids[^1];
            if (done % 100_000 < BatchSize) logger.LogInformation("Codes given in {Table}: {Done}", table, done);
        }
        return done;
    }

    private static string Statement(string table, IReadOnlyList<int> ids, bool sqlServer)
    {
        var values = new StringBuilder();
        foreach (var id in ids)
            values.Append(values.Length == 0 ? "" : ",").Append('(').Append(id).Append(",'").Append(PublicCode.New()).Append("')");
        return sqlServer
            ? $"UPDATE t SET [Code] = v.[Code] FROM [{table}] AS t JOIN (VALUES {values}) AS v([Id], [Code]) ON t.[Id] = v.[Id] WHERE t.[Code] IS NULL"
            : $"UPDATE \"{table}\" SET \"Code\" = v.column2 FROM (VALUES {values}) AS v WHERE \"{table}\".\"Id\" = v.column1 AND \"{table}\".\"Code\" IS NULL";
    }
}
