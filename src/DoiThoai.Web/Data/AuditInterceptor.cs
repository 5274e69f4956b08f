namespace DoiThoai.Web.Data;

/// <summary>
/// The audit trail (ADR 0003, ADR 0011): one entry per changed domain record, written by the follow-up save in the
/// same transaction as the change. Events added with <see cref="AppDbContext.AddAuditEvent"/> are stamped here with
/// who and when, like every other entry.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock, FollowUpSave followUp) : SaveTimeInterceptor
{
    private List<AuditTrail.PendingAudit> _pending = [];

    protected override async Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in db.ChangeTracker.Entries<Domain.AuditEntry>())
            if (entry.State == Microsoft.EntityFrameworkCore.EntityState.Added && entry.Entity.AtUtc == default)
                AuditTrail.Stamp(entry.Entity, actor, now);

        _pending = AuditTrail.Collect(db.ChangeTracker, actor, now);
        if (_pending.Count > 0) await followUp.JoinAsync(db, cancellationToken);
    }

    protected override async Task SavedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        var pending = _pending;
        _pending = [];
        db.AuditEntries.AddRange(pending.Select(p => p.Complete()));
        await followUp.DoneAsync(db, cancellationToken);
    }
}
