using System.Text;
using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.FollowUps;

/// <summary>A petition followed to the end in the browser: assigned, updated with a file, resolved, closed by the Front, read by the public.</summary>
[Collection(BrowserCollection.Name)]
public class FollowUpFlowTests(BrowserFixture browser)
{
    private const string Petition = "Khó khăn về nhân sự ban chấp hành các chi hội, chi đoàn ở tổ dân phố.";
    private const string Answer = "Đã kiện toàn ban chấp hành 12 chi hội, chi đoàn.";

    [Fact]
    public async Task Ward_assigns_updates_and_resolves_the_Front_closes_and_the_public_reads_the_answer()
    {
        string detailsUrl;
        await using (var ward = await browser.OpenAsync("followup-ward"))
        {
            var page = ward.Page;
            await page.SignInAsync("kyphuong@demo.local");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Theo dõi" }).ClickAsync();
            await page.GetByLabel("Phạm vi").SelectOptionAsync(new SelectOptionValue { Label = "Tất cả trong phạm vi" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Petition }).ClickAsync();
            detailsUrl = page.Url;
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Mới tiếp nhận");

            await page.GetByLabel("Cơ quan chủ trì giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương" });
            await page.GetByLabel("Thời hạn").FillAsync("31/12/2099");
            await page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã giao xử lý.");
            await Expect(page.GetByTestId("responsible")).ToHaveTextAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
            await ward.ScreenshotAsync("1-assigned");

            await page.GetByLabel("Nội dung tiến độ").FillAsync("Đã rà soát nhân sự các chi hội.");
            await page.GetByLabel("Mức hoàn thành (%)").FillAsync("60");
            await page.GetByLabel("Tài liệu, hình ảnh kèm theo").SetInputFilesAsync(new FilePayload
            {
                Name = "Danh sách kiện toàn.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Cập nhật" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã cập nhật tiến độ.");
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đang giải quyết");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Danh sách kiện toàn.pdf" })).ToBeVisibleAsync();
            await ward.ScreenshotAsync("2-progress");

            // A template fills the answer for this item; the answer stays editable before it is sent.
            var answer = page.GetByLabel("Báo đã giải quyết: kết quả giải quyết");
            await page.GetByLabel("Điền từ mẫu trả lời").SelectOptionAsync(new SelectOptionValue { Label = "Đã giải quyết dứt điểm" });
            await Expect(answer).ToHaveValueAsync(new Regex("^Nội dung \"Khó khăn về nhân sự.*đã được Ủy ban Mặt trận Tổ quốc phường Kỳ Phương giải quyết dứt điểm\\.$"));
            await answer.PressAsync("End");
            await answer.PressSequentiallyAsync(" " + Answer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Báo đã giải quyết" }).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đã giải quyết");
            await page.GetByRole(AriaRole.Button, new() { Name = "Công khai kết quả" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã công khai kết quả");
            // Closing is the Front's check, not the ward's.
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đóng sau khi Mặt trận kiểm tra" })).ToHaveCountAsync(0);
            await ward.ScreenshotAsync("3-resolved");
            ward.AssertNoRequestLeftTheSite();
        }

        await using (var front = await browser.OpenAsync("followup-front"))
        {
            var page = front.Page;
            await page.SignInAsync("mattran.kyanh@demo.local");
            await page.GotoAsync(detailsUrl);
            await page.GetByLabel("Ghi chú giám sát").FillAsync("Đã kiểm tra tại 3 tổ dân phố.");
            await page.GetByLabel("Đánh giá").SelectOptionAsync(new SelectOptionValue { Label = "Hài lòng" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Ghi giám sát" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi ý kiến giám sát.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Đóng sau khi Mặt trận kiểm tra" }).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đã đóng");
            await Expect(page.GetByTestId("timeline").Locator(":scope > li")).ToHaveCountAsync(6);
            await front.ScreenshotAsync("4-closed");
        }

        await using var reader = await browser.OpenAsync("followup-public");
        await reader.Page.GotoAsync("/");
        await reader.Page.GetByRole(AriaRole.Link, new() { Name = "Xem kiến nghị đã được giải quyết" }).ClickAsync();
        await reader.Page.GetByLabel("Từ khóa").FillAsync("nhan su ban chap hanh");
        await reader.Page.GetByLabel("Từ khóa").PressAsync("Enter");
        var card = reader.Page.GetByTestId("public-petition");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync(Petition);
        await Expect(card).ToContainTextAsync("giải quyết dứt điểm. " + Answer);
        await reader.ScreenshotAsync("5-public");
        reader.AssertNoRequestLeftTheSite();
    }
}
