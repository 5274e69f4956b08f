using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DoiThoai.Tests.Browser.Infrastructure;

/// <summary>Browser tests share one portal and one Chromium; each test opens its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Starts the portal and Chromium once for the collection. Without a browser the tests skip themselves,
/// unless DOITHOAI_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SkipMessage = "Không tìm thấy trình duyệt Chromium. Cài bằng: sudo apt-get install -y chromium";

    private static readonly string[] KnownBrowsers =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge"];

    private PortalServer? _portal;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The portal's address with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public string? BrowserPath { get; } = FindBrowser();

    public async ValueTask InitializeAsync()
    {
        if (BrowserPath is null) return;

        _portal = new PortalServer();
        BaseAddress = _portal.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserPath,
            Headless = true,
            // No sandbox: CI runs as root. The rest keeps Chromium from calling home during tests.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--lang=vi-VN"],
        });
    }

    /// <summary>A fresh page (own cookies) for one test; skips or fails the test when there is no browser.</summary>
    /// <param name="javaScript">False for a browser whose scripts are off or failed to load: what the server alone does.</param>
    public async Task<BrowserSession> OpenAsync(string testName, bool javaScript = true)
    {
        if (_browser is null)
        {
            if (Environment.GetEnvironmentVariable("DOITHOAI_REQUIRE_BROWSER") == "1")
                Assert.Fail($"DOITHOAI_REQUIRE_BROWSER=1 but no browser was found (DOITHOAI_BROWSER, {string.Join(", ", KnownBrowsers)}). {SkipMessage}");
            Assert.Skip(SkipMessage);
        }
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            // Wide enough for the expanded menu (navbar-expand-xl).
            ViewportSize = new() { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        // Two cores shared with the other test projects: give slow first renders some room.
        context.SetDefaultTimeout(30_000);
        return await BrowserSession.StartAsync(context, BaseAddress, testName);
    }

    /// <summary>
    /// The test seam for the comment captcha: the code sealed in a form's token, as the portal reads it to draw the
    /// picture. A test takes the token from the form and the answer from here, never from the page.
    /// </summary>
    public string CaptchaAnswer(string token) =>
        _portal?.Services.GetRequiredService<DoiThoai.Web.Features.News.Captcha>().CodeToDraw(token)?.Code
        ?? throw new InvalidOperationException("The captcha token is not good.");

    /// <summary>The address without the trailing slash, for tests that build absolute URLs.</summary>
    public string BaseUrl => BaseAddress.ToString().TrimEnd('/');

    /// <summary>
    /// A fresh page and the live list of the URLs it requests, for tests that manage their own page.
    /// Its context closes with the browser at the end of the collection.
    /// </summary>
    public async Task<(IPage Page, List<string> Requests)> NewPageAsync()
    {
        var session = await OpenAsync(TestContext.Current.Test?.TestCase.TestMethodName ?? "page");
        return (session.Page, session.RequestLog);
    }

    /// <summary>Saves <c>&lt;name&gt;.png</c> in <see cref="BrowserSession.ScreenshotFolder"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_portal is not null) await _portal.DisposeAsync();
    }

    private static string? FindBrowser()
    {
        var configured = Environment.GetEnvironmentVariable("DOITHOAI_BROWSER");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return KnownBrowsers.FirstOrDefault(File.Exists);
    }
}
