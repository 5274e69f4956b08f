using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Dashboard;

/// <summary>A leader reads the year's figures: charts drawn from local files, the same numbers in tables, each a link to its list.</summary>
[Collection(BrowserCollection.Name)]
public class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Leader_reads_the_year_in_charts_and_tables_and_follows_a_number_to_its_list()
    {
        await using var session = await browser.OpenAsync("dashboard-leader");
        var page = session.Page;
        await page.SignInAsync("lanhdao.kyanh@demo.local");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tổng hợp" }).ClickAsync();
        await page.GetByLabel("Kỳ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Năm" });
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2022");
        await page.GetByLabel("Năm", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("Tổng hợp năm 2022"));

        // Chart.js drew the charts (it sizes each canvas), and each has its table of the same numbers.
        var kindChart = page.Locator("canvas[data-chart=chart-kind]");
        await Expect(kindChart).ToHaveAttributeAsync("style", new Regex("width"));
        await Expect(page.Locator("table[data-table=by-kind] tbody tr")).Not.ToHaveCountAsync(0);
        await session.ScreenshotAsync("1-year-2022");

        // A number is a link to the list behind it.
        var firstLink = page.Locator("table[data-table=by-kind] tbody a").First;
        var count = (await firstLink.InnerTextAsync()).Trim();
        await firstLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Conferences"));
        await Expect(page.Locator("main")).ToContainTextAsync(count);
        await session.ScreenshotAsync("2-list-behind-the-number");
        session.AssertNoRequestLeftTheSite();
    }
}
