using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// Dates are typed dd/MM/yyyy whatever the browser's language (ADR 0014): an English Chromium, whose native date
/// input would show 12/01/2026 for 1 December, shows and accepts the Vietnamese form, and a day that does not exist
/// is refused with a Vietnamese message next to the field, without losing anything else that was typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class DateInputTests(BrowserFixture browser)
{
    // The shared fixture opens Vietnamese pages; this test needs the browser of an English-speaking user.
    private async Task<IPage> EnglishPageAsync(BrowserSession session)
    {
        var context = await session.Page.Context.Browser!.NewContextAsync(new()
        {
            BaseURL = browser.BaseAddress.ToString(), Locale = "en-US", TimezoneId = "America/New_York",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync("kyphuong@demo.local");
        return page;
    }

    [Fact]
    public async Task An_english_browser_shows_and_accepts_dates_as_dd_MM_yyyy_and_refuses_a_day_that_does_not_exist()
    {
        await using var session = await browser.OpenAsync(nameof(DateInputTests));
        var page = await EnglishPageAsync(session);
        Assert.Equal("en-US", await page.EvaluateAsync<string>("navigator.language"));

        // A seeded conference held on 28/06/2022 shows its day the Vietnamese way.
        await page.GotoAsync("/Conferences?From=28/06/2022&To=28/06/2022");
        var link = page.Locator("table a[href^='/Conferences/Details/']").First;
        var id = Regex.Match((await link.GetAttributeAsync("href"))!, @"\d+$").Value;
        await page.GotoAsync($"/Conferences/Edit/{id}");
        var heldOn = page.GetByLabel("Ngày tổ chức");
        await Expect(heldOn).ToHaveValueAsync("28/06/2022");
        Assert.Equal("text", await heldOn.GetAttributeAsync("type"));
        Assert.Equal("dd/mm/yyyy", await heldOn.GetAttributeAsync("placeholder"));

        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync("Đối thoại ngày không có thật");
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Địa điểm").FillAsync("Nhà văn hóa tổ dân phố 3");
        await page.GetByLabel("Ngày tổ chức").FillAsync("31/02/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        // Refused in the page, next to the field, before anything is sent.
        var message = page.Locator("[data-valmsg-for='Input.HeldOn']");
        await Expect(message).ToHaveTextAsync("Ngày 31/02/2026 không tồn tại.");
        await Expect(page).ToHaveURLAsync(new Regex("/Conferences/Create$"));
        await BrowserFixture.ScreenshotAsync(page, "DateInputTests-1-refused-in-page");

        // The server says the same when the page's check is bypassed, and keeps what was typed.
        await page.Locator("form:has([name='Input.HeldOn'])").EvaluateAsync("form => form.submit()");
        await Expect(message).ToHaveTextAsync("Ngày 31/02/2026 không tồn tại.");
        await Expect(page.GetByLabel("Ngày tổ chức")).ToHaveValueAsync("31/02/2026");
        await Expect(page.GetByLabel("Tên hội nghị")).ToHaveValueAsync("Đối thoại ngày không có thật");
        await Expect(page.GetByLabel("Địa điểm")).ToHaveValueAsync("Nhà văn hóa tổ dân phố 3");
        await BrowserFixture.ScreenshotAsync(page, "DateInputTests-2-refused-by-server");

        // Corrected, it is saved with the day typed, 1 December, not 12 January.
        await page.GetByLabel("Ngày tổ chức").FillAsync("01/12/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
        await page.GotoAsync("/Conferences?Q=" + Uri.EscapeDataString("Đối thoại ngày không có thật"));
        await Expect(page.Locator("main")).ToContainTextAsync("01/12/2026");
        await page.Context.CloseAsync();
    }
}
