using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// Minutes declared final in the browser (after a confirmation), then amended on the entry page: a row
/// without a reason is refused beside the reason field, with a reason it saves and is listed as an amendment.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FinalMinutesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Final_minutes_take_a_row_only_with_a_reason_and_list_the_amendment()
    {
        await using var session = await browser.OpenAsync(nameof(Final_minutes_take_a_row_only_with_a_reason_and_list_the_amendment));
        var page = session.Page;
        // The finalize button asks through window.confirm (data-confirm); the secretary answers yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.SignInAsync("kyphuong@demo.local");

        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync("Đối thoại hoàn thiện biên bản trên trình duyệt");
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("10/09/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
        var minutesUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thiện biên bản" }).ClickAsync();
        await Expect(page.GetByTestId("finality")).ToContainTextAsync("Bản chính thức.");

        await page.GotoAsync(minutesUrl);
        var form = page.Locator("form[data-inline-form=petitions]");
        var rows = page.Locator("#rows-petitions tr");
        await form.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Kiến nghị bổ sung sau khi hoàn thiện");
        await form.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        var reason = page.GetByLabel("Lý do sửa đổi");
        await Expect(page.Locator("[data-amendment-box] [data-valmsg-for=AmendmentReason]")).ToContainTextAsync("hãy nhập lý do sửa đổi");
        await Expect(reason).ToBeFocusedAsync();
        await Expect(rows).ToHaveCountAsync(0);
        await session.ScreenshotAsync("1-refused");

        await reason.FillAsync("Thư ký ghi sót một kiến nghị");
        await form.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-amendment-box] [data-valmsg-for=AmendmentReason]")).ToBeEmptyAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        var amendments = page.GetByTestId("amendments");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sửa đổi sau khi hoàn thiện" })).ToBeVisibleAsync();
        await Expect(amendments).ToContainTextAsync("Thư ký ghi sót một kiến nghị");
        await Expect(amendments).ToContainTextAsync("Thêm kiến nghị");
        await session.ScreenshotAsync("2-amended");
    }
}
