using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// A form on its way cannot be sent again (wwwroot/js/forms.js): its submit button is disabled and reads "Đang gửi…";
/// an import or a batch also says that it is working. A form the browser refused stays usable, and one the browser
/// brings back (back button, bfcache) works again. The test holds each submission back at the last moment, so the page
/// stays as it is while a post would be on its way and nothing depends on how fast the machine is.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SubmitOnceTests(BrowserFixture browser)
{
    private const string Sending = "Đang gửi…";

    /// <summary>
    /// Stands in for the network: a listener added after the page's own scripts counts each form submission that
    /// reached the point of being sent, and cancels it, so the page stays as it is while the post would be on its way
    /// (a real post would start a navigation, which Playwright waits for before looking at the page).
    /// </summary>
    private static Task StallSubmissionsAsync(IPage page) => page.EvaluateAsync(@"() => {
        window.__sent = 0;
        window.__stall = event => { if (!event.defaultPrevented) { window.__sent++; event.preventDefault(); } };
        window.addEventListener('submit', window.__stall);
    }");

    private static Task<int> SentAsync(IPage page) => page.EvaluateAsync<int>("() => window.__sent");

    private static Task ResumeSubmissionsAsync(IPage page) =>
        page.EvaluateAsync("() => window.removeEventListener('submit', window.__stall)");

    private static async Task FillNewConferenceAsync(IPage page, string title)
    {
        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync(title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("14/09/2026");
        await page.GetByLabel("Địa điểm").FillAsync("Nhà văn hóa tổ dân phố 3");
    }

    // A mouse click at the button's place: it does not wait for the page to change, as a person's second click.
    private static async Task ClickAtAsync(IPage page, ILocator button)
    {
        await button.ScrollIntoViewIfNeededAsync();
        var box = (await button.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    [Fact]
    public async Task A_sent_form_disables_its_button_says_it_is_sending_and_posts_once()
    {
        await using var session = await browser.OpenAsync("submit-once");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await FillNewConferenceAsync(page, "Đối thoại gửi một lần");
        await StallSubmissionsAsync(page);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true });

        await ClickAtAsync(page, save);

        var sending = page.GetByRole(AriaRole.Button, new() { Name = Sending, Exact = true });
        await Expect(sending).ToBeDisabledAsync();
        await Expect(page.Locator("form[aria-busy=true]")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("1-sending");
        // A second click on the same place and Enter in a field send nothing more.
        await ClickAtAsync(page, sending);
        await page.GetByLabel("Địa điểm").PressAsync("Enter");
        await page.GetByLabel("Địa điểm").EvaluateAsync("field => field.form.requestSubmit()");
        Assert.Equal(1, await SentAsync(page));

        // Brought back as the browser keeps a page for the back button: the form works again, and saves for real.
        await page.EvaluateAsync("() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))");
        await Expect(save).ToBeEnabledAsync();
        await ResumeSubmissionsAsync(page);
        await save.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
    }

    [Fact]
    public async Task A_form_the_browser_refused_keeps_its_button()
    {
        await using var session = await browser.OpenAsync("submit-refused");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await FillNewConferenceAsync(page, "");
        await StallSubmissionsAsync(page);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true });

        // No title: the form's own check refuses it, and its button stays as it was.
        await save.ClickAsync();
        await Expect(page.GetByText("Hãy nhập tên hội nghị", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(save).ToBeEnabledAsync();
        Assert.Equal(0, await page.Locator("form[data-sending]").CountAsync());
        Assert.Equal(0, await SentAsync(page));

        await ResumeSubmissionsAsync(page);
        // Typed as a person types, so the message goes away before the click (the layout then stays still).
        await page.GetByLabel("Tên hội nghị").PressSequentiallyAsync("Đối thoại sửa lỗi rồi gửi");
        await Expect(page.GetByText("Hãy nhập tên hội nghị")).ToBeHiddenAsync();
        await save.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
    }

    [Fact]
    public async Task An_import_shows_that_it_is_working_and_cannot_be_sent_twice()
    {
        await using var session = await browser.OpenAsync("submit-import");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await FillNewConferenceAsync(page, "Đối thoại nhập từ Excel đang chạy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));

        await page.GetByLabel("Tệp Excel đã điền").SetInputFilesAsync(new FilePayload
        {
            Name = "bien-ban.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = [0x50, 0x4B, 0x03, 0x04],
        });
        await StallSubmissionsAsync(page);
        await ClickAtAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nhập" }));

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đang đọc tệp và nhập biên bản" })).ToBeVisibleAsync();
        var sending = page.Locator("#import").GetByRole(AriaRole.Button, new() { Name = Sending, Exact = true });
        await Expect(sending).ToBeDisabledAsync();
        await session.ScreenshotAsync("1-importing");
        await ClickAtAsync(page, sending);
        Assert.Equal(1, await SentAsync(page));
    }

    [Fact]
    public async Task A_batch_shows_that_it_is_working_and_cannot_be_sent_twice()
    {
        await using var session = await browser.OpenAsync("submit-batch");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await page.GotoAsync("/FollowUps?Mine=false");
        await page.Locator("[data-select=bulk]").First.CheckAsync();
        var batch = page.Locator("#bulk-form");
        await batch.GetByLabel("Cơ quan chủ trì giải quyết").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await batch.GetByLabel("Thời hạn", new() { Exact = true }).FillAsync("30/12/2026");
        await StallSubmissionsAsync(page);

        var assign = page.GetByRole(AriaRole.Button, new() { Name = "Giao đã chọn" });
        await ClickAtAsync(page, assign);

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đang xử lý các nội dung đã chọn" })).ToBeVisibleAsync();
        // Both of the batch's buttons wait: assigning and running the other operation.
        await Expect(batch.Locator("button[type=submit]:enabled")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("1-batch-working");
        await ClickAtAsync(page, batch.GetByRole(AriaRole.Button, new() { Name = "Thực hiện cho đã chọn" }));
        Assert.Equal(1, await SentAsync(page));
    }
}
