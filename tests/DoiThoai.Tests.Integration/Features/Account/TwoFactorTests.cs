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

    /// <summary>Makes the authenticator key (a POST) and reads it off the set-up page, as the user copies it.</summary>
    internal static async Task<string> NewKeyAsync(HttpClient client)
    {
        var made = await client.PostFormAsync("/Account/TwoFactor", "/Account/NewAuthenticatorKey", []);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var setup = await client.GetStringAsync("/Account/EnableAuthenticator");
        Assert.Contains("otpauth://totp/DoiThoai:", WebUtility.HtmlDecode(setup));
        return Regex.Match(setup, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value;
    }

    private async Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email) =>
        await client.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", Password)]);

    [Fact]
    public async Task A_user_turns_on_the_authenticator_and_then_signs_in_with_a_code()
    {
        var email = await CreateUserAsync(Roles.DistrictStaff);
        var client = await factory.SignedInClientAsync(email, Password);

        var key = await NewKeyAsync(client);

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

        // The code that turned the app on is spent; the app's next one signs in.
        var second = await fresh.PostFormAsync(first.Headers.Location.OriginalString, "/Account/LoginWith2fa",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)))]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("Xin chào", await fresh.GetStringAsync("/Staff"));
    }

    [Fact]
    public async Task A_recovery_code_works_once_instead_of_the_app()
    {
        var email = await CreateUserAsync(Roles.Leader);
        var client = await factory.SignedInClientAsync(email, Password);
        var key = await NewKeyAsync(client);
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

    [Fact]
    public async Task A_code_signs_in_once_and_a_second_session_with_the_same_code_is_refused()
    {
        var email = await CreateUserAsync(Roles.DistrictStaff);
        var client = await factory.SignedInClientAsync(email, Password);
        var key = await NewKeyAsync(client);
        var turnedOn = await client.PostFormAsync("/Account/EnableAuthenticator", "/Account/EnableAuthenticator",
            [new("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)))]);
        Assert.Contains("data-testid=\"recovery-codes\"", await turnedOn.Content.ReadAsStringAsync());

        var code = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));
        async Task<HttpResponseMessage> CodeStepAsync(HttpClient session, string withCode)
        {
            var first = await PasswordStepAsync(session, email);
            Assert.StartsWith("/Account/LoginWith2fa", first.Headers.Location!.OriginalString);
            return await session.PostFormAsync(first.Headers.Location.OriginalString, "/Account/LoginWith2fa", [new("Code", withCode)]);
        }

        var one = factory.CreateBareClient();
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(one, code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/Staff")).StatusCode);

        var two = factory.CreateBareClient();
        var replay = await CodeStepAsync(two, code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Mã xác thực không đúng.", await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await two.GetAsync("/Staff")).StatusCode);

        // The app's next code still works.
        var three = factory.CreateBareClient();
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(three, Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(60)))).StatusCode);
    }
}

/// <summary>
/// Setting up the authenticator app changes nothing until the user asks for a key (a POST), and asking for one
/// does not end the session they are using, even with the session checked on every request.
/// </summary>
public class AuthenticatorSetupTests(Security.SessionCheckEveryRequestFactory factory) : IClassFixture<Security.SessionCheckEveryRequestFactory>
{
    private const string Password = "một mật khẩu đủ dài cho hai bước";

    private async Task<string> CreateUserAsync()
    {
        var email = $"khoa-{Guid.NewGuid():N}@demo.local";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT").Select(u => u.Id).SingleAsync());
        var user = new AppUser { UserName = email, Email = email, FullName = "Người dùng tạo khóa", UnitId = unitId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.DistrictStaff);
        return email;
    }

    private Task<(string? Key, string? Stamp)> KeyAndStampAsync(string email) => factory.WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var key = await db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync();
        return (key, user.SecurityStamp);
    });

    [Fact]
    public async Task Opening_the_set_up_page_changes_neither_the_key_nor_the_session()
    {
        var email = await CreateUserAsync();
        var client = await factory.SignedInClientAsync(email, Password);
        var before = await KeyAndStampAsync(email);

        var page = await client.GetStringAsync("/Account/EnableAuthenticator");
        Assert.Contains("Tạo khóa cho ứng dụng", page);
        Assert.DoesNotContain("data-testid=\"shared-key\"", page);

        Assert.Equal(before, await KeyAndStampAsync(email));
        Assert.Null(before.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task Making_the_key_keeps_the_current_session_past_the_session_check()
    {
        var email = await CreateUserAsync();
        var client = await factory.SignedInClientAsync(email, Password);
        var other = await factory.SignedInClientAsync(email, Password);
        var before = await KeyAndStampAsync(email);

        var key = await TwoFactorTests.NewKeyAsync(client);

        var after = await KeyAndStampAsync(email);
        Assert.NotNull(after.Key);
        Assert.Equal(after.Key, key.Replace(" ", "").ToUpperInvariant());
        Assert.NotEqual(before.Stamp, after.Stamp);
        // This session goes on through the check (every request here) and can finish the set-up.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);
        var turnedOn = await client.PostFormAsync("/Account/EnableAuthenticator", "/Account/EnableAuthenticator", [new("Input.Code", Totp.Code(key))]);
        Assert.Contains("data-testid=\"recovery-codes\"", await turnedOn.Content.ReadAsStringAsync());
        // A session elsewhere, opened before the new key, ends.
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/Staff")).StatusCode);
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
