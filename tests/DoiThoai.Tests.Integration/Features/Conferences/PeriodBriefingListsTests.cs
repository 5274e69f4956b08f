using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>
/// The demo's quarterly briefing of Kỳ Anh is reported without its day (issue 16, point 4): every list that shows a
/// conference's date shows "Quý I năm 2023" for it, never the quarter's last day it sorts by.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public class PeriodBriefingListsTests(PortalFactory factory)
{
    private const string Period = "Quý I năm 2023";

    private async Task<(int Id, HttpClient Client)> BriefingAsync()
    {
        factory.CreateClient();
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOnUnknown && c.Title.StartsWith("Giao ban quý I")).Select(c => c.Id).SingleAsync());
        return (id, await factory.SignedInClientAsync(Demo.DistrictStaff));
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    [Fact]
    public async Task The_conference_list_shows_the_period_in_the_date_column()
    {
        var (id, client) = await BriefingAsync();
        var html = await client.GetStringAsync("/Conferences?Year=2023&Kind=Briefing");
        Assert.Matches($"<td class=\"text-nowrap\">{Period}</td>\\s*<td><a href=\"/Conferences/Details/{id}\"", html);
        Assert.DoesNotContain("31/03/2023", Text(html));
    }

    [Fact]
    public async Task The_follow_ups_list_shows_the_period_as_the_conference_date()
    {
        var (_, client) = await BriefingAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString("cảnh giác trước các hành vi lừa đảo")}"));
        Assert.Contains("cảnh giác trước các hành vi lừa đảo", html);
        Assert.Contains($"<td class=\"text-nowrap\">{Period}</td>", html);
    }

    [Fact]
    public async Task Search_results_and_the_dashboard_list_show_the_period()
    {
        var (_, client) = await BriefingAsync();
        var search = Text(await client.GetStringAsync($"/Search?Q={Uri.EscapeDataString("mô hình Dân vận khéo")}"));
        Assert.Matches($"Kỳ Anh\\s*·\\s*{Period}", search);
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard/Petitions?Kind=Quarter&Year=2023&Number=1"));
        Assert.Contains("nhà văn hóa cộng đồng", dashboard);
        Assert.Contains($"<td>{Period}</td>", dashboard);
    }
}
