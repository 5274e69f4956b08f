using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>The follow-up list's sortable columns (issue 15 point 10) on the demo data: each order holds, scope holds in every order.</summary>
[Collection(ReadOnlyPortal.Name)]
public partial class FollowUpListOrderTests(PortalFactory factory)
{
    private sealed record Listed(int Id, FollowUpState State, DateOnly? Deadline, int UnitId, int? ResponsibleUnitId, string UnitPath, string? ResponsiblePath, DateOnly HeldOn, int ConferenceId);

    private async Task<List<Listed>> ListedAsync(string email, string address)
    {
        var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = DetailsLink().Matches(await response.Content.ReadAsStringAsync()).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        var rows = await factory.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new Listed(f.Id, f.State, f.Deadline, f.UnitId, f.ResponsibleUnitId,
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Path).First(),
                db.Units.Where(u => u.Id == f.ResponsibleUnitId).Select(u => u.Path).FirstOrDefault(),
                f.Conference!.HeldOn, f.ConferenceId))
            .ToListAsync());
        return ids.Select(id => rows.Single(r => r.Id == id)).ToList();
    }

    private static void AssertOrdered<TKey>(IReadOnlyList<Listed> rows, Func<Listed, TKey> key, bool descending)
    {
        Assert.True(rows.Count > 1, "the list shows too few items to tell an order");
        var keys = rows.Select(key).ToList();
        var sorted = descending ? keys.OrderDescending().ToList() : keys.Order().ToList();
        Assert.Equal(sorted, keys);
    }

    [Fact]
    public async Task By_default_items_with_a_deadline_come_first_the_nearest_first()
    {
        var rows = await ListedAsync(Demo.DistrictStaff, "/FollowUps?Mine=false&OpenOnly=false");
        // Items without a deadline after those with one (false sorts before true), deadlines ascending.
        AssertOrdered(rows, r => (r.Deadline is null, r.Deadline ?? DateOnly.MinValue), descending: false);
    }

    [Theory]
    [InlineData("Deadline", "desc")]
    [InlineData("State", "asc")]
    [InlineData("State", "desc")]
    [InlineData("Unit", "asc")]
    [InlineData("HeldOn", "desc")]
    [InlineData("HeldOn", "asc")]
    public async Task Each_sortable_column_orders_the_list(string sort, string dir)
    {
        var rows = await ListedAsync(Demo.DistrictStaff, $"/FollowUps?Mine=false&OpenOnly=false&Sort={sort}&Dir={dir}");
        var descending = dir == "desc";
        switch (sort)
        {
            case "Deadline": AssertOrdered(rows.Where(r => r.Deadline is not null).ToList(), r => r.Deadline, descending); break;
            case "State": AssertOrdered(rows, r => (int)r.State, descending); break;
            case "Unit": AssertOrdered(rows, r => r.UnitId, descending); break;
            default: AssertOrdered(rows, r => r.HeldOn, descending); break;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("&Sort=State&Dir=desc")]
    [InlineData("&Sort=Unit&Dir=asc")]
    [InlineData("&Sort=HeldOn&Dir=desc")]
    [InlineData("&Sort=Deadline&Dir=desc&Page=50")]
    public async Task A_ward_never_sees_another_wards_items_in_any_order(string order)
    {
        var wardPath = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Demo.KyPhuongWard)
            .Select(u => db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Path).First()).SingleAsync());
        var rows = await ListedAsync(Demo.KyPhuongWard, "/FollowUps?Mine=false&OpenOnly=false" + order);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(UnitPath.IsWithin(r.UnitPath, wardPath) || (r.ResponsiblePath is { } p && UnitPath.IsWithin(p, wardPath)),
            $"item {r.Id} of unit {r.UnitPath} is outside the ward {wardPath}"));
    }

    [Fact]
    public async Task Sort_headers_keep_the_filters_and_mark_the_current_order()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUps?Mine=false&OpenOnly=false&Kind=Petition&Sort=State&Dir=asc&Page=2"));
        Assert.Matches("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort-link\" href=\"[^\"]*Sort=State&Dir=desc\"", html);
        var unitLink = Regex.Match(html, "href=\"([^\"]*Sort=Unit[^\"]*)\"").Groups[1].Value;
        Assert.Contains("Kind=Petition", unitLink);
        Assert.DoesNotContain("Page=", unitLink);
        // The filter form keeps the order too.
        Assert.Contains("<input type=\"hidden\" name=\"Sort\" value=\"State\" />", html);
    }

    [GeneratedRegex("href=\"/FollowUps/Details/(\\d+)\"")] private static partial Regex DetailsLink();
}
