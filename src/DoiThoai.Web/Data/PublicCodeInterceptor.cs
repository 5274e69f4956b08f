using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Gives every new petition, content item and sent question its code (<see cref="PublicCode"/>), whichever path adds
/// it (minutes, import, split, a question raised): a row that already has one (a raised question's) keeps it. Rows
/// older than the codes get theirs from <see cref="PublicCodeBackfill"/> in the catch-up after start (ADR 0023).
/// </summary>
public sealed class PublicCodeInterceptor : SaveTimeInterceptor
{
    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries<IHasPublicCode>())
            if (entry.State == EntityState.Added && entry.Entity.Code is null)
                entry.Entity.Code = PublicCode.New();
        return Task.CompletedTask;
    }
}
