using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DoiThoai.Web.Data;

/// <summary>
/// The second save that writes rows made from a save's result: audit entries need the keys of added records, figures
/// count the records as saved. Both saves run in one transaction, so a failed save leaves neither. Work that has rows
/// to add joins before the save and is done after it; the last to be done writes all the rows and commits.
/// One per context, registered first so that it runs before the work that joins it.
/// </summary>
public sealed class FollowUpSave : SaveTimeInterceptor
{
    private IDbContextTransaction? _own;
    private int _waiting;
    private bool _writing;

    // A save refused for a conflict (DbUpdateConcurrencyException) can end without the failure reaching the
    // interceptors: its transaction is then still open and its work still waiting. It wrote nothing, so the next save
    // of the context starts by rolling it back (SaveTimeWorkTests).
    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        _writing ? Task.CompletedTask : AbandonAsync();

    protected override Task FailedAsync(AppDbContext db, Exception exception) => AbandonAsync();

    /// <summary>Opens the transaction when the caller has none, so that work done before the save (a lock) is in it.</summary>
    public async Task JoinAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_waiting++ == 0 && db.Database.CurrentTransaction is null)
            _own = await db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Called by each joined piece of work once its rows are added.</summary>
    public async Task DoneAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_waiting == 0 || --_waiting > 0) return;
        var written = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        _writing = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (_own is not null) await _own.CommitAsync(cancellationToken);
        }
        finally
        {
            _writing = false;
            await AbandonAsync();
            // Figures are rewritten from the database on each save and entries are never read back through the
            // context: tracked copies would only collide with the next rebuild.
            foreach (var entry in written) entry.State = EntityState.Detached;
        }
    }

    /// <summary>The save failed: the transaction this opened is rolled back.</summary>
    private async Task AbandonAsync()
    {
        _waiting = 0;
        if (_own is null) return;
        await _own.DisposeAsync();
        _own = null;
    }
}
