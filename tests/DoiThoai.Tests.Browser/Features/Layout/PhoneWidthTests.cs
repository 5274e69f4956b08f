using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// On a 390 px phone no signed-in page is wider than the screen: the staff home and every top-level link of the main
/// menu, for every demo role. Wide tables scroll inside their own box instead of widening the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneWidthTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Theory]
    [InlineData("quantri@demo.local")]
    [InlineData("vanphong.kyanh@demo.local")]
    [InlineData("kyphuong@demo.local")]
    [InlineData("thanhbinh@demo.local")]
    [InlineData("mattran.kyanh@demo.local")]
    [InlineData("lanhdao.kyanh@demo.local")]
    [InlineData("bientap.kyanh@demo.local")]
    public async Task Staff_home_and_every_top_level_menu_page_fit_a_390_px_phone(string email)
    {
        var role = email.Split('@')[0].Replace('.', '-');
        await using var session = await browser.OpenAsync($"phone-390-{role}");
        var page = session.Page;
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.SignInAsync(email);

        // The menu's own links (not the drop-down toggles), read from the page as this role sees it.
        var menuLinks = await page.Locator("#main-nav > ul > li > a.nav-link:not(.dropdown-toggle)")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/Staff", menuLinks);
        // The dashboard also on a year that holds data, so that its tables are drawn.
        var pages = new[] { "/Staff" }.Concat(menuLinks).Append("/Dashboard?Kind=Year&Year=2022").Distinct().ToList();

        var tooWide = new List<string>();
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            await session.ScreenshotAsync(Regex.Replace(path.Trim('/').ToLowerInvariant(), "[^a-z0-9]+", "-"));
            if (widths[0] > widths[1] + 1) tooWide.Add($"{path}: {widths[0]} px wide on a {widths[1]} px screen");
        }
        Assert.True(tooWide.Count == 0, $"Pages wider than the phone for {email}: {string.Join("; ", tooWide)}");
    }
}
