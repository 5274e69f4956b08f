using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>
/// Sign-in posts are limited per client address (Security:SignInPermitsPerMinute, 10 unless set), here with the
/// production default: the portal runs as in production and each test signs in from an address of its own.
/// </summary>
public class SignInLimitTests(HttpsPortalFactory factory) : IClassFixture<HttpsPortalFactory>
{
    private const string Unknown = "khong-co-tai-khoan-nay@demo.local";

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string email, string password) =>
        await client.PostAsync("/Account/Login", new FormUrlEncodedContent(
            [new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]));

    [Fact]
    public async Task The_eleventh_sign_in_post_in_a_minute_from_one_address_gets_429_with_a_vietnamese_page()
    {
        var client = factory.CreateHttpsClient("198.51.100.11");
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        for (var i = 1; i <= 10; i++)
        {
            // A new unknown e-mail each time: five failures on one e-mail lock it, as they lock an account.
            var refused = await PostSignInAsync(client, token, $"khong-co-tai-khoan-{i}@demo.local", "sai mật khẩu " + i);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("E-mail hoặc mật khẩu không đúng.", await refused.Content.ReadAsStringAsync());
        }

        var throttled = await PostSignInAsync(client, token, Demo.KyPhuongWard, DemoDataSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await throttled.Content.ReadAsStringAsync());
        Assert.Equal("60", SecurityAssert.Header(throttled, "Retry-After"));

        // Only the posts are limited: the form still opens, and another address signs in at once.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        var other = factory.CreateHttpsClient("198.51.100.12");
        var signedIn = await PostSignInAsync(other, await other.GetAntiforgeryTokenAsync("/Account/Login"), Demo.KyPhuongWard, DemoDataSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_authenticator_code_step_is_limited_with_the_password_step()
    {
        var client = factory.CreateHttpsClient("198.51.100.21");
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        for (var i = 1; i <= 9; i++)
        {
            var response = await client.PostAsync("/Account/LoginWith2fa", new FormUrlEncodedContent(
                [new("Code", "123456"), new("__RequestVerificationToken", token)]));
            // No password step behind it: back to the sign-in form.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(client, token, Unknown, "sai")).StatusCode);

        var throttled = await client.PostAsync("/Account/LoginWith2fa", new FormUrlEncodedContent(
            [new("Code", "123456"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostSignInAsync(client, token, Unknown, "sai")).StatusCode);
    }

    [Fact]
    public async Task Behind_the_loopback_proxy_each_browser_address_has_its_own_limit()
    {
        HttpClient Behind(string browser)
        {
            var client = factory.CreateHttpsClient("127.0.0.1");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", browser);
            return client;
        }

        var first = Behind("203.0.113.31");
        var token = await first.GetAntiforgeryTokenAsync("/Account/Login");
        for (var i = 0; i < 10; i++) await PostSignInAsync(first, token, Unknown, "sai");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostSignInAsync(first, token, Unknown, "sai")).StatusCode);

        var second = Behind("203.0.113.32");
        Assert.Equal(HttpStatusCode.Redirect,
            (await PostSignInAsync(second, await second.GetAntiforgeryTokenAsync("/Account/Login"), Demo.Leader, DemoDataSeeder.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task The_account_lockout_still_locks_after_five_failures_under_the_limit()
    {
        const string password = "một câu mật khẩu đủ dài cho thử nghiệm";
        var email = $"khoa-{Guid.NewGuid():N}@demo.local";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
            Assert.True((await users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "Người thử khóa", UnitId = unitId }, password)).Succeeded);
            await users.AddToRoleAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(), Web.Authorization.Roles.WardStaff);
        }

        var client = factory.CreateHttpsClient("198.51.100.41");
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        for (var i = 0; i < 5; i++) await PostSignInAsync(client, token, email, "sai mật khẩu " + i);

        var response = await PostSignInAsync(client, token, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm khóa", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The setting governs in every environment: here "Testing", lowered to 3.</summary>
public sealed class LowSignInLimitFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SignInPermitsPerMinute"] = "3" };
}

public class ConfiguredSignInLimitTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task A_configured_limit_of_three_refuses_the_fourth_post()
    {
        var client = factory.CreateBareClient();
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsync("/Account/Login", new FormUrlEncodedContent(
                [new("Email", "ai-do@demo.local"), new("Password", "sai"), new("__RequestVerificationToken", token)]))).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
