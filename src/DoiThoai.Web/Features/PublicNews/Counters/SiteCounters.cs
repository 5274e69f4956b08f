using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.News;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicNews.Counters;

/// <summary>Named running totals in the <c>SiteCounters</c> table, which every node adds to.</summary>
public static class SiteCounters
{
    /// <summary>
    /// Adds <paramref name="by"/> to the counter, creating its row the first time. When another node creates the
    /// row between our update and our insert, the insert fails on the key and the addition goes to that row.
    /// </summary>
    public static async Task IncrementAsync(AppDbContext db, string name, long by, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.SiteCounters.Where(c => c.Name == name)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + by), cancel);
            if (updated > 0) return;
            var counter = new SiteCounter { Name = name, Value = by };
            db.SiteCounters.Add(counter);
            try
            {
                await db.SaveChangesAsync(cancel);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.Entry(counter).State = EntityState.Detached;
            }
        }
    }
}
