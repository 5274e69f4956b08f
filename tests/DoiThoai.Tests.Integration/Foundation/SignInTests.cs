using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Foundation;

public class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "một câu mật khẩu đủ dài";

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"test-{Guid.NewGuid():N}@demo.local";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = await factory.WithDbAsync(db => Task.FromResult(db.Units.First(u => u.Code == "HT-KA-KPH").Id));
        var user = new AppUser { UserName = email, Email = email, FullName = "Người thử nghiệm", UnitId = unitId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await client.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", password)]);

    [Fact]
    public async Task Demo_user_signs_in_and_sees_the_staff_home_with_their_unit()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync("/Staff");
        Assert.Contains("Xin chào", html);
        Assert.Contains("Phường Kỳ Phương", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_vietnamese_message()
    {
        var client = factory.CreateBareClient();
        var response = await SignInAsync(client, Demo.KyPhuongWard, "không phải mật khẩu này");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var email = await CreateUserAsync(Web.Authorization.Roles.WardStaff);
        var client = factory.CreateBareClient();
        for (var i = 0; i < 5; i++) await SignInAsync(client, email, "sai mật khẩu lần " + i);

        var response = await SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm khóa", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_fields_show_messages_next_to_each_field()
    {
        var response = await SignInAsync(factory.CreateBareClient(), "", "");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập địa chỉ e-mail.", html);
        Assert.Contains("Hãy nhập mật khẩu.", html);
    }

    [Fact]
    public async Task The_remember_me_box_carries_no_english_message()
    {
        var html = await factory.CreateBareClient().GetStringAsync("/Account/Login");
        Assert.DoesNotContain("field is required", html);
        var box = System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*name=\"RememberMe\"[^>]*>").Value;
        Assert.Contains("type=\"checkbox\"", box);
        Assert.DoesNotMatch("data-val-[a-z]+=\"The ", box);
    }

    [Fact]
    public async Task Sign_in_does_not_follow_a_return_url_to_another_site()
    {
        var client = factory.CreateBareClient();
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            [new("Email", Demo.KyPhuongWard), new("Password", DemoDataSeeder.DemoPassword), new("ReturnUrl", "https://evil.example/")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Staff", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await factory.SignedInClientAsync(Demo.Editor);
        var logout = await client.PostFormAsync("/Staff", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task Logs_are_structured_and_hold_no_password()
    {
        var secret = "mật-khẩu-không-được-ghi-log-" + Guid.NewGuid().ToString("N")[..6];
        await SignInAsync(factory.CreateBareClient(), Demo.Leader, secret);
        await factory.SignedInClientAsync(Demo.Leader);

        var text = string.Join("\n", Directory.GetFiles(factory.LogFolder, "*.json").Select(ReadShared));
        Assert.Contains("\"@mt\":\"User {Email} signed in\"", text);
        Assert.DoesNotContain(secret, text);
        Assert.DoesNotContain(DemoDataSeeder.DemoPassword, text);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
