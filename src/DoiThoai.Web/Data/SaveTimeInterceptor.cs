using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DoiThoai.Web.Data;

/// <summary>
/// One piece of save-time work (ADR 0011). EF calls the synchronous hooks from <c>SaveChanges</c> and the
/// asynchronous ones from <c>SaveChangesAsync</c>; the work is written once, asynchronously, and both lead to it.
/// </summary>
public abstract class SaveTimeInterceptor : SaveChangesInterceptor
{
    /// <summary>Before the rows are written: the changes are in the tracker, added records have no key yet.</summary>
    protected virtual Task SavingAsync(AppDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the rows are written (generated keys are known), still inside the save.</summary>
    protected virtual Task SavedAsync(AppDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>When the save failed; nothing of it was written.</summary>
    protected virtual Task FailedAsync(AppDbContext db, Exception exception) => Task.CompletedTask;

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await SavingAsync(ContextOf(eventData), cancellationToken);
        return result;
    }

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SavingAsync(ContextOf(eventData), CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public sealed override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(ContextOf(eventData), cancellationToken);
        return result;
    }

    public sealed override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(ContextOf(eventData), CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public sealed override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        FailedAsync(ContextOf(eventData), eventData.Exception);

    public sealed override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        FailedAsync(ContextOf(eventData), eventData.Exception).GetAwaiter().GetResult();

    private static AppDbContext ContextOf(DbContextEventData eventData) => (AppDbContext)eventData.Context!;
}
