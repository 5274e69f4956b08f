using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.News;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// Every few seconds (setting <c>News:FlushSeconds</c>, 5 unless set) and once more at shutdown: writes the
/// buffered view counts (one UPDATE per post viewed meanwhile) and the visit total, and evicts the cached
/// public pages when a scheduled post has come due.
/// </summary>
public sealed class NewsCounterFlusher(IServiceScopeFactory scopes, ViewBuffer views, VisitorCounter visitors, TimeProvider clock,
    IConfiguration configuration, ILogger<NewsCounterFlusher> logger) : BackgroundService
{
    public const string VisitsCounter = "visits";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTime _checkedDueUntilUtc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Max(1, configuration.GetValue("News:FlushSeconds", 5));
        _checkedDueUntilUtc = clock.GetUtcNow().UtcDateTime;
        try { await LoadTotalAsync(stoppingToken); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Could not read the visit total"); }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { await FlushAsync(stoppingToken); await EvictWhenScheduledPostsAreDueAsync(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "News counters not flushed; retrying"); }
            }
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try { await FlushAsync(CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "News counters not flushed at shutdown"); }
    }

    /// <summary>Writes what was counted since the last flush; on failure the counts go back into the buffer.</summary>
    public async Task FlushAsync(CancellationToken cancel = default)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            var batch = views.Drain();
            var visits = visitors.DrainVisits();
            if (batch.Count == 0 && visits == 0) return;
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                foreach (var (slug, count) in batch)
                    await db.NewsPosts.Where(p => p.Slug == slug)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.ViewCount, p => p.ViewCount + count), cancel);
                if (visits > 0)
                {
                    var updated = await db.SiteCounters.Where(c => c.Name == VisitsCounter)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + visits), cancel);
                    if (updated == 0)
                    {
                        db.SiteCounters.Add(new SiteCounter { Name = VisitsCounter, Value = visits });
                        await db.SaveChangesAsync(cancel);
                    }
                    visitors.Persisted(await db.SiteCounters.Where(c => c.Name == VisitsCounter).Select(c => c.Value).FirstAsync(cancel));
                }
                visitors.Prune();
            }
            catch
            {
                foreach (var (slug, count) in batch) views.Add(slug, count);
                visitors.Restore(visits);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadTotalAsync(CancellationToken cancel)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        visitors.Persisted(await db.SiteCounters.Where(c => c.Name == VisitsCounter).Select(c => c.Value).FirstOrDefaultAsync(cancel));
    }

    private async Task EvictWhenScheduledPostsAreDueAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var from = _checkedDueUntilUtc;
        var due = await db.NewsPosts.AnyAsync(p => p.State == NewsPostState.Published && p.PublishAtUtc > from && p.PublishAtUtc <= now, cancel);
        _checkedDueUntilUtc = now;
        if (due) await scope.ServiceProvider.GetRequiredService<NewsCache>().EvictAsync(cancel);
    }
}
