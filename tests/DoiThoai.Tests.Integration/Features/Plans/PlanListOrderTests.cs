using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Plans;

/// <summary>The plans list sorts by unit and by its counts, keeps the year and unit filter, and never leaves the user's scope.</summary>
public partial class PlanListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Year = 2019;

    [GeneratedRegex("""<tr data-plan="(?<id>\d+)">""")]
    private static partial Regex Row();

    private static List<int> Rows(string html) => Row().Matches(html).Select(m => int.Parse(m.Groups["id"].Value)).ToList();

    /// <summary>Plans of three communes of Kỳ Anh with 3, 1 and 2 entries, and one of Hồng Lĩnh outside the scope.</summary>
    private async Task<(Dictionary<string, int> Ids, int Outside)> SeedAsync() => await factory.WithDbAsync(async db =>
    {
        var units = await db.Units.Where(u => new[] { "HT-KA-KPH", "HT-KA-KHA", "HT-KA-KHO", "HT-HL" }.Contains(u.Code)).ToDictionaryAsync(u => u.Code);
        var entries = new Dictionary<string, int> { ["HT-KA-KPH"] = 3, ["HT-KA-KHA"] = 1, ["HT-KA-KHO"] = 2, ["HT-HL"] = 4 };
        var plans = entries.ToDictionary(e => e.Key, e => new DialoguePlan
        {
            UnitId = units[e.Key].Id, Year = Year,
            Entries = Enumerable.Range(1, e.Value).Select(m => new PlanEntry { UnitId = units[e.Key].Id, Month = m, Topic = "Chủ đề " + m, LeadBy = "Chủ tịch" }).ToList(),
        });
        db.DialoguePlans.AddRange(plans.Values);
        await db.SaveChangesAsync();
        return (plans.Where(p => p.Key != "HT-HL").ToDictionary(p => p.Key, p => p.Value.Id), plans["HT-HL"].Id);
    });

    [Fact]
    public async Task Plans_sort_by_unit_and_counts_both_ways_keep_the_year_and_stay_in_scope()
    {
        var (ids, outside) = await SeedAsync();
        var paths = await factory.WithDbAsync(db => db.Units.Where(u => ids.Keys.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Path));
        var byPath = ids.OrderBy(i => paths[i.Key], StringComparer.Ordinal).Select(i => i.Value).ToList();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var byDefault = await client.GetStringAsync($"/Plans?Year={Year}");
        Assert.Equal(byPath, Rows(byDefault));
        Assert.Matches("""<th scope="col" aria-sort="ascending"><a class="sort-link" href="/Plans\?Year=2019&amp;Sort=Unit&amp;Dir=desc""", byDefault);
        Assert.Contains($"href=\"/Plans?Year={Year}&amp;Sort=Planned&amp;Dir=desc\"", byDefault);
        Assert.Equal(byPath.AsEnumerable().Reverse(), Rows(await client.GetStringAsync($"/Plans?Year={Year}&Sort=Unit&Dir=desc")));

        int[] mostFirst = [ids["HT-KA-KPH"], ids["HT-KA-KHO"], ids["HT-KA-KHA"]];
        foreach (var key in new[] { "Planned", "Late" })
        {
            var descending = await client.GetStringAsync($"/Plans?Year={Year}&Sort={key}&Dir=desc");
            Assert.Equal(mostFirst, Rows(descending));
            Assert.Contains("aria-sort=\"descending\"", descending);
            Assert.Equal(mostFirst.Reverse(), Rows(await client.GetStringAsync($"/Plans?Year={Year}&Sort={key}&Dir=asc")));
        }
        foreach (var key in new[] { "Unit", "Planned", "Held", "Late" })
        foreach (var dir in new[] { "asc", "desc" })
            Assert.DoesNotContain(outside, Rows(await client.GetStringAsync($"/Plans?Year={Year}&Sort={key}&Dir={dir}")));
    }
}
