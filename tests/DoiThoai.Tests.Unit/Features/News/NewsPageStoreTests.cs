using DoiThoai.Web.Features.PublicNews.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Configuration;

namespace DoiThoai.Tests.Unit.Features.News;

public class NewsPageStoreTests
{
    private static NewsPageStore Store(int entries = 100, int megabytes = 1) => new(new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?> { ["News:FastPathEntries"] = entries.ToString(), ["News:FastPathMegabytes"] = megabytes.ToString() }).Build());

    private static StoredNewsPage Page(int bytes, long expiresAtMs = long.MaxValue) =>
        new(new byte[bytes], "text/html; charset=utf-8", [], expiresAtMs, null, true);

    [Fact]
    public void A_kept_page_is_found_by_its_key_and_counted_as_a_hit()
    {
        var store = Store();
        Assert.True(store.TryAdd("http://portal/tin-tuc", Page(10), store.Generation, 0));
        Assert.True(store.TryGet("http://portal/tin-tuc", 0, out var page));
        Assert.Equal(10, page.Body.Length);
        Assert.False(store.TryGet("http://portal/tin-tuc/khac", 0, out _));
        Assert.Equal(1, store.Hits);
    }

    [Fact]
    public void A_page_made_while_the_store_was_emptied_is_refused()
    {
        var store = Store();
        var generation = store.Generation;
        store.Clear();
        Assert.False(store.TryAdd("http://portal/tin-tuc", Page(10), generation, 0));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void The_least_recently_used_pages_make_room_for_new_ones()
    {
        var store = Store(entries: 2);
        store.TryAdd("a", Page(10), store.Generation, nowMs: 1);
        store.TryAdd("b", Page(10), store.Generation, nowMs: 2);
        Assert.True(store.TryGet("a", 3, out _));
        store.TryAdd("c", Page(10), store.Generation, nowMs: 4);

        Assert.Equal(2, store.Count);
        Assert.True(store.TryGet("a", 5, out _));
        Assert.False(store.TryGet("b", 5, out _));
        Assert.True(store.TryGet("c", 5, out _));
    }

    [Fact]
    public void The_bytes_kept_stay_within_the_limit()
    {
        var store = Store(megabytes: 1);
        for (var i = 0; i < 10; i++) store.TryAdd($"page-{i}", Page(300 * 1024), store.Generation, i);
        Assert.True(store.Bytes <= store.MaxBytes, $"{store.Bytes} bytes kept");
        Assert.Equal(3, store.Count);
        Assert.False(store.TryAdd("too-big", Page(store.MaxEntryBytes + 1), store.Generation, 10));
    }

    [Fact]
    public void An_expired_page_is_dropped()
    {
        var store = Store();
        store.TryAdd("a", Page(10, expiresAtMs: 1000), store.Generation, 0);
        Assert.True(store.TryGet("a", 999, out _));
        Assert.False(store.TryGet("a", 1000, out _));
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Bytes);
    }

    [Fact]
    public void The_bytes_counted_match_the_pages_kept_however_reads_adds_and_clears_interleave()
    {
        var keys = Enumerable.Range(0, 8).Select(i => $"page-{i}").ToArray();
        // Races do not happen on demand: several rounds make a miscount all but certain to show if there is one.
        for (var round = 0; round < 8; round++)
        {
            var store = Store(entries: 16, megabytes: 1);
            var lowest = new long[3];
            // Thread 0 adds and clears, as renders and evictions do; the others read pages that have expired, which drops them.
            void Hammer(int thread)
            {
                var random = new Random(round * 10 + thread);
                lowest[thread] = long.MaxValue;
                for (var now = 1; now <= 200_000; now++)
                {
                    var key = keys[random.Next(keys.Length)];
                    if (thread > 0) store.TryGet(key, now, out _);
                    else if (random.Next(2) == 0) store.Clear();
                    else store.TryAdd(key, Page(1 + random.Next(1000), expiresAtMs: 0), store.Generation, now);
                    lowest[thread] = Math.Min(lowest[thread], store.Bytes);
                }
            }
            var threads = Enumerable.Range(0, lowest.Length).Select(thread => new Thread(() => Hammer(thread))).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(lowest, bytes => Assert.True(bytes >= 0, $"round {round}: {bytes} bytes counted"));
            // Nothing has expired at long.MinValue, so every page kept is found.
            var kept = keys.Select(k => store.TryGet(k, long.MinValue, out var page) ? page : null).OfType<StoredNewsPage>().ToList();
            Assert.Equal(kept.Count, store.Count);
            Assert.Equal(kept.Sum(p => (long)p.Body.Length), store.Bytes);
        }
    }

    [Theory]
    [InlineData("/tin-tuc", "", NewsCache.Pages, "http://portal/tin-tuc")]
    [InlineData("/tin-tuc/tim-kiem", "?q=doi+thoai&utm_source=zalo", NewsCache.Pages, "http://portal/tin-tuc/tim-kiem\u001epage0:\u001eq9:doi thoai")]
    [InlineData("/tin-tuc", "?PAGE=2", NewsCache.Pages, "http://portal/tin-tuc\u001epage1:2\u001eq0:")]
    [InlineData("/rss.xml", "?q=x", NewsCache.Feeds, "http://portal/rss.xml")]
    public void Keys_keep_only_what_the_output_cache_varies_by(string path, string query, string policy, string key)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("portal");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        Span<char> buffer = stackalloc char[512];
        Assert.True(NewsFastPath.TryWriteKey(context.Request, NewsCache.VaryByQuery(policy), buffer, out var length));
        Assert.Equal(key, buffer[..length].ToString());
    }

    [Fact]
    public void A_value_cannot_pass_for_another_query_value()
    {
        string Key(string query)
        {
            var context = new DefaultHttpContext();
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("portal");
            context.Request.Path = "/tin-tuc/tim-kiem";
            context.Request.QueryString = new QueryString(query);
            Span<char> buffer = stackalloc char[512];
            Assert.True(NewsFastPath.TryWriteKey(context.Request, NewsCache.VaryByQuery(NewsCache.Pages), buffer, out var length));
            return buffer[..length].ToString();
        }
        Assert.NotEqual(Key("?page=1&q=y"), Key("?page=" + Uri.EscapeDataString("1\u001eq1:y")));
    }

    [Fact]
    public void A_path_holding_a_separator_has_no_key_so_it_cannot_pass_for_a_page_with_a_query()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("portal");
        // What /tin-tuc/the/nuoc-sach%1Epage1:2%1Eq0: decodes to: the key of /tin-tuc/the/nuoc-sach?page=2.
        context.Request.Path = "/tin-tuc/the/nuoc-sach\u001epage1:2\u001eq0:";
        Span<char> buffer = stackalloc char[512];
        Assert.False(NewsFastPath.TryWriteKey(context.Request, NewsCache.VaryByQuery(NewsCache.Pages), buffer, out _));
    }

    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);

    private static readonly object[] Marked = [new ServedFromMemoryAttribute(), new OutputCacheAttribute { PolicyName = NewsCache.Pages }];

    [Theory]
    [InlineData("/tin-tuc", true)]
    [InlineData("/TIN-TUC/", true)]
    [InlineData("/tin-tuc/bai-viet", true)]
    [InlineData("/tin-tuc/bai-viet/ban-in", true)]
    [InlineData("/tin-tuc/bai-viet/y-kien", false)]
    [InlineData("/tin-tuc/a/b/c", false)]
    [InlineData("/tin-tuc//ban-in", false)]
    [InlineData("/rss.xml", true)]
    [InlineData("/khao-sat", false)]
    [InlineData("/", false)]
    [InlineData("", false)]
    public void Only_the_routes_of_marked_endpoints_are_looked_up(string path, bool candidate)
    {
        var routes = FastPathRoutes.From([
            Endpoint("tin-tuc", Marked), Endpoint("tin-tuc/{slug}", Marked), Endpoint("tin-tuc/{slug}/ban-in", Marked),
            Endpoint("rss.xml", new ServedFromMemoryAttribute(), new OutputCacheAttribute { PolicyName = NewsCache.Feeds }),
            // Cached but not marked, and marked routes' neighbours: never looked up.
            Endpoint("khao-sat", new OutputCacheAttribute { PolicyName = NewsCache.Pages }), Endpoint("tin-tuc/{slug}/y-kien"),
        ]);
        Assert.Equal(4, routes.Count);
        Assert.Equal(candidate, routes.TryMatch(path, out _));
    }

    [Fact]
    public void A_matched_route_keys_by_the_query_values_of_its_policy()
    {
        var routes = FastPathRoutes.From([
            Endpoint("tin-tuc", Marked),
            Endpoint("rss.xml", new ServedFromMemoryAttribute(), new OutputCacheAttribute { PolicyName = NewsCache.Feeds }),
        ]);
        Assert.True(routes.TryMatch("/tin-tuc", out var pages));
        Assert.Equal(["page", "q"], pages);
        Assert.True(routes.TryMatch("/rss.xml", out var feeds));
        Assert.Empty(feeds);
    }

    [Fact]
    public void A_marked_endpoint_without_an_output_cache_policy_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FastPathRoutes.From([Endpoint("tin-tuc", new ServedFromMemoryAttribute())]));
        Assert.Contains("output cache policy", error.Message);
    }
}
