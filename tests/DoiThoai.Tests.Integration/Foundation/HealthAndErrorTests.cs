using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Foundation;

public class HealthTests
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable_and_503_when_it_is_not()
    {
        await using var factory = new SqlitePortalFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // The database file disappears (a lost disk, a bad mount): the check must notice.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.Folder, "portal.db*")) File.Delete(file);

        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}

public class ErrorPageTests(ErrorPageTests.BoomFactory factory) : IClassFixture<ErrorPageTests.BoomFactory>
{
    /// <summary>Adds one action that fails, to see the 500 page a user would get.</summary>
    public sealed class BoomFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.AddControllersWithViews().AddApplicationPart(typeof(BoomController).Assembly));
        }
    }

    [Fact]
    public async Task An_unknown_address_shows_the_vietnamese_404_page_to_anyone()
    {
        var response = await factory.CreateBareClient().GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failure_shows_the_vietnamese_500_page_without_details()
    {
        var response = await factory.CreateBareClient().GetAsync("/Boom");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("chi tiết nội bộ", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task A_role_without_access_gets_the_vietnamese_403_page()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var response = await client.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_staff_pages_send_to_sign_in()
    {
        var response = await factory.CreateBareClient().GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Test-only action that fails, added as an application part by ErrorPageTests.BoomFactory.</summary>
[AllowAnonymous]
public sealed class BoomController : Controller
{
    public IActionResult Index() => throw new InvalidOperationException("chi tiết nội bộ không được lộ ra");
}
