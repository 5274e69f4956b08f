using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// The three journeys the README shows, walked as their people walk them on a 1366 x 768 screen: the ward secretary
/// (sign in, home, minutes entry, follow-up), the leader (home, dashboard, report) and a citizen (home, a news post,
/// the answered petitions). Each step is a picture of the window in the screenshots folder; with
/// DOITHOAI_DOCS_SCREENSHOTS=1 the pictures also replace those in docs/screenshots (then commit them).
/// </summary>
[Collection(BrowserCollection.Name)]
public class JourneyScreenshotsTests(BrowserFixture browser)
{
    private static bool UpdateDocs => Environment.GetEnvironmentVariable("DOITHOAI_DOCS_SCREENSHOTS") == "1";

    private static async Task<BrowserSession> OpenAsync(BrowserFixture browser, string journey)
    {
        var session = await browser.OpenAsync($"journey-{journey}");
        await session.Page.SetViewportSizeAsync(1366, 768);
        return session;
    }

    private static async Task ShotAsync(BrowserSession session, string name)
    {
        await session.WindowShotAsync(name);
        if (!UpdateDocs) return;
        Directory.CreateDirectory(DocsFolder());
        await session.Page.ScreenshotAsync(new() { Path = Path.Combine(DocsFolder(), name + ".png") });
    }

    private static ILocator MainMenu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });

    [Fact]
    public async Task The_secretary_signs_in_enters_minutes_and_follows_an_item()
    {
        await using var session = await OpenAsync(browser, "secretary");
        var page = session.Page;
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("kyphuong@demo.local");
        await ShotAsync(session, "secretary-1-sign-in");
        await page.SignInAsync("kyphuong@demo.local");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Xin chào"));
        await ShotAsync(session, "secretary-2-home");

        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true }).ClickAsync();
        await page.Locator("main table tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập biên bản" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nhập biên bản", Level = 1 })).ToBeVisibleAsync();
        await ShotAsync(session, "secretary-3-minutes-entry");

        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Theo dõi" }).ClickAsync();
        await ShotAsync(session, "secretary-4-follow-ups");
        await page.Locator("main table tbody tr").First.Locator("a[href*='/FollowUps/Details/']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/FollowUps/Details/\\d+"));
        await ShotAsync(session, "secretary-5-follow-up-item");
    }

    [Fact]
    public async Task The_leader_reads_the_dashboard_and_a_report()
    {
        await using var session = await OpenAsync(browser, "leader");
        var page = session.Page;
        await page.SignInAsync("lanhdao.kyanh@demo.local");
        await ShotAsync(session, "leader-1-home");

        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Tổng hợp" }).ClickAsync();
        await Expect(page.Locator("canvas").First).ToBeVisibleAsync();
        await ShotAsync(session, "leader-2-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Reports"));
        await ShotAsync(session, "leader-3-report");
    }

    [Fact]
    public async Task A_citizen_reads_the_news_and_the_answered_petitions()
    {
        await using var session = await OpenAsync(browser, "public");
        var page = session.Page;
        await page.GotoAsync("/");
        await ShotAsync(session, "public-1-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đọc tin tức" }).ClickAsync();
        await page.Locator("main .news-card-title a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tin-tuc/[^/]+$"));
        await ShotAsync(session, "public-2-news-post");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kiến nghị đã giải quyết" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/kien-nghi"));
        await ShotAsync(session, "public-3-answered-petitions");
    }

    // docs/screenshots of the repository these tests were compiled from.
    private static string DocsFolder([CallerFilePath] string thisFile = "")
    {
        var folder = Path.GetDirectoryName(thisFile);
        while (folder is not null && !File.Exists(Path.Combine(folder, "DoiThoai.sln"))) folder = Path.GetDirectoryName(folder);
        return Path.Combine(folder ?? throw new InvalidOperationException("No DoiThoai.sln above the test's source."), "docs", "screenshots");
    }
}
