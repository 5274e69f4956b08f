using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Shared;

/// <summary>
/// Issue 15, point 10: every staff page shows where it sits ("Khu vực cán bộ › section › page"), drawn by the layout
/// from the controller and action; the last step is the page itself, not a link. Public pages have no trail.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public partial class BreadcrumbsTests(PortalFactory factory)
{
    [GeneratedRegex("<nav aria-label=\"Đường dẫn\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex Trail();

    [GeneratedRegex("<li class=\"breadcrumb-item[^\"]*\"([^>]*)>(?:<a href=\"([^\"]*)\">)?([^<]*)", RegexOptions.Singleline)]
    private static partial Regex Step();

    /// <summary>The trail's steps as "label" or "label → url", in order, and whether the last one is the current page.</summary>
    private static async Task<(List<string> Steps, bool LastIsCurrent)> TrailAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var trails = Trail().Matches(html);
        Assert.True(trails.Count == 1, $"{url} has {trails.Count} breadcrumb trails.");
        var steps = Step().Matches(trails[0].Groups[1].Value).ToList();
        return (steps.Select(s => s.Groups[2].Success ? $"{s.Groups[3].Value.Trim()} → {s.Groups[2].Value}" : s.Groups[3].Value.Trim()).ToList(),
            steps[^1].Groups[1].Value.Contains("aria-current=\"page\"") && !steps[^1].Groups[2].Success);
    }

    private static async Task AssertTrailAsync(HttpClient client, string url, params string[] expected)
    {
        var (steps, lastIsCurrent) = await TrailAsync(client, url);
        Assert.Equal(expected, steps);
        Assert.True(lastIsCurrent, $"The last step of {url} should be the current page, without a link.");
    }

    [Fact]
    public async Task A_list_a_form_and_a_record_each_show_their_trail_ending_on_the_page_itself()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var conference = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Unit!.Code == "HT-KA-KPH")
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Title }).FirstAsync());

        await AssertTrailAsync(client, "/Staff", "Khu vực cán bộ");
        await AssertTrailAsync(client, "/Conferences", "Khu vực cán bộ → /Staff", "Hội nghị");
        await AssertTrailAsync(client, "/Conferences/Create", "Khu vực cán bộ → /Staff", "Hội nghị → /Conferences", "Thêm hội nghị");
        await AssertTrailAsync(client, $"/Conferences/Details/{conference.Id}", "Khu vực cán bộ → /Staff", "Hội nghị → /Conferences", conference.Title);
        // The minutes belong to the conferences' section of the menu, under their conference.
        await AssertTrailAsync(client, $"/Minutes/Edit/{conference.Id}", "Khu vực cán bộ → /Staff", "Hội nghị → /Conferences",
            $"{conference.Title} → /Conferences/Details/{conference.Id}", "Nhập biên bản");
        await AssertTrailAsync(client, "/FollowUps", "Khu vực cán bộ → /Staff", "Theo dõi");
        await AssertTrailAsync(client, "/Account/TwoFactor", "Khu vực cán bộ → /Staff", "Xác thực hai bước");
    }

    [Fact]
    public async Task An_administrators_pages_have_their_trail_too()
    {
        var client = await factory.SignedInClientAsync(Demo.Admin);

        await AssertTrailAsync(client, "/Users/Create", "Khu vực cán bộ → /Staff", "Người dùng → /Users", "Tạo tài khoản");
        // A report sits under the dashboard it is opened from; its own step is its title.
        var (report, current) = await TrailAsync(client, "/Reports?Kind=Year&Year=2022");
        Assert.Equal(["Khu vực cán bộ → /Staff", "Tổng hợp → /Dashboard"], report.Take(2));
        Assert.StartsWith("Báo cáo", report[2]);
        Assert.True(current);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/kien-nghi")]
    public async Task Public_pages_have_no_trail_even_for_a_signed_in_officer(string url)
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = await client.GetStringAsync(url);

        Assert.DoesNotContain("aria-label=\"Đường dẫn\"", html);
    }
}
