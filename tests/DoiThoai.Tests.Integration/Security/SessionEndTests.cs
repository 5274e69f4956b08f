using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>The session check (security stamp) on every request, so the end of a session shows at the next one.</summary>
public sealed class SessionCheckEveryRequestFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SessionCheckSeconds"] = "0" };
}

/// <summary>
/// A session ends on the server, not only in the browser: a cookie issued before the account was locked or its
/// password reset is refused at the next request and the holder is sent to sign in.
/// </summary>
public class SessionEndTests(SessionCheckEveryRequestFactory factory) : IClassFixture<SessionCheckEveryRequestFactory>
{
    private const string Password = "mật khẩu ban đầu của cán bộ";

    private async Task<(HttpClient Admin, int Id, HttpClient User)> SignedInNewUserAsync()
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var email = $"phien-{Guid.NewGuid():N}@demo.local";
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var created = await admin.PostFormAsync("/Users/Create", "/Users/Create",
        [
            new("Input.FullName", "Cán bộ thử phiên"), new("Input.Email", email), new("Input.Role", Roles.WardStaff),
            new("Input.UnitId", unitId.ToString()), new("Input.Password", Password),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var user = await factory.SignedInClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/Staff")).StatusCode);
        return (admin, id, user);
    }

    private static async Task AssertSentToSignInAsync(HttpClient user)
    {
        var response = await user.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_password_reset_by_an_administrator_ends_the_open_session()
    {
        var (admin, id, user) = await SignedInNewUserAsync();

        var reset = await admin.PostFormAsync($"/Users/ResetPassword/{id}", $"/Users/ResetPassword/{id}",
            [new("Input.Password", "mật khẩu mới do quản trị đặt lại")]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await AssertSentToSignInAsync(user);
        // Only that account's sessions end: the administrator works on.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task Locking_the_account_ends_the_open_session()
    {
        var (admin, id, user) = await SignedInNewUserAsync();

        var locked = await admin.PostFormAsync($"/Users/Lock/{id}", $"/Users/Lock/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        await AssertSentToSignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);
    }
}
