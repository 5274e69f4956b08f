using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Topics;

/// <summary>The topic catalogue pages and sorts in the address, and counts each topic's petitions exactly.</summary>
public partial class TopicListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string DistrictCode = "HT-KA";
    private const string AddedPrefix = "AAA lĩnh vực thử";

    [GeneratedRegex("""<tr><td>(?<name>[^<]*)</td><td>[^<]*</td><td class="text-end">(?<count>\d+)</td>\s*<td><a [^>]*href="/Topics/Edit/(?<id>\d+)""")]
    private static partial Regex Row();

    private sealed record ShownRow(int Id, string Name, int Count);

    private static List<ShownRow> Rows(string html) =>
        Row().Matches(html).Select(m => new ShownRow(int.Parse(m.Groups["id"].Value), WebUtility.HtmlDecode(m.Groups["name"].Value), int.Parse(m.Groups["count"].Value))).ToList();

    /// <summary>More topics than one page holds, and a deleted petition that must not be counted.</summary>
    private async Task<HashSet<int>> TopicsInDistrictScopeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            if (await db.Topics.AnyAsync(t => t.Name.StartsWith(AddedPrefix))) return 0;
            var district = await db.Units.Where(u => u.Code == DistrictCode).Select(u => u.Id).SingleAsync();
            db.Topics.AddRange(Enumerable.Range(0, TopicList.PageSize + 10).Select(i => new Topic { UnitId = district, Name = $"{AddedPrefix} {i:00}" }));
            await db.SaveChangesAsync();
            var deleted = await db.Petitions.Where(p => p.TopicId != null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            return await db.Petitions.Where(p => p.Id == deleted).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsDeleted, true));
        });
        return await factory.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Code == DistrictCode).Select(u => u.Path).SingleAsync();
            return (await db.Topics.Where(t => t.Unit!.Path.StartsWith(path)).Select(t => t.Id).ToListAsync()).ToHashSet();
        });
    }

    private Task<Dictionary<int, int>> DirectCountsAsync() =>
        factory.WithDbAsync(db => db.Petitions.Where(p => p.TopicId != null).GroupBy(p => p.TopicId!.Value)
            .ToDictionaryAsync(g => g.Key, g => g.Count()));

    private static async Task<List<ShownRow>> AllPagesAsync(HttpClient client, string sort, int pages)
    {
        var rows = new List<ShownRow>();
        for (var page = 1; page <= pages; page++) rows.AddRange(Rows(await client.GetStringAsync($"/Topics?Sort={sort}&Page={page}")));
        return rows;
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Count")]
    public async Task Every_topic_in_scope_appears_once_across_the_pages_with_its_exact_petition_count(string sort)
    {
        var inScope = await TopicsInDistrictScopeAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var pages = (int)Math.Ceiling(inScope.Count / (double)TopicList.PageSize);
        Assert.True(pages >= 2);

        var rows = await AllPagesAsync(client, sort, pages);

        Assert.Equal(inScope.OrderBy(id => id), rows.Select(r => r.Id).OrderBy(id => id));
        var direct = await DirectCountsAsync();
        Assert.Contains(direct.Values, count => count > 0);
        Assert.All(rows, r => Assert.Equal(direct.GetValueOrDefault(r.Id), r.Count));
        if (sort == "Count") Assert.Equal(rows.Select(r => r.Count).OrderByDescending(c => c), rows.Select(r => r.Count));
        else Assert.Equal($"{AddedPrefix} 00", rows[0].Name);
    }

    [Fact]
    public async Task The_pager_keeps_the_sort_in_the_address()
    {
        await TopicsInDistrictScopeAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var html = await client.GetStringAsync("/Topics?Sort=Count");

        Assert.Contains("href=\"/Topics?Sort=Count&amp;Page=2\"", html);
        Assert.Contains("href=\"/Topics?Sort=Name\"", html);
        Assert.Equal(TopicList.PageSize, Rows(html).Count);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var inScope = await TopicsInDistrictScopeAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var last = (int)Math.Ceiling(inScope.Count / (double)TopicList.PageSize);

        var past = Rows(await client.GetStringAsync("/Topics?Page=999"));

        Assert.Equal(Rows(await client.GetStringAsync($"/Topics?Page={last}")), past);
        Assert.Equal(inScope.Count - (last - 1) * TopicList.PageSize, past.Count);
    }
}
