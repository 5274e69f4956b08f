using DoiThoai.Tests.Browser.Infrastructure;
using DoiThoai.Tests.Browser.Features.Layout;
using Microsoft.Playwright;
using static DoiThoai.Tests.Browser.Features.Conferences.MinutesEntryTests;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// A secretary corrects a row in place and moves it, keyboard first (Enter saves, Esc cancels, focus comes back to the
/// row), through the labels a person reads, on a 1366 px desktop and a 390 px phone; the order holds on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MinutesRowsTests(BrowserFixture browser)
{
    private static ILocator Rows(IPage page) => page.Locator("#rows-petitions > tr:not([data-row-editor])");

    /// <summary>Opens the row's correction form with its "Sửa" button and returns the form.</summary>
    private static async Task<ILocator> OpenCorrectionAsync(IPage page, string row)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Sửa dòng: {row}", Exact = true }).ClickAsync();
        var form = page.Locator("form[data-row-form=petitions]");
        await Expect(form).ToBeVisibleAsync();
        return form;
    }

    [Fact]
    public async Task On_a_desktop_a_petition_is_corrected_with_enter_left_with_escape_and_moved_up_for_every_page()
    {
        await using var session = await browser.OpenAsync(nameof(On_a_desktop_a_petition_is_corrected_with_enter_left_with_escape_and_moved_up_for_every_page));
        var page = session.Page;
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync("kyphuong@demo.local");
        await CreateConferenceAsync(page, "Đối thoại sửa và đổi thứ tự kiến nghị", "20/10/2026", "Hội nghị đối thoại");
        await AddRowAsync(page, "petitions", ("Loại", "Kiến nghị"), ("Nội dung", "Kiến nghị về đường làng"));
        await AddRowAsync(page, "petitions", ("Loại", "Kiến nghị"), ("Nội dung", "Kiến nghị về nuoc sach"));

        var form = await OpenCorrectionAsync(page, "Kiến nghị về nuoc sach");
        await form.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Kiến nghị về nước sạch sinh hoạt");
        await form.GetByLabel("Lĩnh vực", new() { Exact = true }).FillAsync("Môi trường");
        await form.GetByLabel("Lĩnh vực", new() { Exact = true }).PressAsync("Enter");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(Rows(page).Nth(1)).ToContainTextAsync("Kiến nghị về nước sạch sinh hoạt");
        await Expect(Rows(page).Nth(1)).ToContainTextAsync("Môi trường");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa dòng: Kiến nghị về nước sạch sinh hoạt" })).ToBeFocusedAsync();
        await session.ScreenshotAsync("1-corrected");

        form = await OpenCorrectionAsync(page, "Kiến nghị về đường làng");
        await form.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Bỏ dở, không lưu");
        await form.GetByLabel("Nội dung", new() { Exact = true }).PressAsync("Escape");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(Rows(page).Nth(0)).ToContainTextAsync("Kiến nghị về đường làng");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa dòng: Kiến nghị về đường làng" })).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên: Kiến nghị về nước sạch sinh hoạt" }).ClickAsync();
        await Expect(Rows(page).Nth(0)).ToContainTextAsync("Kiến nghị về nước sạch sinh hoạt");
        // At the top it cannot go up again: focus stays in the row, on the button that still moves it.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chuyển xuống: Kiến nghị về nước sạch sinh hoạt" })).ToBeFocusedAsync();
        await session.ScreenshotAsync("2-moved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        var petitions = page.Locator("table tbody tr", new() { HasText = "Kiến nghị về" });
        await Expect(petitions.Nth(0)).ToContainTextAsync("Kiến nghị về nước sạch sinh hoạt");
        await Expect(petitions.Nth(1)).ToContainTextAsync("Kiến nghị về đường làng");
        await page.GotoAsync(page.Url.Replace("/Details/", "/Print/"));
        await Expect(petitions.Nth(0)).ToContainTextAsync("Kiến nghị về nước sạch sinh hoạt");
        await Expect(petitions.Nth(0).Locator("td").First).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task On_a_390_px_phone_rows_are_cards_with_thumb_sized_buttons_and_nothing_is_wider_than_the_screen()
    {
        await using var session = await browser.OpenAsync(nameof(On_a_390_px_phone_rows_are_cards_with_thumb_sized_buttons_and_nothing_is_wider_than_the_screen));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await CreateConferenceAsync(page, "Đối thoại nhập trên điện thoại", "21/10/2026", "Hội nghị đối thoại");
        await page.SetViewportSizeAsync(390, 844);

        // The add bar sits under the thumb and takes the secretary to the petition form.
        var bar = page.GetByRole(AriaRole.Navigation, new() { Name = "Thêm nhanh" });
        await Expect(bar).ToBeInViewportAsync();
        var barBox = (await bar.BoundingBoxAsync())!;
        Assert.True(barBox.Y + barBox.Height <= 844 && barBox.Y > 844 / 2, $"The add bar is at y={barBox.Y}, not at the bottom of the screen.");
        await bar.GetByRole(AriaRole.Link, new() { Name = "+ Ý kiến" }).ClickAsync();
        await Expect(page.Locator("form[data-inline-form=petitions]").GetByLabel("Nội dung", new() { Exact = true })).ToBeFocusedAsync();

        await AddRowAsync(page, "petitions", ("Loại", "Kiến nghị"), ("Nội dung", "Kiến nghị sửa cống thoát nước tổ dân phố 3"));
        await AddRowAsync(page, "petitions", ("Loại", "Ý kiến"), ("Nội dung", "Ý kiến về giờ thu gom rac"));
        var form = await OpenCorrectionAsync(page, "Ý kiến về giờ thu gom rac");
        await form.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Ý kiến về giờ thu gom rác");
        await form.GetByLabel("Nội dung", new() { Exact = true }).PressAsync("Enter");
        await Expect(Rows(page).Nth(1)).ToContainTextAsync("Ý kiến về giờ thu gom rác");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên: Ý kiến về giờ thu gom rác" }).ClickAsync();
        await Expect(Rows(page).Nth(0)).ToContainTextAsync("Ý kiến về giờ thu gom rác");
        await session.ScreenshotAsync("1-phone");

        // A card, not a table row: its fields stack, each named by its label.
        var card = Rows(page).Nth(0);
        Assert.Equal("block", await card.EvaluateAsync<string>("row => getComputedStyle(row).display"));
        Assert.Contains("Nội dung: ", await card.Locator("td[data-label='Nội dung']").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content.replaceAll('\"', '')"));

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The entry page is {widths[0]} px wide on a {widths[1]} px screen.");

        var controls = page.Locator("#rows-petitions .btn:visible, form[data-inline-form] button[type=submit]:visible, nav[aria-label='Thêm nhanh'] a");
        var small = new List<string>();
        for (var i = 0; i < await controls.CountAsync(); i++)
        {
            var control = controls.Nth(i);
            if (await control.EvaluateAsync<string>("c => getComputedStyle(c).visibility") == "hidden") continue;
            var box = (await control.BoundingBoxAsync())!;
            if (box.Width < 44 || box.Height < 44)
                small.Add($"{await control.GetAttributeAsync("aria-label") ?? await control.InnerTextAsync()}: {box.Width:0}x{box.Height:0}");
        }
        Assert.True(small.Count == 0, $"Controls smaller than 44 x 44 px: {string.Join("; ", small)}");

        var violations = await DoiThoai.Tests.Browser.Features.Layout.PageChecks.AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, $"axe-core on the minutes entry page at 390 px: {string.Join("; ", violations)}");
    }

    [Fact]
    public async Task On_final_minutes_a_move_and_a_correction_ask_for_the_reason_and_are_listed_as_amendments()
    {
        await using var session = await browser.OpenAsync(nameof(On_final_minutes_a_move_and_a_correction_ask_for_the_reason_and_are_listed_as_amendments));
        var page = session.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync("kyphuong@demo.local");
        await CreateConferenceAsync(page, "Đối thoại sửa bản chính thức trên trình duyệt", "22/10/2026", "Hội nghị đối thoại");
        var minutesUrl = page.Url;
        await AddRowAsync(page, "petitions", ("Loại", "Ý kiến"), ("Nội dung", "Ý kiến nêu trước"));
        await AddRowAsync(page, "petitions", ("Loại", "Ý kiến"), ("Nội dung", "Ý kiến nêu sau"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thiện biên bản" }).ClickAsync();
        await page.GotoAsync(minutesUrl);

        var reason = page.GetByLabel("Lý do sửa đổi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên: Ý kiến nêu sau" }).ClickAsync();
        await Expect(page.Locator("[data-amendment-box] [data-valmsg-for=AmendmentReason]")).ToContainTextAsync("hãy nhập lý do sửa đổi");
        await Expect(reason).ToBeFocusedAsync();
        await Expect(Rows(page).Nth(0)).ToContainTextAsync("Ý kiến nêu trước");

        await reason.FillAsync("Ghi lại đúng thứ tự phát biểu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên: Ý kiến nêu sau" }).ClickAsync();
        await Expect(Rows(page).Nth(0)).ToContainTextAsync("Ý kiến nêu sau");
        var form = await OpenCorrectionAsync(page, "Ý kiến nêu trước");
        await form.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Ý kiến nêu trước, ghi đủ lời");
        await form.GetByLabel("Nội dung", new() { Exact = true }).PressAsync("Enter");
        await Expect(Rows(page).Nth(1)).ToContainTextAsync("Ý kiến nêu trước, ghi đủ lời");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        var amendments = page.GetByTestId("amendments");
        await Expect(amendments).ToContainTextAsync("Ghi lại đúng thứ tự phát biểu");
        await Expect(amendments).ToContainTextAsync("Chuyển ý kiến, kiến nghị \"Ý kiến nêu sau\" lên vị trí 1.");
        await Expect(amendments).ToContainTextAsync("Sửa ý kiến \"Ý kiến nêu trước, ghi đủ lời\"");
        await session.ScreenshotAsync("1-amended");
    }
}
