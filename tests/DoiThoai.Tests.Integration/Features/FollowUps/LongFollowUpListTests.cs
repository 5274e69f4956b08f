using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>The demo portal on SQLite with its query plans; the long-list tests add ten thousand items to it.</summary>
public sealed class SqliteListPortal : PortalFactory
{
    protected override bool RequiresSqlite => true;
}

/// <summary>
/// A list longer than the bounds of ADR 0017: ten thousand copies of one of Kỳ Phương's items. The count past the
/// limit reads "hơn", pages stop at the last one allowed with a message, a search says where it looked, and the list
/// queries read FollowUps through an index in every order.
/// </summary>
public partial class LongFollowUpListTests(SqliteListPortal factory) : IClassFixture<SqliteListPortal>
{
    private const int Copies = 10_050;
    private static readonly SemaphoreSlim Filling = new(1, 1);

    /// <summary>Adds the copies once per portal (a plain insert: this is about reading a long list, not about saving items).</summary>
    private async Task FillAsync()
    {
        await Filling.WaitAsync();
        try
        {
            await factory.WithDbAsync(async db =>
            {
                if (await db.FollowUps.CountAsync() > Copies) return 0;
                var source = await db.FollowUps.Where(f => f.Petition != null && f.Petition.Content.StartsWith("Phụ cấp theo Nghị định 34")).Select(f => f.Id).SingleAsync();
                await db.Database.ExecuteSqlAsync($"""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Copies})
                    INSERT INTO FollowUps (Assessment, AssignedOn, ClosedAtUtc, ConferenceId, ContentText, Deadline, IsDeleted, IsPublic, Kind,
                        PetitionId, Priority, ProgressPercent, ResponsibleOrganizationId, ResponsibleUnitId, Result, State, UnitId, Version)
                    SELECT Assessment, AssignedOn, ClosedAtUtc, ConferenceId, ContentText, date('2030-01-01', '+' || (i % 400) || ' days'), 0, 0, Kind,
                        PetitionId, Priority, ProgressPercent, ResponsibleOrganizationId, ResponsibleUnitId, Result, State, UnitId, Version
                    FROM n, FollowUps WHERE FollowUps.Id = {source}
                    """);
                // The statistics the portal gathered at start describe the demo's few items; a long table is read by new ones.
                return await db.Database.ExecuteSqlRawAsync("ANALYZE FollowUps;");
            });
        }
        finally { Filling.Release(); }
    }

