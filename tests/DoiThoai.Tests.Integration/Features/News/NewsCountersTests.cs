using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Caching;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.News;

/// <summary>An output cache on another server, as with Redis: an eviction is a round trip, during which other work goes on.</summary>
public sealed class RemoteOutputCacheStore : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => await Task.Delay(50, cancellationToken);
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);
    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

public sealed class RemoteCacheNewsFactory : NewsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IOutputCacheStore, RemoteOutputCacheStore>());
    }
}

/// <summary>
/// The shared counters behind the news pages when several nodes (here: flushers of their own, never started, so
/// only the test calls them) write and read them at the same moment.
/// </summary>
public class NewsCountersTests(RemoteCacheNewsFactory factory) : IClassFixture<RemoteCacheNewsFactory>
{
    // Started (and seeded) here, once, before any test's threads reach for it.
    private readonly IServiceProvider _services = factory.Services;

    /// <summary>A flusher as another node has it: its own visit count and view buffer, on the same database.</summary>
    private NewsCounterFlusher Node(VisitorCounter visitors) =>
        ActivatorUtilities.CreateInstance<NewsCounterFlusher>(_services, visitors, new ViewBuffer());

    private Task<long?> CounterAsync(string name) =>
        factory.WithDbAsync(db => db.SiteCounters.Where(c => c.Name == name).Select(c => (long?)c.Value).SingleOrDefaultAsync());

    [Fact]
    public async Task Nodes_flushing_their_first_visits_at_once_all_add_to_one_new_total()
    {
        var token = TestContext.Current.CancellationToken;
        await factory.WithDbAsync(db => db.SiteCounters.Where(c => c.Name == NewsCounterFlusher.VisitsCounter).ExecuteDeleteAsync(token));
        var nodes = Enumerable.Range(1, 12).Select(visits =>
        {
            var visitors = new VisitorCounter(TimeProvider.System);
            visitors.Restore(visits);
            return Node(visitors);
        }).ToList();

        // All find no row and try to insert it: the losers must add to the winner's row, not fail.
        await Task.WhenAll(nodes.Select(node => Task.Run(() => node.FlushAsync(token), token)));

        Assert.Equal(Enumerable.Range(1, 12).Sum(), await CounterAsync(NewsCounterFlusher.VisitsCounter));
    }

    [Fact]
    public async Task Concurrent_increments_of_a_new_counter_lose_none()
    {
        var token = TestContext.Current.CancellationToken;
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];

        await Task.WhenAll(Enumerable.Range(1, 16).Select(by => Task.Run(async () =>
        {
            await using var scope = _services.CreateAsyncScope();
            await SiteCounters.IncrementAsync(scope.ServiceProvider.GetRequiredService<DoiThoai.Web.Data.AppDbContext>(), name, by, token);
        }, token)));

        Assert.Equal(Enumerable.Range(1, 16).Sum(), await CounterAsync(name));
    }

    [Fact]
    public async Task Of_many_concurrent_generation_checks_exactly_one_evicts()
    {
        var token = TestContext.Current.CancellationToken;
        var flusher = Node(new VisitorCounter(TimeProvider.System));
        async Task<bool[]> CheckAllAtOnceAsync() =>
            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => flusher.CheckGenerationAsync(token), token)));

        // The first look evicts once, whoever makes it.
        Assert.Single(await CheckAllAtOnceAsync(), evicted => evicted);
        Assert.False(await flusher.CheckGenerationAsync(token));

        // Another node evicted: this one evicts once more, not once per check that saw the change.
        await _services.GetRequiredService<NewsCache>().EvictAsync(token);
        Assert.Single(await CheckAllAtOnceAsync(), evicted => evicted);
        Assert.False(await flusher.CheckGenerationAsync(token));
    }
}
