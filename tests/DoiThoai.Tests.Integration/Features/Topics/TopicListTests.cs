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
            // Deleted through the save path, which keeps the figures the counts are read from.
            db.Petitions.Remove(await db.Petitions.Where(p => p.TopicId != null).OrderBy(p => p.Id).FirstAsync());
            return await db.SaveChangesAsync();
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
        Assert.Contains("href=\"/Topics?Sort=Name&amp;Dir=asc\"", html);
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

    [Fact]
    public async Task Names_follow_Vietnamese_dictionary_order_and_the_order_can_be_turned_around()
    {
        string[] names = ["Thiết chế văn hóa thử", "Tập huấn thử", "Đất ở thử", "Dân vận thử", "Ăn ở thử", "An toàn thử"];
        await factory.WithDbAsync(async db =>
        {
            if (await db.Topics.AnyAsync(t => t.Name == names[0])) return 0;
            var ward = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            db.Topics.AddRange(names.Select(n => new Topic { UnitId = ward, Name = n }));
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var ascending = Rows(await client.GetStringAsync("/Topics?Sort=Name&Dir=asc")).Select(r => r.Name).Where(names.Contains).ToList();
        var descending = Rows(await client.GetStringAsync("/Topics?Sort=Name&Dir=desc")).Select(r => r.Name).Where(names.Contains).ToList();

        Assert.Equal(["An toàn thử", "Ăn ở thử", "Dân vận thử", "Đất ở thử", "Tập huấn thử", "Thiết chế văn hóa thử"], ascending);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
    }

    [Fact]
    public async Task A_wards_staff_list_only_their_own_wards_topics_whatever_the_order()
    {
        await factory.WithDbAsync(async db =>
        {
            var ward = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            db.Topics.Add(new Topic { UnitId = ward, Name = $"Lĩnh vực riêng của phường {Guid.NewGuid():N}" });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (own, elsewhere) = await factory.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Path).SingleAsync();
            var all = await db.Topics.Select(t => new { t.Id, t.Unit!.Path }).ToListAsync();
            return (all.Where(t => t.Path.StartsWith(path)).Select(t => t.Id).ToHashSet(), all.Where(t => !t.Path.StartsWith(path)).Select(t => t.Id).ToHashSet());
        });
        foreach (var sort in new[] { "Name", "Unit", "Count" })
        {
            var shown = Rows(await client.GetStringAsync($"/Topics?Sort={sort}&Dir=desc")).Select(r => r.Id).ToList();
            Assert.NotEmpty(shown);
            Assert.All(shown, id => Assert.DoesNotContain(id, elsewhere));
            Assert.All(shown, id => Assert.Contains(id, own));
        }
    }

    [Fact]
    public async Task A_petition_moved_to_another_topic_counts_there_at_once()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var top = Rows(await client.GetStringAsync("/Topics?Sort=Count"))[0];
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.Where(p => p.TopicId != top.Id && p.Conference!.MinutesState != MinutesState.Final).OrderBy(p => p.Id).FirstAsync();
            petition.TopicId = top.Id;
            return await db.SaveChangesAsync();
        });

        var after = Rows(await client.GetStringAsync("/Topics?Sort=Count")).Single(r => r.Id == top.Id);
        Assert.Equal(top.Count + 1, after.Count);
        Assert.Equal((await DirectCountsAsync())[top.Id], after.Count);
    }
}
