namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps the per-conference figures the dashboards read (ADR 0004, ADR 0011): every conference a save touches has
/// its figures locked before the save and rebuilt by the follow-up save, in the same transaction.
/// </summary>
public sealed class ConferenceFiguresInterceptor(FollowUpSave followUp) : SaveTimeInterceptor
{
    private ConferenceFiguresBuilder.Touched? _touched;

    protected override async Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var touched = ConferenceFiguresBuilder.Collect(db.ChangeTracker);
        _touched = touched.Any ? touched : null;
        if (_touched is null) return;
        await followUp.JoinAsync(db, cancellationToken);
        await ConferenceFiguresBuilder.LockAsync(db, touched.KnownIds, cancellationToken);
    }

    protected override async Task SavedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_touched is not { } touched) return;
        _touched = null;
        await ConferenceFiguresBuilder.RebuildAsync(db, touched.AfterSave(), cancellationToken);
        await followUp.DoneAsync(db, cancellationToken);
    }
}
