using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// What the layout draws around every staff page: the notice bell, whose name a screen reader starts with
/// "Thông báo", and the breadcrumb trail, shown on screen and left out when the page is printed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HeaderAndTrailTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_notice_bell_is_named_Thong_bao_with_the_unread_count_after_it()
    {
        await using var session = await browser.OpenAsync("header-bell");
        var page = session.Page;
        await page.SignInAsync("vanphong.kyanh@demo.local");

        var bell = page.GetByTestId("notice-bell");
        await Expect(bell).ToHaveAccessibleNameAsync(new Regex(@"^Thông báo( \(\d+ chưa đọc\))?$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Thông báo") })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_breadcrumbs_show_on_screen_and_are_left_out_of_print()
    {
        await using var session = await browser.OpenAsync("header-trail");
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await page.GotoAsync("/Conferences/Create");
        var trail = page.GetByRole(AriaRole.Navigation, new() { Name = "Đường dẫn", Exact = true });

        await Expect(trail.GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true })).ToHaveAttributeAsync("href", "/Conferences");
        await Expect(trail.Locator("[aria-current=page]")).ToHaveTextAsync("Thêm hội nghị");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(trail).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(trail).ToBeVisibleAsync();
    }
}
