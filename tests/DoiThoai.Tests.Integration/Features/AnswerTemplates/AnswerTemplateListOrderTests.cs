using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.AnswerTemplates;

/// <summary>The answer templates sort by their column headers, names in Vietnamese order, and never leave the user's scope.</summary>
public partial class AnswerTemplateListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Titles = ["Tổ mẫu thứ tự", "Thôn mẫu thứ tự", "Đường mẫu thứ tự", "Dân mẫu thứ tự"];
    private const string OtherWardTitle = "Mẫu thứ tự của Hồng Lĩnh";

    [GeneratedRegex("""<tr>\s*<td>(?<title>[^<]*)</td><td>(?<topic>[^<]*)</td><td>(?<unit>[^<]*)</td>""")]
    private static partial Regex Row();

    [GeneratedRegex("""<a class="page-link" href="[^"]*" aria-label="Trang sau">""")]
    private static partial Regex Next();

    private sealed record Shown(string Title, string Topic, string Unit);

    /// <summary>Every row of the list in the order shown, page after page, following the pager's own links.</summary>
    private static async Task<(List<Shown> Rows, string FirstPage)> ListAsync(HttpClient client, string address)
    {
        var rows = new List<Shown>();
        var first = await client.GetStringAsync(address);
        var html = first;
        for (var page = 2; ; page++)
        {
            rows.AddRange(Row().Matches(html).Select(m => new Shown(WebUtility.HtmlDecode(m.Groups["title"].Value),
                WebUtility.HtmlDecode(m.Groups["topic"].Value), WebUtility.HtmlDecode(m.Groups["unit"].Value))));
            if (!Next().IsMatch(html) || page > 50) break;
            html = await client.GetStringAsync($"{address}&Page={page}");
        }
        return (rows, first);
    }

    private Task SeedAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.AnswerTemplates.AnyAsync(t => t.Title == OtherWardTitle)) return 0;
        var ward = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
        var other = await db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync();
        var topics = new[] { "Đất đai thứ tự", "An ninh thứ tự", null, "Y tế thứ tự" }
            .Select(n => n is null ? null : new Topic { UnitId = ward, Name = n }).ToList();
        db.AnswerTemplates.AddRange(Titles.Select((t, i) => new AnswerTemplate { UnitId = ward, Title = t, Body = "Trả lời.", Topic = topics[i] }));
        var district = await db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync();
        db.AnswerTemplates.Add(new AnswerTemplate { UnitId = district, Title = "Mẫu thứ tự của thị xã", Body = "Trả lời." });
        db.AnswerTemplates.Add(new AnswerTemplate { UnitId = other, Title = OtherWardTitle, Body = "Trả lời." });
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("Title", "asc")]
    [InlineData("Title", "desc")]
    [InlineData("Topic", "asc")]
    [InlineData("Topic", "desc")]
    public async Task Names_and_topics_sort_in_Vietnamese_order_both_ways(string sort, string dir)
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var (rows, html) = await ListAsync(client, $"/AnswerTemplates?Sort={sort}&Dir={dir}");

        var mine = rows.Where(r => Titles.Contains(r.Title)).Select(r => sort == "Title" ? r.Title : r.Topic).ToList();
        List<string> expected = sort == "Title"
            ? ["Dân mẫu thứ tự", "Đường mẫu thứ tự", "Thôn mẫu thứ tự", "Tổ mẫu thứ tự"]
            : ["Mọi lĩnh vực", "An ninh thứ tự", "Đất đai thứ tự", "Y tế thứ tự"];
        if (dir == "desc") expected.Reverse();
        Assert.Equal(expected, mine);
        Assert.Contains($"aria-sort=\"{(dir == "asc" ? "ascending" : "descending")}\"", html);
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("desc")]
    public async Task By_unit_the_list_follows_the_unit_tree(string dir)
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var (rows, _) = await ListAsync(client, $"/AnswerTemplates?Sort=Unit&Dir={dir}");

        var paths = await factory.WithDbAsync(db => db.Units.IgnoreQueryFilters().GroupBy(u => u.Name)
            .Select(g => new { g.Key, Path = g.Min(u => u.Path) }).ToDictionaryAsync(u => u.Key, u => u.Path));
        var shown = rows.Select(r => paths[r.Unit]).ToList();
        Assert.True(shown.Distinct().Count() >= 2);
        Assert.Equal(dir == "asc" ? shown.Order(StringComparer.Ordinal) : shown.OrderDescending(StringComparer.Ordinal), shown);
    }

    [Fact]
    public async Task A_ward_never_sees_another_wards_templates_in_any_order_and_the_pager_keeps_the_order()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        foreach (var address in new[] { "/AnswerTemplates", "/AnswerTemplates?Sort=Title&Dir=desc", "/AnswerTemplates?Sort=Topic&Dir=asc",
                     "/AnswerTemplates?Sort=Unit&Dir=desc&Page=2" })
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(address));
            Assert.DoesNotContain(OtherWardTitle, html);
            Assert.DoesNotContain("Hồng Lĩnh", html);
        }
        var header = WebUtility.HtmlDecode(await client.GetStringAsync("/AnswerTemplates?Sort=Title&Dir=desc"));
        Assert.Contains("href=\"/AnswerTemplates?Sort=Title&Dir=asc\"", header);
    }
}
