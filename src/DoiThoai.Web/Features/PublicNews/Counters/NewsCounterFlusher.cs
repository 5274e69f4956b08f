using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.PublicNews.Caching;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicNews.Counters;

/// <summary>
/// Every few seconds (setting <c>News:FlushSeconds</c>, 5 unless set) and once more at shutdown: writes the
/// buffered view counts (one UPDATE per post viewed meanwhile) and the visit total; evicts this node's cached
/// public pages when a scheduled post has come due or another node has evicted its own (the
/// <see cref="NewsCache.GenerationCounter"/> row changed); and logs once a minute how many pages the fast path served.
/// </summary>
public sealed class NewsCounterFlusher(IServiceScopeFactory scopes, ViewBuffer views, VisitorCounter visitors, NewsPageStore pages,
    TimeProvider clock, IConfiguration configuration, ILogger<NewsCounterFlusher> logger) : BackgroundService
{
    public const string VisitsCounter = "visits";
    private static readonly TimeSpan HitSummaryEvery = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _generationGate = new(1, 1);
    private DateTime _checkedDueUntilUtc;
    private long? _seenGeneration; // read and written only inside _generationGate
    private long _hitsLogged;
    private DateTimeOffset _hitsLoggedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Max(1, configuration.GetValue("News:FlushSeconds", 5));
        _checkedDueUntilUtc = clock.GetUtcNow().UtcDateTime;
        _hitsLoggedAt = clock.GetUtcNow();
        try { await LoadTotalAsync(stoppingToken); await CheckGenerationAsync(stoppingToken); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Could not read the visit total or the news generation"); }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                    await EvictWhenScheduledPostsAreDueAsync(stoppingToken);
                    await CheckGenerationAsync(stoppingToken);
                    LogFastPathHits();
                }
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
                    await SiteCounters.IncrementAsync(db, VisitsCounter, visits, cancel);
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
        if (due) await scope.ServiceProvider.GetRequiredService<NewsCache>().EvictHereAsync(cancel);
    }

    /// <summary>
    /// Evicts this node's public pages when another node (or this one) has evicted since the last look, or when
    /// this is the first look. Returns whether it evicted. Called every few seconds; tests call it directly.
    /// </summary>
    public async Task<bool> CheckGenerationAsync(CancellationToken cancel = default)
    {
        // One check at a time: two that both read the new generation would both evict and both report it.
        await _generationGate.WaitAsync(cancel);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var generation = await db.SiteCounters.Where(c => c.Name == NewsCache.GenerationCounter).Select(c => c.Value).FirstOrDefaultAsync(cancel);
            if (_seenGeneration == generation) return false;
            await scope.ServiceProvider.GetRequiredService<NewsCache>().EvictHereAsync(cancel);
            _seenGeneration = generation;
            return true;
        }
        finally
        {
            _generationGate.Release();
        }
    }

    /// <summary>Fast-path hits skip the per-request log line; their number is logged here instead, once a minute when there were any.</summary>
    private void LogFastPathHits()
    {
        var now = clock.GetUtcNow();
        if (now - _hitsLoggedAt < HitSummaryEvery) return;
        var hits = pages.Hits;
        if (hits > _hitsLogged)
            logger.LogInformation("Public news: {Hits} pages served from memory in the last {Seconds:0} s ({Pages} pages, {Kilobytes:0} KB kept)",
                hits - _hitsLogged, (now - _hitsLoggedAt).TotalSeconds, pages.Count, pages.Bytes / 1024.0);
        _hitsLogged = hits;
        _hitsLoggedAt = now;
    }
}
