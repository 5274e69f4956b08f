using DoiThoai.Web.Features.News;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.AspNetCore.OutputCaching;

namespace DoiThoai.Web.Features.PublicNews.Caching;

/// <summary>
/// The public news pages are kept twice in memory: in the output cache, all under one tag, and as complete
/// answers in the fast path's <see cref="NewsPageStore"/>. Any change to a post that the public may see (publish,
/// edit, unpublish, a comment approved, a vote) evicts both, so the change shows at once; and it bumps the
/// <see cref="GenerationCounter"/> row, so every other node sharing the database evicts its own at its next check
/// (<see cref="NewsCounterFlusher.CheckGenerationAsync"/>, every few seconds).
/// </summary>
public sealed class NewsCache(IOutputCacheStore store, NewsPageStore pages, IServiceScopeFactory scopes, ILogger<NewsCache> logger) : IPublicCopies
{
    public const string Tag = "news";
    public const string Pages = "news-pages";
    public const string Feeds = "news-feeds";
    public const string GenerationCounter = "news-generation";
    public static readonly TimeSpan PagesFor = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FeedsFor = TimeSpan.FromMinutes(10);

    /// <summary>Evicts here and tells the other nodes. The change is already saved: a failure to tell them is logged, not thrown.</summary>
    public async ValueTask EvictAsync(CancellationToken cancel = default)
    {
        await EvictHereAsync(cancel);
        try
        {
            await BumpGenerationAsync(cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Other nodes not told to evict their news pages; they will expire within {Minutes} minutes", FeedsFor.TotalMinutes);
        }
    }

    /// <summary>Evicts this node's copies only (another node's change, or a scheduled post come due, which every node sees for itself).</summary>
    public async ValueTask EvictHereAsync(CancellationToken cancel = default)
    {
        // Cleared before and after: a page read from the output cache while it is being evicted (a network round
        // trip with Redis) was stored under the first generation, and the second clear drops it.
        pages.Clear();
        await store.EvictByTagAsync(Tag, cancel);
        pages.Clear();
    }

    /// <summary>The query values that make a separate list page (its number, the search words); the feeds take none.</summary>
    private static readonly string[] PageQuery = ["page", "q"];

    public static TimeSpan Lifetime(string policy) => policy == Feeds ? FeedsFor : PagesFor;

    /// <summary>What the policy's cache key takes from the query, for the fast path's key to take the same.</summary>
    public static string[] VaryByQuery(string policy) => policy == Pages ? PageQuery : [];

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Pages, b => b.Expire(PagesFor).Tag(Tag).SetVaryByQuery(PageQuery));
        options.AddPolicy(Feeds, b => b.Expire(FeedsFor).Tag(Tag));
    }

    private async Task BumpGenerationAsync(CancellationToken cancel)
    {
        using var scope = scopes.CreateScope();
        await SiteCounters.IncrementAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), GenerationCounter, 1, cancel);
    }
}
