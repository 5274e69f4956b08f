using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace DoiThoai.Tests.Browser.Infrastructure;

/// <summary>
/// One test's browser context and page: records every request the page makes (so a test can prove
/// nothing leaves the site) and saves numbered screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _testName;

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress, string testName)
    {
        _context = context;
        BaseAddress = baseAddress;
        _testName = testName;
        Page = page;
        Page.Request += (_, request) => { lock (RequestLog) RequestLog.Add(request.Url); };
    }

    public IPage Page { get; }
    public Uri BaseAddress { get; }
    /// <summary>Every URL the page asked for, in order (appended under a lock on the list).</summary>
    public List<string> RequestLog { get; } = [];

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, Uri baseAddress, string testName) =>
        new(context, await context.NewPageAsync(), baseAddress, testName);

    /// <summary>Saves the page as <c>&lt;test-name&gt;-&lt;step&gt;.png</c> in <see cref="ScreenshotFolder"/>.</summary>
    public async Task ScreenshotAsync(string step)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{_testName}-{step}.png"), FullPage = true });
    }

    /// <summary>
    /// Saves what the window shows (not the whole page) as <c>&lt;test-name&gt;/&lt;name&gt;.jpg</c> in
    /// <see cref="ScreenshotFolder"/>: for walks that keep hundreds of pictures, small enough for CI to keep.
    /// </summary>
    public async Task WindowShotAsync(string name)
    {
        var folder = Path.Combine(ScreenshotFolder, _testName);
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".jpg"), Type = ScreenshotType.Jpeg, Quality = 70 });
    }

    /// <summary>Every request went to the portal itself: no CDN, font, analytics or other outside address.</summary>
    public void AssertNoRequestLeftTheSite()
    {
        List<string> requests;
        lock (RequestLog) requests = [.. RequestLog];
        Assert.NotEmpty(requests);
        var outside = requests
            .Where(url => !url.StartsWith(BaseAddress.ToString(), StringComparison.Ordinal)
                          && !url.StartsWith("data:", StringComparison.Ordinal)
                          && !url.StartsWith("blob:", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(outside.Count == 0, $"Requests outside {BaseAddress}: {string.Join(", ", outside)}");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    /// <summary>DOITHOAI_SCREENSHOTS, else TestResults/screenshots in this project's folder (git-ignored).</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("DOITHOAI_SCREENSHOTS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(ProjectFolder(), "TestResults", "screenshots");

    // The source folder as compiled; when the build ran elsewhere, fall back to the output folder.
    private static string ProjectFolder([CallerFilePath] string thisFile = "")
    {
        var project = Path.GetDirectoryName(Path.GetDirectoryName(thisFile));
        return project is not null && File.Exists(Path.Combine(project, "DoiThoai.Tests.Browser.csproj"))
            ? project
            : AppContext.BaseDirectory;
    }
}
