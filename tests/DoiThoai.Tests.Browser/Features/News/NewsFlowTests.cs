using System.Text.Json;
using System.Text.RegularExpressions;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.News;

/// <summary>
/// An editor writes a post from a conference, adds a photo and publishes; a reader finds it without diacritics,
/// prints it, comments (held for moderation); axe-core finds no serious or critical problem on the public pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NewsFlowTests(BrowserFixture browser)
{
    private const string Title = "Phường Kỳ Phương lắng nghe chi hội, chi đoàn tổ dân phố";

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Features", "News", "axe", "axe.min.js");

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(1600, 1000);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(200, 220, 240));
            using var paint = new SKPaint { Color = new SKColor(20, 80, 150) };
            canvas.DrawRect(200, 200, 1200, 600, paint);
        }
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    /// <summary>Runs axe-core (WCAG 2 A/AA rules) and fails on any serious or critical violation, naming each.</summary>
    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        // Evaluated, not added as a <script> tag: the portal's Content-Security-Policy refuses inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var json = await page.EvaluateAsync<string>(@"async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
            return JSON.stringify(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')));
        }");
        var violations = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.True(violations.Length == 0, $"axe-core on {name}: {string.Join("; ", violations)}");
    }

    [Fact]
    public async Task Editor_drafts_from_a_conference_and_publishes_a_reader_finds_prints_and_comments()
    {
        string postUrl;
        await using (var editor = await browser.OpenAsync("news-editor"))
        {
            var page = editor.Page;
            await page.SignInAsync("bientap.kyanh@demo.local");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tin bài" }).ClickAsync();
            var conference = page.GetByLabel("Hội nghị trong phạm vi của bạn");
            var option = await conference.Locator("option", new() { HasTextString = "28/06/2022" }).First.GetAttributeAsync("value");
            await conference.SelectOptionAsync(option!);
            await page.GetByTestId("draft-from-conference").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo bản nháp từ hội nghị");
            await Expect(page.GetByTestId("post-state")).ToHaveTextAsync("Bản nháp");
            // The draft was written from the minutes: the summary says when and what came of it, the rich-text
            // editor the record (the speeches, the petitions and their answers), under the editor's own byline.
            await Expect(page.GetByLabel("Đoạn dẫn (sapo)")).ToHaveValueAsync(new Regex("^Ngày 28/06/2022.*ý kiến"));
            await Expect(page.Locator(".ql-editor")).ToContainTextAsync("Tại hội nghị:");
            await Expect(page.Locator(".ql-editor")).ToContainTextAsync("ý kiến");
            await Expect(page.GetByLabel("Tác giả")).ToHaveValueAsync("Đậu Thị Anh (Thị xã Kỳ Anh)");

            await page.GetByLabel("Tiêu đề").FillAsync(Title);
            await page.Locator(".ql-editor").ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.TypeAsync(" Hội nghị diễn ra trong không khí dân chủ, thẳng thắn.");
            await page.GetByTestId("save-post").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu tin bài.");
            await Expect(page.Locator(".ql-editor")).ToContainTextAsync("dân chủ, thẳng thắn");

            await page.GetByLabel("Ảnh (JPEG hoặc PNG)").SetInputFilesAsync(new FilePayload { Name = "toan-canh.jpg", MimeType = "image/jpeg", Buffer = Photo() });
            await page.GetByLabel("Chú thích ảnh").FillAsync("Toàn cảnh hội nghị đối thoại");
            await page.GetByTestId("add-photo").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm ảnh.");
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Toàn cảnh hội nghị đối thoại" })).ToBeVisibleAsync();

            await page.Locator("[data-action-name=Publish]").ClickAsync();
            await Expect(page.GetByTestId("post-state")).ToHaveTextAsync("Đã đăng");
            await editor.ScreenshotAsync("1-published");
            postUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang tin" }).GetAttributeAsync("href") ?? "";
            Assert.StartsWith("/tin-tuc/phuong-ky-phuong-lang-nghe-chi-hoi-chi-doan-to-dan-pho", postUrl);
            editor.AssertNoRequestLeftTheSite();
        }

        await using var reader = await browser.OpenAsync("news-reader");
        var r = reader.Page;
        await r.GotoAsync("/");
        await Expect(r.GetByTestId("latest-news")).ToContainTextAsync(Title);
        await AssertAccessibleAsync(r, "trang chủ");

        await r.GotoAsync("/tin-tuc");
        await Expect(r.GetByTestId("news-list")).ToContainTextAsync(Title);
        await AssertAccessibleAsync(r, "danh sách tin");

        await r.GetByLabel("Tìm tin bài", new() { Exact = true }).FillAsync("dien ra trong khong khi dan chu thang than");
        await r.GetByLabel("Tìm tin bài", new() { Exact = true }).PressAsync("Enter");
        await Expect(r).ToHaveURLAsync(new Regex("/tin-tuc/tim-kiem"));
        await Expect(r.GetByRole(AriaRole.Status)).ToContainTextAsync("Tìm thấy 1 tin bài");
        await AssertAccessibleAsync(r, "tìm kiếm");
        await reader.ScreenshotAsync("2-search");
        await r.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();

        await Expect(r.GetByTestId("post-title")).ToHaveTextAsync(Title);
        await Expect(r.GetByRole(AriaRole.Img, new() { Name = "Toàn cảnh hội nghị đối thoại" })).ToBeVisibleAsync();
        await Expect(r.GetByText("Lượt xem:")).ToBeVisibleAsync();
        await Expect(r.Locator("meta[property='og:title']")).ToHaveAttributeAsync("content", Title);
        await r.GetByRole(AriaRole.Button, new() { Name = "Tăng cỡ chữ" }).ClickAsync();
        await Expect(r.Locator("article[data-font-target]")).ToHaveAttributeAsync("data-font", "1");
        await Expect(r.GetByRole(AriaRole.Link, new() { Name = "Gửi e-mail" })).ToHaveAttributeAsync("href", new Regex("^mailto:\\?subject="));
        await AssertAccessibleAsync(r, "bài viết");
        await reader.ScreenshotAsync("3-post");

        await r.GetByTestId("print-link").ClickAsync();
        await Expect(r.GetByTestId("print-title")).ToHaveTextAsync(Title);
        await r.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(r.GetByRole(AriaRole.Button, new() { Name = "In bài viết" })).ToBeHiddenAsync();
        await reader.ScreenshotAsync("4-print");
        await r.EmulateMediaAsync(new() { Media = Media.Screen });

        // The code is only a picture drawn by the portal; the test reads its answer through the fixture's seam.
        await r.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        await r.GotoAsync(postUrl);
        await r.GetByTestId("comment-link").ClickAsync();
        var picture = r.GetByTestId("captcha-image");
        await Expect(picture).ToBeVisibleAsync();
        await r.WaitForFunctionAsync("() => document.querySelector('[data-captcha-image]').naturalWidth > 0");
        await r.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Hoa");
        await r.GetByLabel("Ý kiến").FillAsync("Đề nghị sớm hỗ trợ kinh phí cho các chi hội ở tổ dân phố.");
        var firstToken = await r.Locator("[data-captcha-token]").InputValueAsync();
        var form = await r.ContentAsync();
        Assert.DoesNotContain(browser.CaptchaAnswer(firstToken), form.Replace(firstToken, "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        await AssertAccessibleAsync(r, "gửi ý kiến");

        // "Đổi mã khác" swaps in a new picture and token and keeps what was typed.
        await r.GetByRole(AriaRole.Link, new() { Name = "Đổi mã khác" }).ClickAsync();
        await Expect(r.Locator("[data-captcha-token]")).Not.ToHaveValueAsync(firstToken);
        await r.WaitForFunctionAsync("() => document.querySelector('[data-captcha-image]').complete && document.querySelector('[data-captcha-image]').naturalWidth > 0");
        await Expect(r.GetByLabel("Họ và tên")).ToHaveValueAsync("Nguyễn Thị Hoa");
        var token = await r.Locator("[data-captcha-token]").InputValueAsync();
        await r.GetByLabel("ký tự trong ảnh").FillAsync(browser.CaptchaAnswer(token).ToLowerInvariant());
        Assert.Empty(await r.EvaluateAsync<string[]>("() => window.__csp"));
        await reader.ScreenshotAsync("5-comment-form");
        await r.GetByTestId("send-comment").ClickAsync();
        await Expect(r.GetByTestId("comment-sent")).ToContainTextAsync("sau khi biên tập viên duyệt");
        await reader.ScreenshotAsync("6-comment-sent");

        await r.GotoAsync(postUrl);
        await Expect(r.GetByText("Đề nghị sớm hỗ trợ kinh phí")).ToHaveCountAsync(0);
        await Expect(r.Locator("[data-counter=total]")).Not.ToHaveTextAsync("…");
        reader.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task Editor_publishes_an_archived_post_with_its_original_time_and_author()
    {
        await using var editor = await browser.OpenAsync("news-archive");
        var page = editor.Page;
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("bientap.kyanh@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));

        await page.GotoAsync("/News/Create");
        await page.GetByLabel("Tiêu đề").FillAsync("Kỳ Phương đối thoại với thanh niên (bài đăng năm 2021)");
        await page.GetByLabel("Đoạn dẫn (sapo)").FillAsync("Bài đã đăng trên trang thông tin cũ của phường.");
        await page.Locator(".ql-editor").ClickAsync();
        await page.Keyboard.TypeAsync("Nội dung bài viết lưu trữ.");
        await page.GetByLabel("Tác giả").FillAsync("Nguyễn Văn Bình (Đài truyền thanh phường)");
        await page.GetByTestId("save-post").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu");

        await page.GetByLabel("Thời điểm đăng").FillAsync("15/03/2021 08:30");
        await page.Locator("[data-action-name=Publish]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đăng với thời điểm đăng gốc 08:30 15/03/2021.");
        await Expect(page.GetByTestId("workflow")).ToContainTextAsync("Đăng lúc: 08:30 15/03/2021");
        // The link opens a new tab; the test follows its address in this one.
        await page.GotoAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang tin" }).GetAttributeAsync("href") ?? "");
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync("Kỳ Phương đối thoại với thanh niên (bài đăng năm 2021)");
        await Expect(page.Locator("article[data-font-target]")).ToContainTextAsync("15/03/2021");
        await Expect(page.Locator("article[data-font-target]")).ToContainTextAsync("Nguyễn Văn Bình (Đài truyền thanh phường)");
        editor.AssertNoRequestLeftTheSite();
    }
}
