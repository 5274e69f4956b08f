using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>
/// The conference list at scale: its orders are kept in the address, a ward never sees another ward's conferences
/// whatever it asks for, the count stops at 10,000 and says so, deep pages stop at a cap with a message, each order
/// pages the same rows as sorting them all would, and a search word is looked for in a bounded set.
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
        var count = Math.Max(BoundedList<int>.CountLimit, ListSearch.DefaultLimit) + 50;
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO Conferences (UnitId, Kind, Status, Title, HeldOn, UnitemizedOpinionCount, UnitemizedPetitionCount, SearchText, Version, IsDeleted, MinutesState)
            SELECT {unit}, 1 + i % 4, 1 + (i / 7) % 3, {BulkTitle} || ' ' || i, date('2000-01-01', '+' || (i % 4000) || ' days'), 0, 0,
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
        var cap = await client.GetStringAsync($"/Conferences?Page={BoundedList<int>.MaxPages}");

        Assert.Contains("data-list-cut=\"pages\"", deep);
        Assert.Equal(Rows(cap), Rows(deep));
        Assert.Equal(ConferenceService.PageSize, Rows(deep).Count);
        Assert.Contains("aria-current=\"page\">" + BoundedList<int>.MaxPages + "<", deep);
        Assert.DoesNotContain($"Page={BoundedList<int>.MaxPages + 1}", deep);
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

    /// <summary>What the list shows of a conference, read straight from the table to sort in memory.</summary>
    private sealed record Listed(int Id, DateOnly HeldOn, ConferenceKind Kind, ConferenceStatus Status, MinutesState Minutes, int UnitId, string Path);

    /// <summary>Hồng Lĩnh's id and every conference of its subtree (the bulk and the demo's), to compare the list with.</summary>
    private Task<(int Unit, List<Listed> All)> HongLinhAsync() => factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.Where(u => u.Code == "HT-HL").Select(u => new { u.Id, u.Path }).SingleAsync();
        var all = await db.Conferences.Where(c => c.Unit!.Path.StartsWith(unit.Path))
            .Select(c => new Listed(c.Id, c.HeldOn, c.Kind, c.Status, c.MinutesState, c.UnitId, c.Unit!.Path)).ToListAsync();
        return (unit.Id, all);
    });

    /// <summary>The orders as the list promises them: the column asked, then the newest first, then the larger id.</summary>
    private static IEnumerable<Listed> Sorted(IEnumerable<Listed> rows, string sort, string dir)
    {
        var desc = dir == "desc";
        IOrderedEnumerable<Listed> ordered = sort switch
        {
            "Unit" => desc ? rows.OrderByDescending(r => r.Path, StringComparer.Ordinal) : rows.OrderBy(r => r.Path, StringComparer.Ordinal),
            "Kind" => desc ? rows.OrderByDescending(r => r.Kind) : rows.OrderBy(r => r.Kind),
            "Status" => desc ? rows.OrderByDescending(r => r.Status) : rows.OrderBy(r => r.Status),
            _ => desc ? rows.OrderByDescending(r => r.HeldOn) : rows.OrderBy(r => r.HeldOn),
        };
        return sort == "HeldOn" && !desc ? ordered.ThenBy(r => r.Id) : ordered.ThenByDescending(r => r.HeldOn).ThenByDescending(r => r.Id);
    }

    [Fact]
    public async Task A_count_past_ten_thousand_reads_as_more_than_ten_thousand_and_a_shorter_one_stays_exact()
    {
        await BulkAsync();
        var (hongLinh, all) = await HongLinhAsync();
        var client = await factory.SignedInClientAsync(Demo.Admin);

        var everything = await client.GetStringAsync($"/Conferences?UnitId={hongLinh}");
        var year = await client.GetStringAsync($"/Conferences?UnitId={hongLinh}&Year=2003");

        Assert.Contains("Tìm thấy <strong>hơn 10.000</strong> hội nghị", WebUtility.HtmlDecode(everything));
        Assert.Contains("data-list-cut=\"count\"", everything);
        var inYear = all.Count(c => c.HeldOn.Year == 2003);
        Assert.InRange(inYear, 100, BoundedList<int>.CountLimit);
        Assert.Contains($"Tìm thấy <strong>{VietnameseNumber.Format(inYear)}</strong> hội nghị.", WebUtility.HtmlDecode(year));
        Assert.DoesNotContain("data-list-cut=\"count\"", year);
    }

    [Theory]
    [InlineData("HeldOn", "desc")]
    [InlineData("HeldOn", "asc")]
    [InlineData("Unit", "asc")]
    [InlineData("Unit", "desc")]
    [InlineData("Kind", "asc")]
    [InlineData("Kind", "desc")]
    [InlineData("Status", "asc")]
    [InlineData("Status", "desc")]
    public async Task Each_order_shows_at_its_first_and_deepest_pages_the_rows_a_full_sort_would(string sort, string dir)
    {
        await BulkAsync();
        var (hongLinh, all) = await HongLinhAsync();
        var expected = Sorted(all, sort, dir).Select(c => c.Id).ToList();
        var client = await factory.SignedInClientAsync(Demo.Admin);

        foreach (var page in new[] { 1, 2, BoundedList<int>.MaxPages })
        {
            var shown = Rows(await client.GetStringAsync($"/Conferences?UnitId={hongLinh}&Sort={sort}&Dir={dir}&Page={page}")).Select(r => r.Id);
            Assert.Equal(expected.Skip((page - 1) * ConferenceService.PageSize).Take(ConferenceService.PageSize), shown);
        }
    }

    [Theory]
    [InlineData("HeldOn", "desc")]
    [InlineData("Unit", "asc")]
    [InlineData("Kind", "desc")]
    [InlineData("Status", "asc")]
    public async Task The_filters_combined_keep_only_their_conferences_counted_exactly_in_each_order(string sort, string dir)
    {
        await BulkAsync();
        var (hongLinh, all) = await HongLinhAsync();
        var kept = all.Where(c => c.Kind == ConferenceKind.Briefing && c.Status == ConferenceStatus.Held && c.Minutes == MinutesState.Draft && c.HeldOn.Year == 2003).ToList();
        var expected = Sorted(kept, sort, dir).Select(c => c.Id).ToList();
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var address = $"/Conferences?UnitId={hongLinh}&Kind=Briefing&Status=Held&Minutes=Draft&Year=2003&Sort={sort}&Dir={dir}";

        var first = await client.GetStringAsync(address);
        var last = await client.GetStringAsync(address + "&Page=99");

        Assert.InRange(kept.Count, ConferenceService.PageSize + 1, 1000);
        Assert.Contains($"Tìm thấy <strong>{VietnameseNumber.Format(kept.Count)}</strong> hội nghị.", WebUtility.HtmlDecode(first));
        Assert.Equal(expected.Take(ConferenceService.PageSize), Rows(first).Select(r => r.Id));
        var lastPage = (kept.Count - 1) / ConferenceService.PageSize;
        Assert.Equal(expected.Skip(lastPage * ConferenceService.PageSize), Rows(last).Select(r => r.Id));
    }

    [Theory]
    [InlineData(Demo.Admin, "HeldOn", null)]
    [InlineData(Demo.Admin, "HeldOn", "asc")]
    [InlineData(Demo.Admin, "Unit", "desc")]
    [InlineData(Demo.Admin, "Kind", null)]
    [InlineData(Demo.Admin, "Status", "desc")]
    [InlineData(Demo.KyPhuongWard, "Unit", null)]
    [InlineData(Demo.KyPhuongWard, "Status", null)]
    public async Task Each_order_reads_its_page_and_count_through_an_index_never_the_whole_table(string email, string sort, string? dir)
    {
        await BulkAsync();
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var scope = await TestScopes.OfAsync(db, email, Roles.DistrictStaff);

        var queries = await services.ServiceProvider.GetRequiredService<ConferenceService>()
            .PageQueriesAsync(scope, new ConferenceFilter(), new ListOrder { Sort = sort, Dir = dir });

        foreach (var query in queries)
        {
            var plan = await QueryPlan.ExplainAsync(db, query.Take(20).ToQueryString());
            Assert.DoesNotContain(plan, line => FullScan().IsMatch(line));
            // The unit order walks the units in path order and each unit's conferences by date: nothing to sort.
            if (sort == "Unit" && email == Demo.Admin) Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    /// <summary>A table read whole, row by row, with no index ("SCAN c" rather than "SCAN c USING INDEX …" or "SEARCH …").</summary>
    [GeneratedRegex(@"^SCAN \w+$")] private static partial Regex FullScan();
}
