using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>A lockout far away, so repeated wrong passwords keep doing the full work and timings compare like with like.</summary>
public sealed class NoLockoutFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:MaxFailedSignIns"] = "1000" };
}

/// <summary>
/// Whether an e-mail has an account cannot be read off the sign-in page (ASVS 6.3.8): the same answer after
/// every failure, the fifth included, and the same work, seen as comparable times.
/// </summary>
public class UserEnumerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "mật khẩu thật của người dùng này";

    internal static async Task<string> CreateUserAsync(PortalFactory portal)
    {
        var email = $"liet-ke-{Guid.NewGuid():N}@demo.local";
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = await portal.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var user = new AppUser { UserName = email, Email = email, FullName = "Người thử liệt kê", UnitId = unitId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.WardStaff);
        return email;
    }

    internal static async Task<string> RefusalAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(Regex.Match(html, "validation-summary-errors[^>]*>\\s*<ul>\\s*<li>(.*?)</li>", RegexOptions.Singleline).Groups[1].Value).Trim();
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answers_as_an_account_up_to_and_after_the_lockout()
    {
        var existing = await CreateUserAsync(factory);
        var unknown = $"khong-co-{Guid.NewGuid():N}@demo.local";
        var client = factory.CreateBareClient();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var forAccount = await RefusalAsync(client, existing, "sai mật khẩu lần " + attempt);
            var forNobody = await RefusalAsync(client, unknown, "sai mật khẩu lần " + attempt);
            Assert.NotEmpty(forAccount);
            Assert.Equal(forAccount, forNobody);
            Assert.Contains(attempt >= 5 ? "tạm khóa" : "không đúng", forAccount);
        }
        // The right password of a locked account gets the same answer as any password of an unknown e-mail.
        Assert.Equal(await RefusalAsync(client, unknown, Password), await RefusalAsync(client, existing, Password));
    }
}

public class SignInTimingTests(NoLockoutFactory factory) : IClassFixture<NoLockoutFactory>
{
    [Fact]
    public async Task A_wrong_password_takes_about_as_long_for_an_unknown_email_as_for_an_account()
    {
        var existing = await UserEnumerationTests.CreateUserAsync(factory);
        var client = factory.CreateBareClient();
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");

        async Task<double> TimeAsync(string email)
        {
            var form = new FormUrlEncodedContent(
                [new("Email", email), new("Password", "một mật khẩu sai khá dài"), new("__RequestVerificationToken", token)]);
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/Account/Login", form);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        await TimeAsync(existing);
        await TimeAsync($"khoi-dong-{Guid.NewGuid():N}@demo.local"); // warm both paths (the dummy hash is made once)
        var forAccount = new List<double>();
        var forNobody = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            forAccount.Add(await TimeAsync(existing));
            forNobody.Add(await TimeAsync($"khong-co-{Guid.NewGuid():N}@demo.local"));
        }

        var ratio = Median(forNobody) / Median(forAccount);
        Assert.True(ratio is > 0.5 and < 2,
            $"Median for an unknown e-mail {Median(forNobody):F1} ms, for an account {Median(forAccount):F1} ms (ratio {ratio:F2}).");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
