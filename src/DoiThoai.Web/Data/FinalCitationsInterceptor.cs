namespace DoiThoai.Web.Data;

/// <summary>Final minutes keep the catalogue text they cite (ADR 0007): <see cref="FinalCitations"/> takes it on each save.</summary>
public sealed class FinalCitationsInterceptor : SaveTimeInterceptor
{
    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // The save-time work reads the tracker: every change made to tracked records must be seen first.
        db.ChangeTracker.DetectChanges();
        return FinalCitations.TakeAsync(db, cancellationToken);
    }
}
