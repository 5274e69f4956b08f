namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps the words index in step with the records (ADR 0019, ADR 0011): every conference a save touches has its
/// search entries rebuilt by the follow-up save, in the same transaction, so a saved petition is found at once and a
/// deleted one is gone at once.
/// </summary>
public sealed class SearchEntriesInterceptor(FollowUpSave followUp) : SaveTimeInterceptor
{
    private SearchEntriesBuilder.Touched? _touched;

    protected override async Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var touched = SearchEntriesBuilder.Collect(db.ChangeTracker);
        _touched = touched.Any ? touched : null;
        if (_touched is not null) await followUp.JoinAsync(db, cancellationToken);
    }

    protected override async Task SavedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_touched is not { } touched) return;
        _touched = null;
        await SearchEntriesBuilder.RebuildAsync(db, await touched.AfterSaveAsync(db, cancellationToken), cancellationToken);
        await followUp.DoneAsync(db, cancellationToken);
    }
}
