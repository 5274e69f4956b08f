using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Account;

public class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "một mật khẩu đủ dài cho hai bước";

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"haibuoc-{Guid.NewGuid():N}@demo.local";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT").Select(u => u.Id).SingleAsync());
        var user = new AppUser { UserName = email, Email = email, FullName = "Người dùng hai bước", UnitId = unitId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }

    [Fact]
    public async Task A_user_turns_on_the_authenticator_and_then_signs_in_with_a_code()
    {
        var email = await CreateUserAsync(Roles.DistrictStaff);
        var client = await factory.SignedInClientAsync(email, Password);

        var setup = await client.GetStringAsync("/Account/EnableAuthenticator");
        var key = Regex.Match(setup, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value;
        Assert.Contains("otpauth://totp/DoiThoai:", WebUtility.HtmlDecode(setup));

        var wrong = await client.PostFormAsync("/Account/EnableAuthenticator", "/Account/EnableAuthenticator", [new("Input.Code", "000000")]);
        Assert.Contains("Mã xác thực không đúng", await wrong.Content.ReadAsStringAsync());

        var enabled = await client.PostFormAsync("/Account/EnableAuthenticator", "/Account/EnableAuthenticator", [new("Input.Code", Totp.Code(key))]);
        var codes = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"recovery-codes\"", codes);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var fresh = factory.CreateBareClient();
        var first = await fresh.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/Staff")).StatusCode);

        var second = await fresh.PostFormAsync(first.Headers.Location.OriginalString, "/Account/LoginWith2fa", [new("Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("Xin chào", await fresh.GetStringAsync("/Staff"));
    }

    [Fact]
    public async Task A_recovery_code_works_once_instead_of_the_app()
    {
        var email = await CreateUserAsync(Roles.Leader);
        var client = await factory.SignedInClientAsync(email, Password);
        var key = Regex.Match(await client.GetStringAsync("/Account/EnableAuthenticator"), "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value;
        var page = await (await client.PostFormAsync("/Account/EnableAuthenticator", "/Account/EnableAuthenticator", [new("Input.Code", Totp.Code(key))])).Content.ReadAsStringAsync();
        var recovery = Regex.Match(page, "data-testid=\"recovery-codes\">\\s*<li>([^<]+)</li>").Groups[1].Value;
        Assert.NotEmpty(recovery);

        async Task<HttpStatusCode> SignInWithRecoveryAsync()
        {
            var fresh = factory.CreateBareClient();
            var first = await fresh.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", Password)]);
            return (await fresh.PostFormAsync(first.Headers.Location!.OriginalString, "/Account/LoginWith2fa",
                [new("Code", recovery), new("UseRecoveryCode", "true")])).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Redirect, await SignInWithRecoveryAsync());
        Assert.Equal(HttpStatusCode.OK, await SignInWithRecoveryAsync());
    }
}

public class RequiredTwoFactorTests(RequiredTwoFactorTests.RequiringFactory factory) : IClassFixture<RequiredTwoFactorTests.RequiringFactory>
{
    public sealed class RequiringFactory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Security:RequireTwoFactorForAdministrators"] = "true" };
    }

    [Fact]
    public async Task An_administrator_without_an_authenticator_is_sent_to_set_one_up()
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var response = await admin.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/TwoFactor", response.Headers.Location!.OriginalString);
        Assert.Contains("phải bật xác thực hai bước", await admin.GetStringAsync("/Account/TwoFactor"));
    }

    [Fact]
    public async Task Other_roles_are_not_held_back_by_the_setting()
    {
        var staff = await factory.SignedInClientAsync(Demo.DistrictStaff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Organizations")).StatusCode);
    }
}
