using System.Diagnostics;
using System.Text;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Codes for the petitions and content items recorded before codes existed, given once by the catch-up (ADR 0022, 0023). A
/// generated migration cannot draw from a cryptographic generator, so the rows are walked by id in batches: on SQL
/// Server each batch is one statement joining a list of (id, code) pairs (ids and codes are ours, integers and letters
/// of <see cref="PublicCode.Alphabet"/>, so it is written out rather than parameterized past the parameter limit); on
/// SQLite one prepared update per row in a transaction per batch of 5,000. A batch that meets a code already taken (about once in 10^8 batches) is drawn again.
/// Until its row's turn a petition simply has no code: the lookup cannot find it and its receipt shows none.
/// The statement bypasses the save-time work on purpose: the code is not audited and changes no figure (ADR 0003).
/// </summary>
public static class PublicCodeBackfill
{
    public const int SqlServerBatch = 1000; // SQL Server's limit of rows in one VALUES list

    /// <summary>Larger batches, fewer commits; one still takes well under a second, so a user's save waits little behind it.</summary>
    public const int SqliteBatch = 5000;

    /// <summary>Fills the missing codes; returns how many rows got one. <paramref name="afterBatch"/> gets (done, total) of each table.</summary>
    public static async Task<int> FillMissingAsync(AppDbContext db, ILogger logger, Func<int, int, Task>? afterBatch = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var petitions = await FillAsync(db, db.Petitions.IgnoreQueryFilters(), typeof(Petition), afterBatch, logger, cancellationToken);
        var items = await FillAsync(db, db.FollowUps.IgnoreQueryFilters(), typeof(FollowUpItem), afterBatch, logger, cancellationToken);
        if (petitions + items > 0)
            logger.LogInformation("Gave codes to {Petitions} petitions and {Items} content items in {Seconds:0.0} s",
                petitions, items, watch.Elapsed.TotalSeconds);
        return petitions + items;
    }

    private static async Task<int> FillAsync<T>(AppDbContext db, IQueryable<T> rows, Type type, Func<int, int, Task>? afterBatch,
        ILogger logger, CancellationToken cancellationToken)
        where T : Domain.DomainRecord, IHasPublicCode
    {
        if (!await rows.AnyAsync(r => r.Code == null, cancellationToken)) return 0;
        var table = db.Model.FindEntityType(type)!.GetTableName()!;
        var sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
        var batchSize = sqlServer ? SqlServerBatch : SqliteBatch;
        // One scan, for the progress in the log only: a user's new record gets its code at its own save.
        var total = await rows.CountAsync(r => r.Code == null, cancellationToken);
        int done = 0, last = 0;
        while (true)
        {
            var ids = await rows.AsNoTracking().Where(r => r.Id > last && r.Code == null).OrderBy(r => r.Id).Select(r => r.Id)
                .Take(batchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) break;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    if (sqlServer) await db.Database.ExecuteSqlRawAsync(Statement(table, ids), cancellationToken);
                    else await WriteOneByOneAsync(db, table, ids, cancellationToken);
                    break;
                }
                catch (Exception exception) when (attempt < 3 && exception is System.Data.Common.DbException)
                {
                    logger.LogWarning("A drawn code was already taken in {Table}; drawing the batch again", table);
                }
            }
            done += ids.Count;
            last = ids[^1];
            if (afterBatch is not null) await afterBatch(done, Math.Max(done, total));
        }
        return done;
    }

    /// <summary>
    /// SQLite: one prepared statement per row in one transaction per batch, which SQLite runs far faster than a join
    /// against a list of values; the batch is all or nothing, so a taken code redraws it whole.
    /// </summary>
    private static async Task WriteOneByOneAsync(AppDbContext db, string table, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"UPDATE \"{table}\" SET \"Code\" = $code WHERE \"Id\" = $id AND \"Code\" IS NULL";
            var code = command.CreateParameter();
            code.ParameterName = "$code";
            var id = command.CreateParameter();
            id.ParameterName = "$id";
            command.Parameters.Add(code);
            command.Parameters.Add(id);
            foreach (var rowId in ids)
            {
                code.Value = PublicCode.New();
                id.Value = rowId;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Statement(string table, IReadOnlyList<int> ids)
    {
        var values = new StringBuilder();
        foreach (var id in ids)
            values.Append(values.Length == 0 ? "" : ",").Append('(').Append(id).Append(",'").Append(PublicCode.New()).Append("')");
        return $"UPDATE t SET [Code] = v.[Code] FROM [{table}] AS t JOIN (VALUES {values}) AS v([Id], [Code]) ON t.[Id] = v.[Id] WHERE t.[Code] IS NULL";
    }
}
