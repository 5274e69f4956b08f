using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// Deletes form keys older than a day, every hour. Every node may run it: deleting old rows twice changes nothing,
/// so it needs no job lease (ADR 0006).
/// </summary>
public sealed class FormSubmissionPurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FormSubmissionPurge> logger) : BackgroundService
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public static Task<int> PurgeAsync(AppDbContext db, DateTime nowUtc) =>
        db.FormSubmissions.Where(s => s.CreatedAtUtc < nowUtc - KeptFor).ExecuteDeleteAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await PurgeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), clock.GetUtcNow().UtcDateTime);
                if (removed > 0) logger.LogInformation("Purged {Count} form keys older than a day", removed);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Purging old form keys failed; the next hour tries again");
            }
        }
    }
}
