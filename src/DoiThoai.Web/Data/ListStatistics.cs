using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// SQLite's planner picks the follow-up list's index from the table's statistics (ADR 0017): without them it reads a
/// district's million items through the unit indexes and sorts them, with them it walks the list's order and stops
/// after a page. The catch-up (ADR 0023) gathers them when they are missing (for any index, so also one a migration adds), or stale: the table has grown to more than
/// twice the rows they counted (an office's first years, a data load). Over the whole table: a sample
/// (<c>analysis_limit</c>) caps every count at the sample's size and misleads it. About 9 s at a district's ten years,
/// so never before the first answer: until then lists are slower, never wrong.
/// </summary>
public static class ListStatistics
{
    public const string ListIndex = "IX_FollowUps_List_Deadline";

    /// <summary>
    /// The tables whose lists' plans hang on statistics: the follow-up items, and the conferences, whose
    /// <c>IX_Conferences_HeldOn_IsDeleted</c> the list sorted by conference date walks only once it has statistics
    /// (11 s for a district's first page without them, 34 ms with); and the notices, whose item-and-date index a
    /// commune's list reads only once it has statistics (without them SQLite prefers the once-only index it knows).
    /// </summary>
    public static readonly IReadOnlyList<string> Tables = ["FollowUps", "Conferences", "FollowUpNotices"];

    /// <summary>Runs ANALYZE on each of <see cref="Tables"/> whose statistics are missing or stale; true when one ran.</summary>
    public static async Task<bool> RefreshIfNeededAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var ran = false;
        foreach (var table in Tables)
        {
            if (!await NeedsRefreshAsync(db, table, cancellationToken)) continue;
            // The name comes from the constant list above, never from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"ANALYZE \"{table}\";", cancellationToken);
#pragma warning restore EF1002
            ran = true;
        }
        return ran;
    }

    /// <summary>True when any of <see cref="Tables"/> needs its statistics gathered.</summary>
    public static async Task<bool> NeedsRefreshAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        foreach (var table in Tables)
            if (await NeedsRefreshAsync(db, table, cancellationToken)) return true;
        return false;
    }

    /// <summary>
    /// Cheap: missing when an index of the table has no row in <c>sqlite_stat1</c> (no ANALYZE yet, or an index a
    /// migration added since); stale when the follow-up items have grown to more than twice the rows counted (the first
    /// number of the list index's row) and a count over the smallest index says so.
    /// </summary>
    public static async Task<bool> NeedsRefreshAsync(AppDbContext db, string table, CancellationToken cancellationToken = default)
    {
        if (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'")
                .SingleAsync(cancellationToken) == 0)
            return true;
        var unanalysed = await db.Database.SqlQueryRaw<int>("""
            SELECT COUNT(*) AS Value FROM sqlite_master AS m
            WHERE m.type = 'index' AND m.tbl_name = {0} AND m.name NOT LIKE 'sqlite_autoindex%'
              AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.idx = m.name)
            """, table).SingleAsync(cancellationToken);
        // SQLite writes no row for the indexes of an empty table: nothing to count there, so not missing.
#pragma warning disable EF1002
        if (unanalysed > 0) return await db.Database.SqlQueryRaw<int>($"SELECT EXISTS (SELECT 1 FROM \"{table}\") AS Value").SingleAsync(cancellationToken) == 1;
#pragma warning restore EF1002
        if (table != "FollowUps") return false;
        // One row per index; read as a list, since EF cannot see the filter inside raw SQL and would warn of a First without one.
        var stat = (await db.Database.SqlQueryRaw<string>("SELECT stat AS Value FROM sqlite_stat1 WHERE idx = {0}", ListIndex)
            .ToListAsync(cancellationToken)).FirstOrDefault();
        if (stat is null || !long.TryParse(stat.Split(' ')[0], out var counted)) return true;
        var rows = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM FollowUps").SingleAsync(cancellationToken);
        return rows > 2 * counted + 1_000;
    }
}
