using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Audit;

/// <summary>A conference's change history as the secretary reads it: labels and names, the latest few, the rest folded.</summary>
[Collection(BrowserCollection.Name)]
public class HistoryTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_conferences_history_reads_as_an_office_wrote_it()
    {
        await using var session = await browser.OpenAsync(nameof(A_conferences_history_reads_as_an_office_wrote_it));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");

        await page.GotoAsync("/Conferences?From=28/06/2022&To=28/06/2022");
        await page.Locator("table a[href^='/Conferences/Details/']").First.ClickAsync();
        var history = page.Locator("section[aria-labelledby='history-h']");
        await history.ScrollIntoViewIfNeededAsync();
        await Expect(history.GetByTestId("history").Locator(":scope > li")).Not.ToHaveCountAsync(0);
        Assert.True(await history.GetByTestId("history").Locator(":scope > li").CountAsync() <= 5);

        var text = await history.InnerTextAsync();
        Assert.DoesNotMatch(@"\b(HeldOn|MinutesState|OrganizerId|ConferenceId|UnitId)\b", text);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|-\d{4,}|@", text);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", text);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await history.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "conference-history.png") });
    }
}
