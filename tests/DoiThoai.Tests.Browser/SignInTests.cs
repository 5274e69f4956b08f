using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;

namespace DoiThoai.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture portal)
{
    private static async Task SignInAsync(IPage page, string email, string password = DemoDataSeeder.DemoPassword)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task Ward_staff_signs_in_sees_their_unit_and_signs_out()
    {
        var (page, requests) = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        await BrowserFixture.ScreenshotAsync(page, "signin-1-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập dành cho cán bộ" }).ClickAsync();
        await SignInAsync(page, "kyphuong@demo.local");

        Assert.EndsWith("/Staff", page.Url);
        Assert.Equal("Phường Kỳ Phương", await page.Locator("[data-testid=home-unit]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "signin-2-staff-home");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true }).IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "signin-3-signed-out");

        Assert.All(requests, url => Assert.StartsWith(portal.BaseUrl, url));
    }

    [Fact]
    public async Task Wrong_password_shows_a_vietnamese_message()
    {
        var (page, _) = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/Account/Login");
        await SignInAsync(page, "kyphuong@demo.local", "không đúng mật khẩu");
        Assert.True(await page.GetByText("E-mail hoặc mật khẩu không đúng.").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "signin-wrong-password");
    }

    [Fact]
    public async Task Empty_fields_are_flagged_next_to_each_field_before_posting()
    {
        var (page, _) = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        Assert.True(await page.GetByText("Hãy nhập địa chỉ e-mail.").IsVisibleAsync());
        Assert.True(await page.GetByText("Hãy nhập mật khẩu.").IsVisibleAsync());
        Assert.EndsWith("/Account/Login", page.Url);
    }

    [Fact]
    public async Task Unknown_address_shows_the_vietnamese_404_page()
    {
        var (page, _) = await portal.NewPageAsync();
        var response = await page.GotoAsync(portal.BaseUrl + "/khong-co-trang-nay");
        Assert.Equal(404, response!.Status);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy trang" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Each_demo_role_reaches_the_staff_home()
    {
        foreach (var account in DemoDataSeeder.Accounts)
        {
            var (page, _) = await portal.NewPageAsync();
            await page.GotoAsync(portal.BaseUrl + "/Account/Login");
            await SignInAsync(page, account.Email);
            var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            Assert.StartsWith("Xin chào", heading);
            await page.Context.CloseAsync();
        }
    }
}
