using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Organizations;

/// <summary>The bodies list sorts by its column headers, names in Vietnamese order, and never leaves the user's scope.</summary>
public partial class OrganizationListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [GeneratedRegex("""<tr><td><a href="/Organizations/Details/(?<id>\d+)">(?<name>[^<]*)</a></td><td>(?<kind>[^<]*)</td><td>(?<unit>[^<]*)</td>""")]
    private static partial Regex Row();

    private static List<(int Id, string Name)> Rows(string html) =>
        Row().Matches(html).Select(m => (int.Parse(m.Groups["id"].Value), WebUtility.HtmlDecode(m.Groups["name"].Value))).ToList();

    [Fact]
    public async Task Names_sort_in_Vietnamese_order_both_ways_and_a_ward_sees_only_its_own_bodies()
    {
        string[] names = ["Tổ dân vận thử", "Thôn đội thử", "Đội xung kích thử", "Dân quân thử"];
        var ward = await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            db.Organizations.AddRange(names.Select(n => new Organization { UnitId = unit.Id, Name = n, Kind = OrganizationKind.Other }));
            await db.SaveChangesAsync();
            return unit.Path;
        });
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var ascending = Rows(await client.GetStringAsync("/Organizations?Sort=Name&Dir=asc&Q=thu"));
        var descending = Rows(await client.GetStringAsync("/Organizations?Sort=Name&Dir=desc&Q=thu"));

        Assert.Equal(["Dân quân thử", "Đội xung kích thử", "Thôn đội thử", "Tổ dân vận thử"], ascending.Select(r => r.Name).Where(names.Contains));
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        var outside = await factory.WithDbAsync(async db =>
            (await db.Organizations.Where(o => !o.Unit!.Path.StartsWith(ward)).Select(o => o.Id).ToListAsync()).ToHashSet());
        foreach (var sort in new[] { "Name", "Kind", "Unit" })
            Assert.All(Rows(await client.GetStringAsync($"/Organizations?Sort={sort}&Dir=desc")), r => Assert.DoesNotContain(r.Id, outside));
    }
}
