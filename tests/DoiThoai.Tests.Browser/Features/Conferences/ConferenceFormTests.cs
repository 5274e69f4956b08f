using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// The new-conference form as a secretary uses it: a double click on "Lưu" creates one conference (the form's
/// one-time key, ADR 0008, even when the page's script that disables a sent button did not run), and a refused form
/// leads back to the form with what was typed still in it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ConferenceFormTests(BrowserFixture browser)
{
    private static async Task FillAsync(IPage page, string title)
    {
        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync(title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("12/09/2026");
        await page.GetByLabel("Địa điểm").FillAsync("Hội trường phường Kỳ Phương");
    }

    [Fact]
    public async Task A_double_click_on_save_creates_one_conference_even_without_the_pages_script()
    {
        // Scripts off: forms.js would disable the button after the first click (Layout/SubmitOnceTests), and the
        // second post must still be refused by the server alone, as for a browser whose scripts did not load.
        await using var session = await browser.OpenAsync(nameof(A_double_click_on_save_creates_one_conference_even_without_the_pages_script), javaScript: false);
        var page = session.Page;
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/Conferences/Create", StringComparison.Ordinal)) Interlocked.Increment(ref posts);
        };
        await page.SignInAsync("kyphuong@demo.local");

        // A person's double click: two clicks a moment apart, the second while the first post is on its way
        // (Playwright's own double click falls within one task, and Chromium then sends a single post). On a busy
        // machine the first answer can arrive before the second click, which then sends nothing; such a try still
        // must make one conference, and the clicks are tried again until one really sent two posts.
        var sentTwice = false;
        for (var attempt = 1; attempt <= 4 && !sentTwice; attempt++)
        {
            var title = $"Đối thoại bấm đúp nút Lưu {attempt}";
            await FillAsync(page, title);
            var save = page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true });
            await save.ScrollIntoViewIfNeededAsync();
            var box = (await save.BoundingBoxAsync())!;
            Interlocked.Exchange(ref posts, 0);
            await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
            await Task.Delay(40 / attempt);
            await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);

            await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
            sentTwice = Volatile.Read(ref posts) >= 2;
            await page.GotoAsync("/Conferences?Q=" + Uri.EscapeDataString(title));
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveCountAsync(1);
        }
        Assert.True(sentTwice, "In four tries the browser never sent two posts; the double click was not tested.");
        await session.ScreenshotAsync("1-one-conference");
    }

    [Fact]
    public async Task A_refused_form_offers_the_way_back_to_what_was_typed()
    {
        await using var session = await browser.OpenAsync(nameof(A_refused_form_offers_the_way_back_to_what_was_typed));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await FillAsync(page, "Đối thoại bị từ chối vì ký tự NUL");
        // A NUL character pasted from another program, which no keyboard types.
        await page.GetByLabel("Mục đích, nội dung chính").EvaluateAsync("field => field.value = 'Nội dung\\u0000lỗi'");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Yêu cầu không hợp lệ" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("error-detail")).ToContainTextAsync("ký tự không hợp lệ");
        await session.ScreenshotAsync("1-refused");

        await page.GetByRole(AriaRole.Link, new() { Name = "Quay lại" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Conferences/Create$"));
        await Expect(page.GetByLabel("Tên hội nghị")).ToHaveValueAsync("Đối thoại bị từ chối vì ký tự NUL");
        await Expect(page.GetByLabel("Địa điểm")).ToHaveValueAsync("Hội trường phường Kỳ Phương");
        await session.ScreenshotAsync("2-back-with-values");
        session.AssertNoRequestLeftTheSite();
    }
}
