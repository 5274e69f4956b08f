using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Caching;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.News;

/// <summary>The fast path in front of the pipeline: anonymous readers' public news pages answered from memory.</summary>
public class NewsFastPathTests(NewsFactory factory) : IClassFixture<NewsFactory>
{
    private static readonly string[] SecurityHeaders = ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    private NewsPageStore Store => factory.Services.GetRequiredService<NewsPageStore>();

    private Task EmptyAsync() => factory.Services.GetRequiredService<NewsCache>().EvictHereAsync().AsTask();

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        foreach (var header in SecurityHeaders)
            Assert.True(response.Headers.Contains(header), $"{header} missing");
    }

    [Fact]
    public async Task A_hit_returns_the_same_bytes_and_headers_as_the_page_the_pipeline_made()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Tin phục vụ từ bộ nhớ cho bạn đọc");
        await EmptyAsync();
        var reader = factory.CreateBareClient();

        foreach (var address in new[] { "/tin-tuc", $"/tin-tuc/{slug}", $"/tin-tuc/{slug}/ban-in", "/rss.xml", "/sitemap.xml" })
        {
            var made = await reader.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
            var hits = Store.Hits;
            var served = await reader.GetAsync(address);
            Assert.Equal(hits + 1, Store.Hits);

            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(await made.Content.ReadAsByteArrayAsync(), await served.Content.ReadAsByteArrayAsync());
            Assert.Equal(made.Content.Headers.ContentType, served.Content.Headers.ContentType);
            AssertSecurityHeaders(served);
            foreach (var header in SecurityHeaders)
                Assert.Equal(made.Headers.GetValues(header), served.Headers.GetValues(header));
        }
        Assert.Contains(slug, await reader.GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public void The_addresses_looked_up_are_those_of_the_anonymous_actions_marked_served_from_memory()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var marked = endpoints.Where(e => e.Metadata.GetMetadata<ServedFromMemoryAttribute>() is not null).ToList();
        Assert.Equal(8, marked.Count);
        Assert.All(marked, e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));

        var routes = FastPathRoutes.From(endpoints);
        Assert.True(routes.TryMatch("/tin-tuc/mot-bai-viet", out _));
        Assert.True(routes.TryMatch("/sitemap.xml", out _));
        // The comment form carries a token and the counters live numbers; the polls set a cookie: none is looked up.
        Assert.False(routes.TryMatch("/tin-tuc/mot-bai-viet/y-kien", out _));
        Assert.False(routes.TryMatch("/khao-sat", out _));
        Assert.False(routes.TryMatch("/kien-nghi", out _));
    }

    [Fact]
    public async Task Signed_in_staff_are_never_served_from_memory_nor_fill_it()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        await EmptyAsync();
        var hits = Store.Hits;

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/tin-tuc")).StatusCode);
        Assert.Equal(0, Store.Count);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBareClient().GetAsync("/tin-tuc")).StatusCode);
        Assert.Equal(1, Store.Count);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/tin-tuc")).StatusCode);
        Assert.Equal(hits, Store.Hits);
    }

    [Fact]
    public async Task Only_answers_200_of_the_output_cached_pages_are_kept()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Tin có trang góp ý không được giữ trong bộ nhớ");
        await EmptyAsync();
        var reader = factory.CreateBareClient();

        // Not found, the comment form (token and captcha of its own) and the live counters: never kept.
        foreach (var address in new[] { "/tin-tuc/khong-co-bai-nay", "/tin-tuc/chuyen-muc/khong-co", $"/tin-tuc/{slug}/y-kien", "/tin-tuc/thong-ke" })
        {
            var first = await reader.GetAsync(address);
            var second = await reader.GetAsync(address);
            Assert.Equal(first.StatusCode, second.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/tin-tuc/khong-co-bai-nay")).StatusCode);
        Assert.Equal(0, Store.Count);

        // A post that is found is kept, and a refusal for one address does not spill onto another.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        Assert.Equal(1, Store.Count);
    }

    [Fact]
    public async Task Pages_are_keyed_by_the_query_values_they_vary_by()
    {
        await EmptyAsync();
        var reader = factory.CreateBareClient();

        var first = await reader.GetStringAsync("/tin-tuc/tim-kiem?q=doi+thoai");
        var other = await reader.GetStringAsync("/tin-tuc/tim-kiem?q=hoi+nghi");
        Assert.NotEqual(first, other);
        Assert.Equal(2, Store.Count);

        // Other query values do not make another page; the values that matter do.
        var hits = Store.Hits;
        Assert.Equal(first, await reader.GetStringAsync("/tin-tuc/tim-kiem?q=doi+thoai&utm_source=zalo"));
        Assert.Equal(other, await reader.GetStringAsync("/tin-tuc/tim-kiem?utm_source=zalo&q=hoi+nghi"));
        Assert.Equal(hits + 2, Store.Hits);
        Assert.Equal(2, Store.Count);

        // The page number is part of the key (the demo posts fit on one page, so both show the same posts).
        var secondPage = await reader.GetStringAsync("/tin-tuc?page=2");
        Assert.Equal(3, Store.Count);
        await reader.GetStringAsync("/tin-tuc");
        Assert.Equal(4, Store.Count);
        Assert.Equal(secondPage, await reader.GetStringAsync("/tin-tuc?page=2"));
        Assert.Equal(hits + 3, Store.Hits);
        Assert.Equal(4, Store.Count);
    }

    [Fact]
    public async Task Head_is_answered_from_memory_without_a_body_and_is_not_counted_as_a_view()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin được hỏi bằng HEAD");
        await EmptyAsync();
        var reader = factory.CreateBareClient();

        // A HEAD before any GET goes through the pipeline and keeps nothing.
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/tin-tuc/{slug}"))).StatusCode);
        Assert.Equal(0, Store.Count);

        var body = await reader.GetByteArrayAsync($"/tin-tuc/{slug}");
        await factory.FlushCountersAsync();
        var views = (await factory.PostAsync(id)).ViewCount;
        var hits = Store.Hits;
        var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/tin-tuc/{slug}"));
        Assert.Equal(hits + 1, Store.Hits);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        AssertSecurityHeaders(head);

        await factory.FlushCountersAsync();
        Assert.Equal(views, (await factory.PostAsync(id)).ViewCount);
    }

    [Fact]
    public async Task Publishing_empties_the_memory_so_the_new_post_shows_at_once()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Tin mới vượt qua bộ nhớ của đường nhanh");
        var slug = (await factory.PostAsync(id)).Slug;
        var reader = factory.CreateBareClient();
        await EmptyAsync();

        var before = await reader.GetStringAsync("/tin-tuc");
        Assert.DoesNotContain(slug, before);

        // Served from memory: a change behind the portal's back does not show...
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(db => db.NewsPosts.Where(p => p.State == NewsPostState.Published && p.PublishAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Lead, p => p.Lead + " (sửa ngoài cổng)")));
        var hits = Store.Hits;
        Assert.Equal(before, await reader.GetStringAsync("/tin-tuc"));
        Assert.Equal(hits + 1, Store.Hits);

        // ...but publishing through the portal empties it.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Publish)).StatusCode);
        Assert.Equal(0, Store.Count);
        var after = await reader.GetStringAsync("/tin-tuc");
        Assert.Contains(slug, after);
        Assert.Equal(after, await reader.GetStringAsync("/tin-tuc"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Unpublish)).StatusCode);
        Assert.DoesNotContain(slug, await reader.GetStringAsync("/tin-tuc"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_views_served_from_memory_are_all_counted()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin đếm lượt xem khi phục vụ từ bộ nhớ");
        var reader = factory.CreateBareClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        await factory.FlushCountersAsync();
        var before = (await factory.PostAsync(id)).ViewCount;

        var hits = Store.Hits;
        var readers = Enumerable.Range(0, 8).Select(_ => factory.CreateBareClient()).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => readers[i % readers.Count].GetAsync($"/tin-tuc/{slug}")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(hits + 200, Store.Hits);

        await factory.FlushCountersAsync();
        Assert.Equal(before + 200, (await factory.PostAsync(id)).ViewCount);
    }
}

