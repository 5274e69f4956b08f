using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// The first save of a form post writes the form's one-time key in the same transaction (ADR 0008). When another
/// post of the same form saved first, the key's unique index fails this save, nothing of it is written, and
/// <see cref="FormAlreadySubmittedException"/> lets the caller answer as the first post did.
/// </summary>
public sealed class FormKeyInterceptor(IFormKeySource formKeys, TimeProvider clock) : SaveTimeInterceptor
{
    private FormSubmission? _claim;

    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Taken anew on each save: a save refused for a conflict may have cleared the tracker, key included.
        _claim = formKeys.IsClaimed || formKeys.Current is not { } current ? null
            : db.ChangeTracker.Entries<FormSubmission>().FirstOrDefault(e => e.Entity.Key == current.Key)?.Entity
              ?? db.FormSubmissions.Add(new FormSubmission { Key = current.Key, UserId = current.UserId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        return Task.CompletedTask;
    }

    protected override Task SavedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_claim is null) return Task.CompletedTask;
        _claim = null;
        formKeys.MarkClaimed();
        return Task.CompletedTask;
    }

    // Registered after FollowUpSave, so that a transaction it opened has been rolled back when the key is looked for.
    protected override async Task FailedAsync(AppDbContext db, Exception exception)
    {
        if (_claim is not { } claim) return;
        _claim = null;
        if (exception is not DbUpdateException || exception is DbUpdateConcurrencyException) return;
        db.Entry(claim).State = EntityState.Detached;
        if (await db.FormSubmissions.AsNoTracking().AnyAsync(s => s.Key == claim.Key))
            throw new FormAlreadySubmittedException(claim.Key, exception);
    }
}