    private async Task<string> PageAsync(string email, string address)
    {
        await FillAsync();
        var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_count_past_ten_thousand_reads_as_more_than_ten_thousand()
    {
        var html = await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false");
        Assert.Contains("Hơn 10.000 việc · hôm nay", html);
    }

    [Fact]
    public async Task Another_ward_counts_none_of_the_copies()
    {
        var html = await PageAsync(Demo.ThanhBinhWard, "/FollowUps?Mine=false&OpenOnly=false");
        var count = int.Parse(Regex.Match(html, @"(\d+) việc · hôm nay").Groups[1].Value);
        Assert.InRange(count, 0, 200);
        Assert.DoesNotContain("Phụ cấp theo Nghị định 34 thấp", html);
    }

    [Fact]
    public async Task A_page_past_the_last_one_allowed_shows_that_one_and_says_how_to_see_more()
    {
        var html = await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false&Page=500");
        Assert.Contains("Danh sách chỉ mở đến trang 50.", html);
        Assert.Contains("aria-current=\"page\">50<", html);
        Assert.Equal(20, DetailsLink().Matches(html).Count);
        // The first page has no such message.
        Assert.DoesNotContain("data-testid=\"page-limit\"", await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false"));
    }

    [Fact]
    public async Task A_search_in_a_long_list_finds_every_item_of_the_matching_petition_without_a_bound()
    {
        // The full-text index finds the one petition; all its copies follow it, past the bound the list used to search in.
        var html = await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false&Q=phu%20cap%20theo%20nghi%20dinh");
        Assert.DoesNotContain("data-testid=\"search-limited\"", html);
        Assert.Contains("Hơn 10.000 việc · hôm nay", html);
        Assert.Contains("Phụ cấp theo Nghị định 34 thấp", html);
        var none = await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false&Q=khongcotunay");
        Assert.Contains("Không có việc nào khớp điều kiện lọc.", none);
    }

    [Fact]
    public async Task A_short_list_keeps_its_exact_count_and_no_search_notice()
    {
        var html = await PageAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false&Q=khongcotunay&Kind=Question");
        Assert.Contains("0 việc · hôm nay", html);
        Assert.DoesNotContain("data-testid=\"search-limited\"", html);
    }

    [Fact]
    public async Task The_list_indexes_exist_in_the_schema()
    {
        var names = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_index_list('FollowUps')").ToListAsync());
        Assert.Contains("IX_FollowUps_List_Deadline", names);
        Assert.Contains("IX_FollowUps_List_State", names);
        Assert.Contains("IX_FollowUps_List_Unit", names);
        Assert.Contains("IX_FollowUps_Public_Unit", names);
        // The planner knows the list index: the portal gathers its statistics at start (ListStatistics).
        Assert.True(await factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE idx = 'IX_FollowUps_List_Deadline'").SingleAsync()) > 0);
    }

    [Theory]
    [InlineData(Demo.DistrictStaff, null, null, false)]
    [InlineData(Demo.DistrictStaff, "State", "asc", false)]
    [InlineData(Demo.DistrictStaff, "Unit", "desc", false)]
    [InlineData(Demo.DistrictStaff, "HeldOn", "desc", false)]
    [InlineData(Demo.KyPhuongWard, null, null, false)]
    [InlineData(Demo.KyPhuongWard, null, null, true)]
    [InlineData(Demo.KyPhuongWard, "State", "desc", false)]
    public async Task Every_list_order_reads_the_items_through_an_index(string email, string? sort, string? dir, bool mine)
    {
        await FillAsync();
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId);
        var scope = new UserScope(user.Id, user.FullName, unit.Id, unit.Name, unit.Path, new HashSet<string> { Roles.DistrictStaff });
        var queries = await services.ServiceProvider.GetRequiredService<ListFollowUps>()
            .PageQueriesAsync(scope, new FollowUpFilter { Mine = mine, OpenOnly = !mine, Sort = sort, Dir = dir });
        foreach (var query in queries)
        {
            var plan = await QueryPlan.ExplainAsync(db, query.Take(20).ToQueryString());
            Assert.Contains(plan, line => line.Contains("FollowUps", StringComparison.Ordinal) || line.Contains("IX_", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, line => FullScan().IsMatch(line));
        }
    }

    [Fact]
    public async Task A_body_of_few_items_is_read_by_their_ids_and_a_body_of_ten_thousand_through_the_list_order()
    {
        await FillAsync();
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        // The copies (deadlines from 2030) are given to one body of their ward, as a body of many items.
        var copied = await db.FollowUps.Where(f => f.Deadline >= new DateOnly(2030, 1, 1)).Select(f => f.UnitId).FirstAsync();
        var bodyOfCopies = await db.Organizations.Where(o => o.UnitId == copied).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE FollowUps SET ResponsibleOrganizationId = {bodyOfCopies} WHERE Deadline >= '2030-01-01'");
        var counts = await db.FollowUps.Where(f => f.ResponsibleOrganizationId != null && f.MergedIntoId == null)
            .GroupBy(f => f.ResponsibleOrganizationId!.Value).Select(g => new { Body = g.Key, Count = g.Count() }).ToListAsync();
        var many = counts.Single(c => c.Count > ListFollowUps.BodyItemsSought).Body;
        var few = counts.Where(c => c.Count < 100).OrderByDescending(c => c.Count).First().Body;
        var user = await db.Users.SingleAsync(u => u.Email == Demo.DistrictStaff);
        var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId);
        var scope = new UserScope(user.Id, user.FullName, unit.Id, unit.Name, unit.Path, new HashSet<string> { Roles.DistrictStaff });
        async Task<List<string>> PlanAsync(int body)
        {
            var queries = await services.ServiceProvider.GetRequiredService<ListFollowUps>()
                .PageQueriesAsync(scope, new FollowUpFilter { Mine = false, OpenOnly = false, OrganizationId = body });
            var lines = new List<string>();
            foreach (var query in queries) lines.AddRange(await QueryPlan.ExplainAsync(db, query.Take(20).ToQueryString()));
            return lines;
        }
        Assert.Contains(await PlanAsync(few), line => line.StartsWith("SEARCH f USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(await PlanAsync(many), line => line.StartsWith("SEARCH f USING INTEGER PRIMARY KEY", StringComparison.Ordinal));

        // Both ways list only the body's items, and the long one counts past the bound.
        foreach (var body in new[] { few, many })
        {
            var html = await PageAsync(Demo.DistrictStaff, $"/FollowUps?Mine=false&OpenOnly=false&OrganizationId={body}");
            var shown = DetailsLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
            Assert.NotEmpty(shown);
            Assert.Equal(shown.Count, await factory.WithDbAsync(d => d.FollowUps.CountAsync(f => shown.Contains(f.Id) && f.ResponsibleOrganizationId == body)));
        }
        Assert.Contains("Hơn 10.000 việc · hôm nay", await PageAsync(Demo.DistrictStaff, $"/FollowUps?Mine=false&OpenOnly=false&OrganizationId={many}"));
    }

    [GeneratedRegex("href=\"/FollowUps/Details/(\\d+)\"")] private static partial Regex DetailsLink();

    /// <summary>A table read whole, row by row, with no index ("SCAN f" rather than "SCAN f USING INDEX …" or "SEARCH …").</summary>
    [GeneratedRegex(@"^SCAN \w+$")] private static partial Regex FullScan();
}
