using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>
/// The conference list at scale: its orders are kept in the address, a ward never sees another ward's conferences
/// whatever it asks for, deep pages stop at a cap with a message, and a search word is looked for in a bounded set.
/// </summary>
public partial class ConferenceListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BulkTitle = "Hội nghị nạp sẵn";

    [GeneratedRegex("""<td class="text-nowrap">(?<day>\d\d/\d\d/\d{4})</td>\s*<td><a href="/Conferences/Details/(?<id>\d+)">[^<]*</a></td>\s*<td>(?<kind>[^<]*)</td>\s*<td>(?<unit>[^<]*)</td>""")]
    private static partial Regex Row();

    private sealed record Shown(int Id, DateOnly Day, string Kind, string Unit);

    private static List<Shown> Rows(string html) => Row().Matches(html).Select(m => new Shown(int.Parse(m.Groups["id"].Value),
        DateOnly.ParseExact(m.Groups["day"].Value, "dd/MM/yyyy"), WebUtility.HtmlDecode(m.Groups["kind"].Value), WebUtility.HtmlDecode(m.Groups["unit"].Value))).ToList();

    /// <summary>
    /// More conferences than the deepest page and the search's candidates hold, in a ward of Hồng Lĩnh (outside Kỳ Anh),
    /// written in one statement: the list's limits are what is tested, not the save path.
    /// </summary>
    private Task BulkAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.Conferences.AnyAsync(c => c.Title.StartsWith(BulkTitle))) return 0;
        var unit = await db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync();
        var count = Math.Max(ConferenceService.MaxPage * ConferenceService.PageSize, ListSearch.DefaultLimit) + 50;
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO Conferences (UnitId, Kind, Status, Title, HeldOn, UnitemizedOpinionCount, UnitemizedPetitionCount, SearchText, Version, IsDeleted, MinutesState)
            SELECT {unit}, 1 + i % 4, 2, {BulkTitle} || ' ' || i, date('2000-01-01', '+' || (i % 4000) || ' days'), 0, 0,
                   'hoi nghi nap san ' || i, '00000000-0000-0000-0000-000000000000', 0, 0 FROM n
            """);
        // A plain insert skips the save path: their search entries are built as start-up builds missing ones.
        return await SearchEntriesBuilder.BuildMissingAsync(db);
    });

    [Fact]
    public async Task Ward_staff_never_list_another_wards_conferences_whatever_unit_order_or_page_they_ask_for()
    {
        await BulkAsync();
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var hongLinh = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync());

        foreach (var address in new[] { "/Conferences", $"/Conferences?UnitId={hongLinh}", "/Conferences?Sort=Unit&Dir=desc",
                     "/Conferences?Sort=Kind&Page=400", "/Conferences?Q=nap+san", "/Conferences?Sort=HeldOn&Dir=asc" })
        {
            var html = await client.GetStringAsync(address);
            Assert.DoesNotContain(BulkTitle, html);
            Assert.DoesNotContain("Hồng Lĩnh", html);
            Assert.DoesNotContain("data-list-cut", html);
        }
        Assert.NotEmpty(Rows(await client.GetStringAsync("/Conferences")));
    }

    [Theory]
    [InlineData("HeldOn", "asc")]
    [InlineData("HeldOn", "desc")]
    [InlineData("Kind", "asc")]
    [InlineData("Unit", "desc")]
    public async Task Each_sortable_column_orders_the_list_and_keeps_the_order_in_its_links(string sort, string dir)
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var html = await client.GetStringAsync($"/Conferences?Sort={sort}&Dir={dir}&Year=2022");
        var rows = Rows(html);

        Assert.True(rows.Count >= 2);
        if (sort == "HeldOn")
        {
            var days = rows.Select(r => r.Day).ToList();
            Assert.Equal(dir == "asc" ? days.Order() : days.OrderDescending(), days);
        }
        else if (sort == "Kind")
        {
            var order = await factory.WithDbAsync(db => db.Conferences.Where(c => rows.Select(r => r.Id).Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => (int)c.Kind));
            Assert.Equal(rows.Select(r => order[r.Id]).Order(), rows.Select(r => order[r.Id]));
        }
        else
        {
            var paths = await factory.WithDbAsync(db => db.Conferences.Where(c => rows.Select(r => r.Id).Contains(c.Id))
                .Select(c => new { c.Id, c.Unit!.Path }).ToDictionaryAsync(c => c.Id, c => c.Path));
            Assert.Equal(rows.Select(r => paths[r.Id]).OrderDescending(StringComparer.Ordinal), rows.Select(r => paths[r.Id]));
        }
        Assert.Contains($"aria-sort=\"{(dir == "asc" ? "ascending" : "descending")}\"", html);
        Assert.Contains("Year=2022", html[html.IndexOf("sort-link", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task A_page_past_the_cap_shows_the_last_allowed_page_and_says_how_to_reach_the_rest()
    {
        await BulkAsync();
        var client = await factory.SignedInClientAsync(Demo.Admin);

        var deep = await client.GetStringAsync("/Conferences?Page=99999");
        var cap = await client.GetStringAsync($"/Conferences?Page={ConferenceService.MaxPage}");

        Assert.Contains("data-list-cut=\"pages\"", deep);
        Assert.Equal(Rows(cap), Rows(deep));
        Assert.Equal(ConferenceService.PageSize, Rows(deep).Count);
        Assert.Contains("aria-current=\"page\">" + ConferenceService.MaxPage + "<", deep);
        Assert.DoesNotContain($"Page={ConferenceService.MaxPage + 1}", deep);
    }

    [Fact]
    public async Task A_search_matching_more_conferences_than_it_reads_says_so_and_a_narrower_filter_does_not()
    {
        await BulkAsync();
        var client = await factory.SignedInClientAsync(Demo.Admin);

        var wide = await client.GetStringAsync("/Conferences?Q=nap+san");
        var narrow = await client.GetStringAsync("/Conferences?Q=nap+san&Year=2001");
        var none = await client.GetStringAsync("/Conferences?Q=khongcotunaynhu");

        Assert.Contains("data-list-cut=\"search\"", wide);
        Assert.Contains("Có hơn 10.000 hội nghị khớp từ khóa", wide);
        Assert.DoesNotContain("data-list-cut=\"search\"", narrow);
        Assert.NotEmpty(Rows(narrow));
        Assert.All(Rows(narrow), r => Assert.Equal(2001, r.Day.Year));
        Assert.Contains("Không có hội nghị nào khớp điều kiện lọc.", none);
    }
}
