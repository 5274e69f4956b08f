using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.FollowUps;

/// <summary>The follow-up list's sortable columns and its filter form: an order chosen by a header survives filtering.</summary>
[Collection(BrowserCollection.Name)]
public class FollowUpListTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_column_header_orders_the_list_and_the_filter_form_keeps_that_order()
    {
        await using var district = await browser.OpenAsync("followup-list");
        var page = district.Page;
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("vanphong.kyanh@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));

        await page.GotoAsync("/FollowUps");
        await page.GetByLabel("Phạm vi").SelectOptionAsync(new SelectOptionValue { Label = "Tất cả trong phạm vi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();

        // The header is a link; the column it orders says so to a screen reader.
        await page.GetByRole(AriaRole.Link, new() { Name = "Trạng thái" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Sort=State&Dir=asc"));
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Trạng thái" })).ToHaveAttributeAsync("aria-sort", "ascending");
        var states = await page.Locator("table.table-list tbody tr td:nth-last-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(states);

        // Filtering through the form keeps the order the header chose.
        await page.GetByLabel("Tìm kiếm").FillAsync("kinh phi");
        await page.GetByLabel("Chưa xong").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Sort=State"));
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Trạng thái" })).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Nguồn kinh phí hoạt động") }).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("followup-count")).ToContainTextAsync("việc");
        await district.ScreenshotAsync("followup-list-sorted");
        district.AssertNoRequestLeftTheSite();
    }
}
