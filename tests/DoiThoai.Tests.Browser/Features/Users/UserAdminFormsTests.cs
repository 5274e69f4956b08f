using System.Text.RegularExpressions;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Users;

/// <summary>
/// An administrator resets a password and locks an account until a date through the pages, typing into the
/// fields found by their labels as a person does; the effect is then seen by the person whose account it is.
/// </summary>
[Collection(BrowserCollection.Name)]
public class UserAdminFormsTests(BrowserFixture browser)
{
    private const string FirstPassword = "mật khẩu đầu tiên của cán bộ thử";

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>The administrator creates a ward account through the form and opens its page; returns its e-mail.</summary>
    private static async Task<string> CreateAccountAsync(IPage page, string fullName)
    {
        var email = $"canbo-{Guid.NewGuid():N}@demo.local";
        await page.GotoAsync("/Users");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Tạo tài khoản" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("E-mail (tên đăng nhập)").FillAsync(email);
        await page.GetByLabel("Vai trò").SelectOptionAsync(new SelectOptionValue { Label = "Cán bộ phường, xã" });
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync(FirstPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByText($"Đã tạo tài khoản {email}.")).ToBeVisibleAsync();

        await page.GotoAsync("/Users?Q=" + Uri.EscapeDataString(fullName));
        await page.GetByRole(AriaRole.Link, new() { Name = fullName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(fullName);
        return email;
    }

    [Fact]
    public async Task An_administrator_resets_a_password_on_the_page_and_the_person_signs_in_with_it()
    {
        await using var session = await browser.OpenAsync(nameof(An_administrator_resets_a_password_on_the_page_and_the_person_signs_in_with_it));
        var page = session.Page;
        const string newPassword = "mật khẩu mới quản trị viên trao tận tay";

        await SignInAsync(page, "quantri@demo.local", DemoDataSeeder.DemoPassword);
        var email = await CreateAccountAsync(page, $"Cán bộ đặt lại {Guid.NewGuid().ToString("N")[..6]}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await page.GetByLabel("Mật khẩu mới").FillAsync(newPassword);
        await session.ScreenshotAsync("1-reset-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu" }).ClickAsync();

        await Expect(page.GetByText($"Đã đặt mật khẩu mới cho {email}.", new() { Exact = false })).ToBeVisibleAsync();
        await session.ScreenshotAsync("2-reset-done");
        await SignOutAsync(page);

        await SignInAsync(page, email, FirstPassword);
        await Expect(page.GetByText("E-mail hoặc mật khẩu không đúng.")).ToBeVisibleAsync();
        await SignInAsync(page, email, newPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Xin chào"));
        session.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task An_administrator_locks_an_account_until_a_date_and_the_page_shows_that_day()
    {
        await using var session = await browser.OpenAsync(nameof(An_administrator_locks_an_account_until_a_date_and_the_page_shows_that_day));
        var page = session.Page;
        var lastDay = VietnamTime.Today(TimeProvider.System).AddDays(5);

        await SignInAsync(page, "quantri@demo.local", DemoDataSeeder.DemoPassword);
        var email = await CreateAccountAsync(page, $"Cán bộ bị khóa {Guid.NewGuid().ToString("N")[..6]}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Khóa tài khoản" }).ClickAsync();
        await page.GetByLabel("Khóa đến hết ngày").FillAsync(lastDay.ToString("yyyy-MM-dd"));
        await session.ScreenshotAsync("1-lock-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận khóa" }).ClickAsync();

        await Expect(page.GetByTestId("lock-state")).ToHaveTextAsync($"Đang khóa đến hết ngày {lastDay:dd/MM/yyyy}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"đến hết ngày {lastDay:dd/MM/yyyy}");
        await session.ScreenshotAsync("2-locked-until");
        await SignOutAsync(page);

        await SignInAsync(page, email, FirstPassword);
        await Expect(page.GetByText("Tài khoản đã bị quản trị viên khóa.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await session.ScreenshotAsync("3-sign-in-refused");
        session.AssertNoRequestLeftTheSite();
    }
}
