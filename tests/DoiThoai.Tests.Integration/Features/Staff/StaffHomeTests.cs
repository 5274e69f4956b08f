using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Staff;

/// <summary>
/// Each role lands on the work waiting for it, and every count on the home links to a list that shows as many
/// records: the list's own total for follow-ups and conferences, the rows for news drafts and comments.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public partial class StaffHomeTests(PortalFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task Ward_secretary_sees_minutes_drafts_and_their_units_items_each_matching_its_list()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var home = await client.GetStringAsync("/Staff");

        Assert.Contains("Việc của tôi", home);
        Assert.DoesNotContain("work-news-drafts", home);
        Assert.DoesNotContain("work-awaiting-check-resolved", home);

        var drafts = await AssertTileMatchesListAsync(client, home, "minutes-drafts", ConferenceTotal);
        var overdue = await AssertTileMatchesListAsync(client, home, "overdue", FollowUpTotal);
        var dueSoon = await AssertTileMatchesListAsync(client, home, "due-soon", FollowUpTotal);
        await AssertTileMatchesListAsync(client, home, "awaiting-answer", FollowUpTotal);

        var (expectedDrafts, expectedOverdue, expectedDueSoon) = await factory.WithDbAsync(async db =>
        {
            var path = await db.Users.Where(u => u.Email == Demo.KyPhuongWard).Select(u => u.Unit!.Path).SingleAsync();
            var units = db.Units.Where(u => u.Path.StartsWith(path));
            var mine = db.FollowUps.Where(f => f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId)
                && units.Any(u => u.Id == f.ResponsibleUnitId) && FollowUpStateMachine.OpenStates.Contains(f.State));
            return (await db.Conferences.CountAsync(c => c.Unit!.Path.StartsWith(path) && c.MinutesState == MinutesState.Draft),
                await mine.CountAsync(f => f.Deadline < Today),
                await mine.CountAsync(f => f.Deadline >= Today && f.Deadline <= Today.AddDays(Deadlines.DueSoonDays)));
        });
        Assert.Equal(expectedDrafts, drafts);
        Assert.Equal(expectedOverdue, overdue);
        Assert.Equal(expectedDueSoon, dueSoon);
        Assert.True(drafts + overdue + dueSoon > 0, "The demo ward should have some work waiting, or this test proves little.");
    }

    [Fact]
    public async Task Front_sees_answered_items_awaiting_its_check_in_its_whole_scope()
    {
        var client = await factory.SignedInClientAsync(Demo.FrontStaff);
        var home = await client.GetStringAsync("/Staff");

        Assert.Contains("Chờ Mặt trận giám sát, đóng", home);
        Assert.DoesNotContain("work-news-drafts", home);
        Assert.DoesNotContain("work-overdue", home);
        Assert.Contains("work-dashboard", home);

        var resolved = await AssertTileMatchesListAsync(client, home, "awaiting-check-resolved", FollowUpTotal);
        var explained = await AssertTileMatchesListAsync(client, home, "awaiting-check-explained", FollowUpTotal);

        var (expectedResolved, expectedExplained) = await factory.WithDbAsync(async db =>
        {
            var path = await db.Users.Where(u => u.Email == Demo.FrontStaff).Select(u => u.Unit!.Path).SingleAsync();
            var units = db.Units.Where(u => u.Path.StartsWith(path));
            var scoped = db.FollowUps.Where(f => f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId)
                && units.Any(u => u.Id == f.UnitId || u.Id == f.ResponsibleUnitId));
            return (await scoped.CountAsync(f => f.State == FollowUpState.Resolved), await scoped.CountAsync(f => f.State == FollowUpState.Explained));
        });
        Assert.Equal(expectedResolved, resolved);
        Assert.Equal(expectedExplained, explained);
    }

    [Fact]
    public async Task Editor_sees_news_drafts_and_comments_waiting_and_no_record_keeping_work()
    {
        var client = await factory.SignedInClientAsync(Demo.Editor);
        var home = await client.GetStringAsync("/Staff");

        Assert.DoesNotContain("Việc của tôi", home);
        Assert.DoesNotContain("work-awaiting-check-resolved", home);

        await AssertTileMatchesListAsync(client, home, "news-drafts", html => NewsRow().Count(Body(html)));
        await AssertTileMatchesListAsync(client, home, "comments-pending", html => CommentCard().Count(html));
    }

    [Fact]
    public async Task Leader_keeps_the_link_to_the_dashboard_and_gets_no_work_blocks()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var home = await client.GetStringAsync("/Staff");

        Assert.Matches("data-testid=\"work-dashboard\"[^>]*href=\"/Dashboard\"|href=\"/Dashboard\"[^>]*data-testid=\"work-dashboard\"", home);
        Assert.DoesNotContain("data-testid=\"count-", home);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode);
    }

    /// <summary>Reads the tile's count, opens its link and checks the list there shows the same number; returns the count.</summary>
    private static async Task<int> AssertTileMatchesListAsync(HttpClient client, string home, string tile, Func<string, int> listed)
    {
        var count = int.Parse(Regex.Match(home, $"data-testid=\"count-{tile}\">(\\d+)<").Groups[1].Value);
        var link = WebUtility.HtmlDecode(Regex.Match(home, $"<a [^>]*href=\"([^\"]+)\"[^>]*data-testid=\"work-{tile}\"|<a [^>]*data-testid=\"work-{tile}\"[^>]*href=\"([^\"]+)\"")
            .Groups.Values.Skip(1).First(g => g.Success).Value);
        var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, listed(await response.Content.ReadAsStringAsync()));
        return count;
    }

    private static int FollowUpTotal(string html) => int.Parse(FollowUpCount().Match(html).Groups[1].Value);
    private static int ConferenceTotal(string html) => int.Parse(ConferenceCount().Match(html).Groups[1].Value);
    private static string Body(string html) => html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];

    [GeneratedRegex(@"(\d+) việc · hôm nay")] private static partial Regex FollowUpCount();
    [GeneratedRegex(@"Tìm thấy <strong>(\d+)</strong> hội nghị")] private static partial Regex ConferenceCount();
    [GeneratedRegex("href=\"/News/Edit/\\d+\"")] private static partial Regex NewsRow();
    [GeneratedRegex("data-testid=\"comment\"")] private static partial Regex CommentCard();
}
