using System.Text.RegularExpressions;
using DoiThoai.Tests.Browser.Infrastructure;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Account;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Ward_staff_signs_in_sees_their_unit_and_signs_out()
    {
        await using var session = await browser.OpenAsync(nameof(Ward_staff_signs_in_sees_their_unit_and_signs_out));
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("kyphuong@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));
        await Expect(page.GetByTestId("home-unit")).ToHaveTextAsync("Phường Kỳ Phương");
        await session.ScreenshotAsync("1-staff-home");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(session.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
        await session.ScreenshotAsync("2-signed-out");

        session.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task Wrong_password_shows_a_vietnamese_message()
    {
        await using var session = await browser.OpenAsync(nameof(Wrong_password_shows_a_vietnamese_message));
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("thanhbinh@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("không phải mật khẩu này");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

        await Expect(page.GetByText("E-mail hoặc mật khẩu không đúng.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await session.ScreenshotAsync("1-refused");

        session.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task Empty_fields_are_flagged_next_to_each_field_before_posting()
    {
        await using var session = await browser.OpenAsync(nameof(Empty_fields_are_flagged_next_to_each_field_before_posting));
        var page = session.Page;
        await page.GotoAsync("/Account/Login");
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") Interlocked.Increment(ref posts); };

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Hãy nhập địa chỉ e-mail.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Hãy nhập mật khẩu.")).ToBeVisibleAsync();
        Assert.Equal(0, posts);
        await session.ScreenshotAsync("1-flagged");

        session.AssertNoRequestLeftTheSite();
    }

    /// <summary>The block each role's home opens on (issue 15 point 2): where that role's work waits.</summary>
    private static readonly Dictionary<string, string> FirstBlock = new()
    {
        ["kyphuong@demo.local"] = "work-minutes-drafts",
        ["mattran.kyanh@demo.local"] = "work-awaiting-check-resolved",
        ["bientap.kyanh@demo.local"] = "work-news-drafts",
        ["lanhdao.kyanh@demo.local"] = "work-dashboard",
    };

    [Fact]
    public async Task Each_demo_role_reaches_the_staff_home()
    {
        await using var session = await browser.OpenAsync(nameof(Each_demo_role_reaches_the_staff_home));
        var page = session.Page;

        foreach (var account in DemoDataSeeder.Accounts)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(account.Email);
            await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Xin chào"));
            if (FirstBlock.TryGetValue(account.Email, out var block)) await Expect(page.GetByTestId(block)).ToBeVisibleAsync();
            await session.ScreenshotAsync(account.Email.Split('@')[0]);

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
        }

        session.AssertNoRequestLeftTheSite();
    }
}
