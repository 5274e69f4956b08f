using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace DoiThoai.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port with its own SQLite file and demo data, and one headless Chromium.
/// Without a browser the tests skip themselves, unless DOITHOAI_REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Candidates =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-browser", Guid.NewGuid().ToString("N"));
    private PortalServer? _server;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? MissingBrowserReason { get; private set; }

    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("DOITHOAI_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("DOITHOAI_BROWSER") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists);
        if (executable is null || !File.Exists(executable))
        {
            MissingBrowserReason = "Không tìm thấy Chromium. Cài bằng: sudo apt-get install -y chromium (hoặc đặt DOITHOAI_BROWSER).";
            if (Environment.GetEnvironmentVariable("DOITHOAI_REQUIRE_BROWSER") == "1")
                throw new InvalidOperationException(MissingBrowserReason);
            return;
        }

        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotFolder);
        _server = new PortalServer(_folder);
        _server.UseKestrel(0);
        _server.StartServer();
        BaseUrl = _server.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh page in Vietnamese, recording every address it asks for.</summary>
    public async Task<(IPage Page, List<string> Requests)> NewPageAsync()
    {
        if (Browser is null) Assert.Skip(MissingBrowserReason ?? "Không có trình duyệt.");
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        return (page, requests);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class PortalServer(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "portal.db")}");
            builder.UseSetting("Seed:DemoData", "true");
            builder.UseSetting("Logging:Folder", Path.Combine(folder, "logs"));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
