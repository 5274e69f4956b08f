using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.FollowUps;

/// <summary>
/// A leader narrows the follow-up list by topic, by responsible body and by a deadline range typed dd/MM/yyyy, through
/// the labels of the filter form, on a 390 px phone and a 1366 px desktop, and sees only the rows that match.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FollowUpFilterTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task A_person_filters_by_topic_body_and_deadline_and_sees_the_matching_rows(int width, int height)
    {
        await using var district = await browser.OpenAsync($"followup-filters-{width}");
        var page = district.Page;
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("vanphong.kyanh@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));

        // By topic: the name stands for every catalogue's topic of that name. Other tests of the run add items of the
        // same topic, so a few words keep the demo item on the first page; the other topic with the same words loses it.
        await page.GotoAsync("/FollowUps");
        await page.GetByLabel("Phạm vi").SelectOptionAsync(new SelectOptionValue { Label = "Tất cả trong phạm vi" });
        await page.GetByLabel("Chưa xong").UncheckAsync();
        await page.GetByLabel("Tìm kiếm").FillAsync("nguon kinh phi");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Kinh phí hoạt động" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Topic="));
        var demoItem = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Nguồn kinh phí hoạt động") });
        await Expect(demoItem.First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Phụ cấp theo Nghị định 34") })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Lĩnh vực")).ToHaveValueAsync("Kinh phí hoạt động");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Chế độ phụ cấp" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.GetByLabel("Lĩnh vực")).ToHaveValueAsync("Chế độ phụ cấp");
        await Expect(demoItem).ToHaveCountAsync(0);

        // By body and deadline: those of a row of the whole list, typed as a person reads them there.
        await page.GetByLabel("Tìm kiếm").FillAsync("");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Tất cả" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var rows = page.Locator("table.table-list tbody tr");
        var (body, deadline) = ("", "");
        for (var i = 0; i < await rows.CountAsync() && body.Length == 0; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            var (shownBody, shownDeadline) = (cells[^3].Trim(), cells[^7].Trim());
            if (shownBody != "Chưa giao" && Regex.IsMatch(shownDeadline, @"^\d\d/\d\d/\d{4}")) (body, deadline) = (shownBody, shownDeadline[..10]);
        }
        Assert.NotEqual("", body);
        await page.GetByLabel("Cơ quan chủ trì", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = body });
        await page.GetByLabel("Hạn từ").FillAsync(deadline);
        await page.GetByLabel("Hạn đến").FillAsync(deadline);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("OrganizationId=\\d+"));
        await Expect(page.GetByLabel("Hạn từ")).ToHaveValueAsync(deadline);
        var shown = await rows.CountAsync();
        Assert.True(shown > 0, "the row the filters were read from is not listed");
        for (var i = 0; i < shown; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            Assert.Equal(body, cells[^3].Trim());
            Assert.StartsWith(deadline, cells[^7].Trim());
        }
        await district.ScreenshotAsync($"followup-filters-{width}");
        district.AssertNoRequestLeftTheSite();
    }
}
