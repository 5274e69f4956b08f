using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// What every follow-up use case shares: finding live items, today's date, the stamp of who acts, and saving only
/// over the version the user saw. The rules themselves are the item's (<c>Domain/FollowUp/FollowUpItem.Life.cs</c>).
/// </summary>
public sealed class FollowUpRecords(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string Conflict = "Nội dung này vừa được người khác cập nhật. Trang đã được tải lại với tình trạng mới nhất; hãy thao tác lại.";

    public DateOnly Today => VietnamTime.Today(clock);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who acts, now.</summary>
    public Stamp Stamp() => new(UtcNow, actor.UserId, actor.UserName);

    /// <summary>Items whose conference still exists: deleting a conference takes its follow-up with it.</summary>
    public IQueryable<FollowUpItem> Live => db.FollowUps.Where(f => db.Conferences.Any(c => c.Id == f.ConferenceId));

    public Task<FollowUpItem?> FindAsync(int id) => Live.FirstOrDefaultAsync(f => f.Id == id);

    public Task<List<FollowUpItem>> FindManyAsync(IEnumerable<int> ids) => Live.Where(f => ids.Contains(f.Id)).ToListAsync();

    /// <summary>Saves over the version the user saw; null when saved, else the message shown to them.</summary>
    public async Task<string?> SaveAsync(FollowUpItem item, Guid version) => await db.TrySaveAsync(item, version) ? null : Conflict;
}
