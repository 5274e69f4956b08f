using Microsoft.AspNetCore.OutputCaching;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// The public news pages come from the output cache, all under one tag: any change to a post that the
/// public may see (publish, edit, unpublish, a comment approved, a vote) evicts them, so the change shows at once.
/// </summary>
public sealed class NewsCache(IOutputCacheStore store)
{
    public const string Tag = "news";
    public const string Pages = "news-pages";
    public const string Feeds = "news-feeds";

    public ValueTask EvictAsync(CancellationToken cancel = default) => store.EvictByTagAsync(Tag, cancel);

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Pages, b => b.Expire(TimeSpan.FromMinutes(5)).Tag(Tag).SetVaryByQuery("page", "q"));
        options.AddPolicy(Feeds, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(Tag));
    }
}
