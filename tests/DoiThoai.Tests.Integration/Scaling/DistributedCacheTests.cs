using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Scaling;

/// <summary>
/// A node with the portal's cache registration and, when <c>DOITHOAI_TEST_REDIS</c> names a Redis server
/// (host:port), "Redis:Configuration" set to it, as a deployment with several nodes would.
/// </summary>
public sealed class CacheNodePortal : PortalFactory
{
    public const string RedisVariable = "DOITHOAI_TEST_REDIS";

    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis ? redis : null;

    protected override IDictionary<string, string?> Settings => Redis is { } redis
        ? new Dictionary<string, string?> { ["Redis:Configuration"] = redis }
        : new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The same call Program.cs makes; registering it twice changes nothing.
        builder.ConfigureServices((context, services) => services.AddDoiThoaiDistributedCache(context.Configuration));
    }
}

public sealed class DistributedCacheTests : IAsyncLifetime
{
    private readonly CacheNodePortal _first = new();
    private readonly CacheNodePortal _second = new();

    public ValueTask InitializeAsync()
    {
        // CI starts a Redis and says it must be used, so a Redis that failed to start is a failure, not a quiet fallback.
        if (Environment.GetEnvironmentVariable("DOITHOAI_REQUIRE_REDIS") == "1" && CacheNodePortal.Redis is null)
            Assert.Fail("DOITHOAI_REQUIRE_REDIS=1 but DOITHOAI_TEST_REDIS names no Redis server.");
        _first.CreateClient();
        _second.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task The_cache_is_shared_by_the_nodes_with_redis_and_kept_per_node_without()
    {
        var token = TestContext.Current.CancellationToken;
        var key = "test-" + Guid.NewGuid().ToString("N");
        var writer = _first.Services.GetRequiredService<IDistributedCache>();
        var reader = _second.Services.GetRequiredService<IDistributedCache>();
        await writer.SetStringAsync(key, "Kỳ Phương", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) }, token);

        if (CacheNodePortal.Redis is null)
        {
            // Without Redis: the in-memory cache, so another node does not see the item.
            Assert.IsType<MemoryDistributedCache>(writer);
            Assert.Equal("Kỳ Phương", await writer.GetStringAsync(key, token));
            Assert.Null(await reader.GetStringAsync(key, token));
        }
        else
        {
            Assert.IsAssignableFrom<RedisCache>(writer);
            Assert.Equal("Kỳ Phương", await reader.GetStringAsync(key, token));
            await reader.RemoveAsync(key, token);
            Assert.Null(await writer.GetStringAsync(key, token));
        }
    }

    [Fact]
    public async Task Output_cache_entries_and_their_tag_eviction_reach_every_node_with_redis_and_stay_on_one_without()
    {
        var token = TestContext.Current.CancellationToken;
        var (key, tag) = ("page-" + Guid.NewGuid().ToString("N"), "tag-" + Guid.NewGuid().ToString("N"));
        var first = _first.Services.GetRequiredService<IOutputCacheStore>();
        var second = _second.Services.GetRequiredService<IOutputCacheStore>();
        byte[] page = [1, 2, 3];
        await first.SetAsync(key, page, [tag], TimeSpan.FromMinutes(5), token);

        if (CacheNodePortal.Redis is null)
        {
            Assert.DoesNotContain("Redis", first.GetType().Name);
            Assert.Equal(page, await first.GetAsync(key, token));
            Assert.Null(await second.GetAsync(key, token));
            return;
        }

        Assert.Contains("Redis", first.GetType().Name);
        Assert.Equal(page, await second.GetAsync(key, token));
        // A publication on the second node evicts the page that the first node cached.
        await second.EvictByTagAsync(tag, token);
        Assert.Null(await first.GetAsync(key, token));
    }
}
