using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.FollowUps;

/// <summary>An item's page: the story, then one panel with what the user may do; coordinating bodies are found by typing.</summary>
[Collection(BrowserCollection.Name)]
public class ActionPanelTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_item_page_offers_one_panel_and_the_coordinating_bodies_are_found_by_typing()
    {
        await using var ward = await browser.OpenAsync("followup-panel");
        var page = ward.Page;
        await page.SignInAsync("kyphuong@demo.local");

        await page.GotoAsync("/FollowUps?Mine=false&Q=nguon%20kinh%20phi%20hoat%20dong");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Nguồn kinh phí hoạt động") }).First.ClickAsync();

        var panel = page.GetByTestId("action-panel");
        await Expect(panel).ToHaveCountAsync(1);
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" })).ToBeVisibleAsync();
        // Closing is the Front's check: the ward is not offered it.
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Đóng sau khi Mặt trận kiểm tra" })).ToHaveCountAsync(0);

        // Typing without diacritics narrows the coordinating bodies to those whose name has the words.
        var entries = page.GetByTestId("coordinators").Locator("[data-picker-item]");
        var all = await entries.CountAsync();
        await page.GetByLabel("Tìm cơ quan phối hợp").FillAsync("hoi nong dan");
        var shown = page.GetByTestId("coordinators").Locator("[data-picker-item]:visible");
        await Expect(shown.First).ToContainTextAsync("Hội Nông dân");
        var names = await shown.AllInnerTextsAsync();
        Assert.InRange(names.Count, 1, all - 1);
        Assert.All(names, name => Assert.Contains("hội nông dân", name.ToLowerInvariant()));
        await shown.First.GetByRole(AriaRole.Checkbox).CheckAsync();
        await ward.ScreenshotAsync("panel-picker");

        await page.GetByLabel("Cơ quan chủ trì giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương" });
        await page.GetByLabel("Thời hạn").FillAsync("2099-12-31");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã giao xử lý.");
        await Expect(page.GetByTestId("coordinators-shown")).ToContainTextAsync("Hội Nông dân");
        ward.AssertNoRequestLeftTheSite();
    }
}
