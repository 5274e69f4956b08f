using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// SQLite's planner picks the follow-up list's index from the table's statistics (ADR 0017): without them it reads a
/// district's million items through the unit indexes and sorts them, with them it walks the list's order and stops
/// after a page. The first start after the list indexes were added gathers them once, over the whole table (a sample,
/// <c>analysis_limit</c>, caps every count at the sample's size and misleads it: a few seconds at a district's ten years).
/// </summary>
public static class ListStatistics
{
    public static async Task EnsureAsync(AppDbContext db)
    {
        var hasStatistics = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync() > 0
            && await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE idx = 'IX_FollowUps_List_Deadline'").SingleAsync() > 0;
        if (!hasStatistics) await db.Database.ExecuteSqlRawAsync("ANALYZE FollowUps;");
    }
}
