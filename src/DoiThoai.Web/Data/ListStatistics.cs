using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// SQLite's planner picks the follow-up list's index from the table's statistics (ADR 0017): without them it reads a
/// district's million items through the unit indexes and sorts them, with them it walks the list's order and stops
/// after a page. The catch-up (ADR 0023) gathers them when they are missing, or stale: the table has grown to more than
/// twice the rows they counted (an office's first years, a data load). Over the whole table: a sample
/// (<c>analysis_limit</c>) caps every count at the sample's size and misleads it. About 9 s at a district's ten years,
/// so never before the first answer: until then lists are slower, never wrong.
/// </summary>
public static class ListStatistics
{
    public const string ListIndex = "IX_FollowUps_List_Deadline";

    /// <summary>Runs ANALYZE on the follow-up items when their statistics are missing or stale; true when it ran.</summary>
    public static async Task<bool> RefreshIfNeededAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await NeedsRefreshAsync(db, cancellationToken)) return false;
        await db.Database.ExecuteSqlRawAsync("ANALYZE FollowUps;", cancellationToken);
        return true;
    }

    /// <summary>Cheap: one row of <c>sqlite_stat1</c> (its first number is the rows counted) and a count over the smallest index.</summary>
    public static async Task<bool> NeedsRefreshAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'")
                .SingleAsync(cancellationToken) == 0)
            return true;
        // One row per index; read as a list, since EF cannot see the filter inside raw SQL and would warn of a First without one.
        var stat = (await db.Database.SqlQueryRaw<string>("SELECT stat AS Value FROM sqlite_stat1 WHERE idx = {0}", ListIndex)
            .ToListAsync(cancellationToken)).FirstOrDefault();
        if (stat is null || !long.TryParse(stat.Split(' ')[0], out var counted)) return true;
        var rows = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM FollowUps").SingleAsync(cancellationToken);
        return rows > 2 * counted + 1_000;
    }
}
