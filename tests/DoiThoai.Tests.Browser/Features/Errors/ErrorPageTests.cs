using DoiThoai.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Errors;

[Collection(BrowserCollection.Name)]
public class ErrorPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Unknown_address_shows_the_vietnamese_404_page()
    {
        await using var session = await browser.OpenAsync(nameof(Unknown_address_shows_the_vietnamese_404_page));
        var page = session.Page;

        var response = await page.GotoAsync("/khong-co-trang-nay");

        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy trang" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("1-not-found");

        session.AssertNoRequestLeftTheSite();
    }
}
