using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// The rules every domain record follows on each save (ADR 0003): a delete hides the record instead of removing
/// it, a change gets a new concurrency token, and folded search text follows the record's text.
/// </summary>
public sealed class RecordRulesInterceptor(TimeProvider clock) : SaveTimeInterceptor
{
    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in db.ChangeTracker.Entries<DomainRecord>())
        {
            if (entry.State == EntityState.Deleted)
            {
                // Domain records are never removed: they are hidden and stay in the history.
                entry.State = EntityState.Modified;
                entry.Entity.IsDeleted = true;
                entry.Entity.DeletedAtUtc = now;
            }

            if (entry.State == EntityState.Modified) entry.Entity.Version = Guid.NewGuid();
        }

        foreach (var entry in db.ChangeTracker.Entries<IHasSearchText>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshSearchText();
        }
        return Task.CompletedTask;
    }
}
