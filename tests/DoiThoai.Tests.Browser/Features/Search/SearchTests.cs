using System.Text.RegularExpressions;
using DoiThoai.Tests.Browser.Infrastructure;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Search;

[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Ward_staff_search_ky_phuong_without_diacritics_and_see_Ky_Phuong_marked()
    {
        await using var session = await browser.OpenAsync(nameof(Ward_staff_search_ky_phuong_without_diacritics_and_see_Ky_Phuong_marked));
        var page = session.Page;
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("kyphuong@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tìm kiếm", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tìm kiếm" })).ToBeVisibleAsync();
        await page.GetByLabel("Từ khóa").FillAsync("ky phuong");
        await page.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị" });
        await page.GetByLabel("Từ ngày").FillAsync("01/01/2022");
        await page.GetByLabel("Đến ngày").FillAsync("31/12/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        var snippet = page.GetByTestId("snippet").First;
        // Folded, "phuong" is also "phường": every word that folds to a searched one is marked.
        await Expect(snippet.Locator("mark").Filter(new() { HasTextRegex = new Regex("^Kỳ$") })).ToHaveCountAsync(1);
        await Expect(snippet.Locator("mark").Filter(new() { HasTextRegex = new Regex("^Phương$") })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("result-count")).ToContainTextAsync("kết quả");
        await Expect(page.GetByLabel("Từ ngày")).ToHaveValueAsync("01/01/2022");
        await session.ScreenshotAsync("1-results");

        await page.GetByLabel("Từ khóa").FillAsync("khongcotunaynhe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("no-result")).ToContainTextAsync("Không tìm thấy kết quả nào");
        session.AssertNoRequestLeftTheSite();
    }
}
