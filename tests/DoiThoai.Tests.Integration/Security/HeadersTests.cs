using System.Net;
using DoiThoai.Tests.Integration.Foundation;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>The portal in "Testing" (plain http) with one failing action, to see the headers of a 500 page too.</summary>
public sealed class HeadersFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(BoomController).Assembly));
    }
}

/// <summary>
/// The portal as it runs in production ("Staging": not Development, not Testing, demo data still allowed), reached
/// over https. In-memory requests have no client address, so a test names one in <see cref="ClientHeader"/>.
/// </summary>
public class HttpsPortalFactory : PortalFactory
{
    public const string ClientHeader = ClientAddressFromHeader.Header;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Notices:Enabled"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Staging");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>A client on https (so Secure cookies travel), not following redirects, seen as coming from <paramref name="address"/>.</summary>
    public HttpClient CreateHttpsClient(string address = "192.0.2.10")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.test/") });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }
}

public class HeadersTests(HeadersFactory factory) : IClassFixture<HeadersFactory>
{
    public static TheoryData<string, HttpStatusCode> Addresses => new()
    {
        { "/", HttpStatusCode.OK },                               // a public page
        { "/Account/Login", HttpStatusCode.OK },                  // the sign-in form
        { "/js/print.js", HttpStatusCode.OK },                    // a static file
        { "/css/site.css", HttpStatusCode.OK },
        { "/khong-co-trang-nay", HttpStatusCode.NotFound },       // the 404 page
        { "/Boom", HttpStatusCode.InternalServerError },          // the 500 page, after the exception handler cleared the answer
        { "/Staff", HttpStatusCode.Redirect },                    // a redirect to sign-in
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_answer_carries_the_security_headers(string address, HttpStatusCode expected)
    {
        var response = await factory.CreateBareClient().GetAsync(address);
        Assert.Equal(expected, response.StatusCode);
        SecurityAssert.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Signed_in_pages_carry_them_too()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var response = await client.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityAssert.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Cookies_are_httponly_and_samesite_and_on_plain_http_in_testing_not_secure()
    {
        var client = factory.CreateBareClient();
        var form = await client.GetAsync("/Account/Login");
        var antiforgery = SecurityAssert.SetCookie(form, "DoiThoai.Antiforgery");
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.DoesNotContain("secure", antiforgery);

        var signIn = await client.PostFormAsync("/Account/Login", "/Account/Login",
            [new("Email", Demo.KyPhuongWard), new("Password", DemoDataSeeder.DemoPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = SecurityAssert.SetCookie(signIn, "DoiThoai.Auth");
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.DoesNotContain("secure", auth);
    }
}

/// <summary>Checks shared by the header, cookie and sign-in limit tests.</summary>
public static class SecurityAssert
{
    /// <summary>The headers every answer must carry; the policy is parsed, not compared as one string.</summary>
    public static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = Header(response, "Content-Security-Policy");
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe", directives["script-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header.");

    /// <summary>The Set-Cookie line of the cookie named <paramref name="name"/>, lower-cased.</summary>
    public static string SetCookie(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "No cookie was set.");
        var all = cookies.ToList();
        var line = all.SingleOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(line is not null, $"No cookie {name} among: {string.Join(" | ", all.Select(c => c.Split('=')[0]))}");
        return line.ToLowerInvariant();
    }
}

/// <summary>What production adds: HSTS over https, and cookies that are Secure with the __Host- prefix.</summary>
public class HttpsHeadersTests(HttpsPortalFactory factory) : IClassFixture<HttpsPortalFactory>
{
    [Fact]
    public async Task Https_answers_carry_hsts_for_a_year_with_subdomains_and_the_security_headers()
    {
        var response = await factory.CreateHttpsClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", SecurityAssert.Header(response, "Strict-Transport-Security"));
        SecurityAssert.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Cookies_are_host_prefixed_secure_httponly_and_samesite()
    {
        var client = factory.CreateHttpsClient();
        var form = await client.GetAsync("/Account/Login");
        var antiforgery = SecurityAssert.SetCookie(form, "__Host-DoiThoai.Antiforgery");
        var signIn = await client.PostFormAsync("/Account/Login", "/Account/Login",
            [new("Email", Demo.KyPhuongWard), new("Password", DemoDataSeeder.DemoPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = SecurityAssert.SetCookie(signIn, "__Host-DoiThoai.Auth");

        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; path=/;", cookie + ";");
            Assert.DoesNotContain("domain=", cookie);
        }
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Contains("samesite=lax", auth);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_loopback_proxy_that_forwards_https_the_forms_work_and_cookies_stay_secure()
    {
        // nginx on the same machine talks plain http to Kestrel and says the browser used https.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.test/") });
        client.DefaultRequestHeaders.Add(HttpsPortalFactory.ClientHeader, "127.0.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var form = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("; secure", SecurityAssert.SetCookie(form, "__Host-DoiThoai.Antiforgery"));
        Assert.StartsWith("max-age=", SecurityAssert.Header(form, "Strict-Transport-Security"));
    }
}

/// <summary>The production portal with HSTS set otherwise: two years, this host only.</summary>
public sealed class ConfiguredHstsFactory : HttpsPortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Security:HstsMaxAgeDays"] = "730",
        ["Security:HstsIncludeSubDomains"] = "false",
    };
}

public class ConfiguredHstsTests(ConfiguredHstsFactory factory) : IClassFixture<ConfiguredHstsFactory>
{
    [Fact]
    public async Task The_hsts_settings_govern_its_age_and_subdomains()
    {
        var response = await factory.CreateHttpsClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=63072000", SecurityAssert.Header(response, "Strict-Transport-Security"));
    }
}
