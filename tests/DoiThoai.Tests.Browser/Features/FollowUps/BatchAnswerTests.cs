using System.Diagnostics;
using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.FollowUps;

/// <summary>After a round of dialogues: twenty petitions pasted into the minutes, assigned and answered with a template in one go.</summary>
[Collection(BrowserCollection.Name)]
public class BatchAnswerTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static ILocator MainMenu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });

    [Fact]
    public async Task Twenty_petitions_are_answered_with_a_template_in_one_go()
    {
        await using var session = await browser.OpenAsync("batch-answer");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");

        // The minutes: a conference with twenty petitions pasted as lines.
        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Thêm hội nghị" }).ClickAsync();
        await page.GetByLabel("Tên hội nghị").FillAsync("Đối thoại với các tổ dân phố về quỹ hoạt động");
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("10/11/2026");
        await page.GetByLabel("Địa điểm").FillAsync("Nhà văn hóa tổ dân phố 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
        await page.GetByText("Dán nhiều dòng một lúc").ClickAsync();
        var paste = page.Locator("form[data-paste-form]");
        await paste.GetByLabel("Loại", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kiến nghị" });
        await paste.GetByLabel("Lĩnh vực", new() { Exact = true }).FillAsync("Kinh phí hoạt động");
        await paste.GetByLabel("Dán danh sách, mỗi dòng một ý kiến").FillAsync(
            string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Tổ dân phố {i} đề nghị hỗ trợ quỹ hoạt động")));
        await paste.GetByRole(AriaRole.Button, new() { Name = "Xem trước các dòng" }).ClickAsync();
        await paste.GetByRole(AriaRole.Button, new() { Name = "Lưu các dòng đã chọn" }).ClickAsync();
        await Expect(page.Locator("#rows-petitions tr")).ToHaveCountAsync(20);

        // A template of the ward's own.
        await page.GotoAsync("/AnswerTemplates/Create");
        await page.GetByLabel("Tên mẫu").FillAsync("Hỗ trợ quỹ hoạt động tổ dân phố");
        await page.GetByLabel("Nội dung mẫu").FillAsync("Về kiến nghị của {người nêu} tại hội nghị ngày {ngày hội nghị} (\"{nội dung}\"): {cơ quan chủ trì} bố trí hỗ trợ trong năm 2027.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm mẫu trả lời");

        var clock = Stopwatch.StartNew();
        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Theo dõi" }).ClickAsync();
        await page.GetByLabel("Tìm kiếm").FillAsync("de nghi ho tro quy hoat dong");
        await page.GetByLabel("Phạm vi").SelectOptionAsync(new SelectOptionValue { Label = "Tất cả trong phạm vi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.GetByText("20 việc")).ToBeVisibleAsync();

        await page.GetByLabel("Chọn tất cả nội dung trên trang").CheckAsync();
        await page.GetByLabel("Cơ quan chủ trì giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban nhân dân phường Kỳ Phương" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao đã chọn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã giao 20 nội dung");

        await page.GetByLabel("Chọn tất cả nội dung trên trang").CheckAsync();
        await page.GetByLabel("Thao tác").SelectOptionAsync(new SelectOptionValue { Label = "Trả lời (đã giải quyết)" });
        await page.GetByLabel("Mẫu trả lời (điền riêng cho từng nội dung)").SelectOptionAsync(new SelectOptionValue { Label = "Hỗ trợ quỹ hoạt động tổ dân phố" });
        await page.GetByLabel("Công khai kết quả trên cổng thông tin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thực hiện cho đã chọn" }).ClickAsync();
        await Expect(page.GetByTestId("batch-summary")).ToContainTextAsync("cho 20 nội dung");
        clock.Stop();
        output.WriteLine($"Twenty items found, assigned and answered with a template in {clock.Elapsed.TotalSeconds:0.0} s");

        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(rows.Filter(new() { HasText = "Đã giải quyết" })).ToHaveCountAsync(20);
        // Each answer is filled from its own petition.
        await Expect(rows.Filter(new() { HasText = "(\"Tổ dân phố 7 đề nghị hỗ trợ quỹ hoạt động\"): Ủy ban nhân dân phường Kỳ Phương bố trí" })).ToHaveCountAsync(1);
        await session.ScreenshotAsync("1-answered");

        await page.GotoAsync("/kien-nghi?Q=to%20dan%20pho%2012%20de%20nghi");
        await Expect(page.GetByTestId("public-petition")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("2-public");
        session.AssertNoRequestLeftTheSite();
    }
}