/// <summary>A second portal on the first one's database: another node behind the load balancer.</summary>
public sealed class SecondNodeFactory(string databasePath) : NewsFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}";
            return settings;
        }
    }
}

public sealed class TwoNodes : IAsyncLifetime
{
    public NewsFactory A { get; } = new();
    public SecondNodeFactory B { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _ = A.Services; // A creates and seeds the database first.
        B = new SecondNodeFactory(A.DatabasePath);
        _ = B.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

public class NewsNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_post_published_on_one_node_shows_on_the_other_after_its_next_check()
    {
        var editor = await nodes.A.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Tin đăng ở máy chủ A hiện ở máy chủ B");
        var slug = (await nodes.A.PostAsync(id)).Slug;
        var flusherB = nodes.B.Services.GetRequiredService<NewsCounterFlusher>();
        var storeB = nodes.B.Services.GetRequiredService<NewsPageStore>();
        await flusherB.CheckGenerationAsync();

        var readerB = nodes.B.CreateBareClient();
        var before = await readerB.GetStringAsync("/tin-tuc");
        Assert.DoesNotContain(slug, before);
        Assert.Equal(before, await readerB.GetStringAsync("/tin-tuc"));
        Assert.Equal(1, storeB.Count);
        Assert.False(await flusherB.CheckGenerationAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(nodes.A, id, NewsAction.Publish)).StatusCode);
        Assert.Contains(slug, await nodes.A.CreateBareClient().GetStringAsync("/tin-tuc"));

        // B still answers from its memory until it looks at the generation row, then shows the post.
        Assert.Equal(before, await readerB.GetStringAsync("/tin-tuc"));
        Assert.True(await flusherB.CheckGenerationAsync());
        Assert.Equal(0, storeB.Count);
        Assert.Contains(slug, await readerB.GetStringAsync("/tin-tuc"));
        Assert.Equal(HttpStatusCode.OK, (await readerB.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        Assert.False(await flusherB.CheckGenerationAsync());
    }
}
