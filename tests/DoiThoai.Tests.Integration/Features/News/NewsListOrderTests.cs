using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.News;

/// <summary>The editors' list sorts by state and publication time, keeps the filter, and never leaves the editor's scope.</summary>
public partial class NewsListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Word = "sapxepthu";

    [GeneratedRegex("""<a href="/News/Edit/(?<id>\d+)">""")]
    private static partial Regex Row();

    private static List<int> Rows(string html) => Row().Matches(html).Select(m => int.Parse(m.Groups["id"].Value)).ToList();

    private static NewsPost Post(int unitId, string slug, NewsPostState state, DateTime? publishAt) => new()
    {
        UnitId = unitId, Title = $"Tin {Word} {slug}", Slug = $"{Word}-{slug}", Lead = Word, Category = NewsCategory.Dialogue, SearchText = Word,
        State = state, PublishAtUtc = publishAt,
    };

    [Fact]
    public async Task Posts_sort_by_state_and_publication_both_ways_keep_the_search_and_stay_in_scope()
    {
        var (ids, outside) = await factory.WithDbAsync(async db =>
        {
            var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            var other = await db.Units.SingleAsync(u => u.Code == "HT-HL");
            var posts = new[]
            {
                Post(ward.Id, "a", NewsPostState.Published, new DateTime(2024, 3, 1)),
                Post(ward.Id, "b", NewsPostState.Draft, null),
                Post(ward.Id, "c", NewsPostState.Published, new DateTime(2024, 5, 1)),
                Post(ward.Id, "d", NewsPostState.Submitted, new DateTime(2024, 4, 1)),
            };
            var foreign = Post(other.Id, "e", NewsPostState.Published, new DateTime(2024, 6, 1));
            db.NewsPosts.AddRange([.. posts, foreign]);
            await db.SaveChangesAsync();
            return (posts.Select(p => p.Id).ToArray(), foreign.Id);
        });
        var (a, b, c, d) = (ids[0], ids[1], ids[2], ids[3]);
        var client = await factory.SignedInClientAsync(Demo.Editor);

        var newest = await client.GetStringAsync($"/News?q={Word}&Sort=Published&Dir=desc");
        Assert.Equal([c, d, a, b], Rows(newest));
        Assert.Contains("aria-sort=\"descending\"", newest);
        Assert.Contains($"href=\"/News?q={Word}&amp;Sort=State&amp;Dir=asc\"", newest);
        Assert.Equal([b, a, d, c], Rows(await client.GetStringAsync($"/News?q={Word}&Sort=Published&Dir=asc")));

        var byState = await client.GetStringAsync($"/News?q={Word}&Sort=State&Dir=asc");
        Assert.Equal([b, d, c, a], Rows(byState));
        Assert.Contains("aria-sort=\"ascending\"", byState);
        Assert.Equal([c, a, d, b], Rows(await client.GetStringAsync($"/News?q={Word}&Sort=State&Dir=desc")));
        Assert.Equal([c, a], Rows(await client.GetStringAsync($"/News?q={Word}&state=Published&Sort=State&Dir=desc")));

        foreach (var sort in new[] { "", "State", "Published" })
        foreach (var dir in new[] { "asc", "desc" })
            Assert.DoesNotContain(outside, Rows(await client.GetStringAsync($"/News?q={Word}&Sort={sort}&Dir={dir}")));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Published", "desc")]
    [InlineData("Published", "asc")]
    public async Task The_desk_counts_and_pages_its_posts_through_an_index_never_the_whole_table(string? sort, string? dir)
    {
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var scope = await TestScopes.OfAsync(db, Demo.Admin, Roles.Administrator);

        var queries = await services.ServiceProvider.GetRequiredService<NewsService>().PageQueriesAsync(scope, new ListOrder { Sort = sort, Dir = dir });

        foreach (var query in queries)
        {
            var plan = await QueryPlan.ExplainAsync(db, query.Take(20).ToQueryString());
            Assert.Contains(plan, line => line.Contains("USING", StringComparison.Ordinal) && line.Contains(" n ", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, line => FullScan().IsMatch(line));
        }
    }

    /// <summary>A table read whole, row by row, with no index ("SCAN n" rather than "SCAN n USING COVERING INDEX …").</summary>
    [GeneratedRegex(@"^SCAN \w+$")] private static partial Regex FullScan();
}
