using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps each follow-up item's <see cref="FollowUpItem.TopicId"/> equal to its petition's (ADR 0027): a new item takes
/// its petition's topic, and a petition whose topic changes passes it to its items in the same save. A split item copies
/// it from the item it came from (<c>FollowUpItem.Split</c>); conclusion items have none.
/// </summary>
public sealed class FollowUpTopicsInterceptor : SaveTimeInterceptor
{
    protected override async Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries<FollowUpItem>())
        {
            if (entry.State == EntityState.Added && entry.Entity.Petition is { } petition) entry.Entity.TopicId = petition.TopicId;
        }
        var retopiced = db.ChangeTracker.Entries<Petition>()
            .Where(e => e.State == EntityState.Modified && e.Property(p => p.TopicId).IsModified)
            .ToDictionary(e => e.Entity.Id, e => e.Entity.TopicId);
        if (retopiced.Count == 0) return;
        var ids = retopiced.Keys.ToList();
        // Deleted items too: one restored later must not come back with the old topic.
        var items = await db.FollowUps.IgnoreQueryFilters()
            .Where(f => f.PetitionId != null && ids.Contains(f.PetitionId.Value)).ToListAsync(cancellationToken);
        foreach (var item in items) item.TopicId = retopiced[item.PetitionId!.Value];
    }
}
