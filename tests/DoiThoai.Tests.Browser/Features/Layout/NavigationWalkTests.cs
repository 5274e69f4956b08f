using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// Every page a role can reach, on a 1366 px desktop and a 390 px phone: the header's pages, and from each list the
/// first row's page and its "+ Thêm…" form, and from those pages their forms ("Sửa…"), the minutes entry and the
/// print page. Each page answers 200 (no link leads to 403), is no wider than the screen, has nothing serious or
/// critical for axe-core, no English leftover, every date dd/MM/yyyy, and on a staff page the breadcrumbs
/// (<see cref="PageChecks"/>). One picture of the window per page, role and width is kept (CI uploads the folder).
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class NavigationWalkTests(BrowserFixture browser)
{
    private static readonly (int Width, int Height)[] Screens = [(1366, 768), (390, 844)];

    // Pages only the public reads: checked like the others, but they have no breadcrumbs and lead to no staff form.
    private static readonly string[] PublicPrefixes = ["/tin-tuc", "/kien-nghi", "/khao-sat"];

    // What a walk follows from a page it opened: the forms, the minutes, the print page. Not downloads, not deleting.
    [GeneratedRegex(@"^(\+ |Sửa|Đổi tên|Nhập biên bản|Bản in|Thêm )")]
    private static partial Regex FollowedLinkText();

    [GeneratedRegex(@"/(Delete|Word|Excel|Template|Attachment|Logout|Print/\d+/Word)\b|\.(docx|xlsx)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotWalked();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [Theory]
    [InlineData("quantri@demo.local")]
    [InlineData("vanphong.kyanh@demo.local")]
    [InlineData("kyphuong@demo.local")]
    [InlineData("thanhbinh@demo.local")]
    [InlineData("mattran.kyanh@demo.local")]
    [InlineData("lanhdao.kyanh@demo.local")]
    [InlineData("bientap.kyanh@demo.local")]
    public async Task Every_page_a_role_reaches_fits_the_screen_is_accessible_allowed_and_in_Vietnamese(string email)
    {
        var clock = Stopwatch.StartNew();
        var role = email.Split('@')[0].Replace('.', '-');
        // One context and one sign-in per role: the walk visits every page with the same cookies.
        await using var session = await browser.OpenAsync($"walk-{role}");
        var page = session.Page;
        await page.SignInAsync(email);

        var header = await HeaderLinksAsync(page);
        Assert.Contains("/Staff", header);
        // The dashboard also on a year that holds data, so that its tables and charts are drawn.
        var start = header.Append("/Dashboard?Kind=Year&Year=2022").Distinct().ToList();

        var problems = new List<string>();
        var walked = await WalkDesktopAsync(session, start, problems);
        await page.SetViewportSizeAsync(Screens[1].Width, Screens[1].Height);
        foreach (var path in walked) await CheckAsync(session, path, Screens[1].Width, problems);

        TestContext.Current.TestOutputHelper?.WriteLine($"Walk of {email}: {walked.Count} pages at two widths in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(walked.Count >= header.Count, $"The walk of {email} saw fewer pages than the header has.");
        Assert.True(problems.Count == 0, $"For {email} ({walked.Count} pages):\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// At desktop width: every start page, then what each page leads to (two steps from the header), one page per
    /// kind of address (/Conferences/Details/5 stands for every conference). Returns the pages in the order seen.
    /// </summary>
    private static async Task<List<string>> WalkDesktopAsync(BrowserSession session, List<string> start, List<string> problems)
    {
        var page = session.Page;
        await page.SetViewportSizeAsync(Screens[0].Width, Screens[0].Height);
        var kinds = new HashSet<string>(start.Select(Kind));
        var queue = new Queue<(string Path, int Depth)>(start.Select(p => (p, 0)));
        var walked = new List<string>();
        while (queue.Count > 0)
        {
            var (path, depth) = queue.Dequeue();
            if (!await CheckAsync(session, path, Screens[0].Width, problems)) continue;
            walked.Add(path);
            if (depth == 2 || IsPublic(path)) continue;
            foreach (var next in await NextLinksAsync(page, depth))
                if (kinds.Add(Kind(next))) queue.Enqueue((next, depth + 1));
        }
        return walked;
    }

    /// <summary>Opens the page and adds what is wrong with it to <paramref name="problems"/>; false when it did not open.</summary>
    private static async Task<bool> CheckAsync(BrowserSession session, string path, int width, List<string> problems)
    {
        var response = await session.Page.GotoAsync(path);
        var where = $"{path} at {width} px";
        if (response is not { Ok: true })
        {
            problems.Add($"{where}: answered {response?.Status}");
            return false;
        }
        await session.WindowShotAsync($"{width}-{Slug(path)}");
        var staffPage = !IsPublic(path) && path != "/" && !path.Contains("/Print/", StringComparison.Ordinal);
        problems.AddRange((await PageChecks.AllAsync(session.Page, staffPage)).Select(p => $"{where}: {p}"));
        return true;
    }

    /// <summary>
    /// From a list (the header's pages): its first row's link and its "+ Thêm…" forms. From a record's page: its
    /// forms, the minutes entry and the print page, and its own first row (a conference's first follow-up item).
    /// </summary>
    private static async Task<List<string>> NextLinksAsync(IPage page, int depth)
    {
        var links = await page.Locator("main").EvaluateAsync<string[][]>(@"main => {
            const same = a => a.origin === location.origin && !a.hasAttribute('download') && !a.getAttribute('href').startsWith('#');
            const firstRow = [...main.querySelectorAll('table tbody tr:first-child a[href]')].filter(same).slice(0, 1);
            const named = [...main.querySelectorAll('a[href]')].filter(same);
            return [...firstRow.map(a => ['row', a.pathname + a.search]), ...named.map(a => [a.innerText.trim(), a.pathname + a.search])];
        }");
        return links
            .Where(l => (l[0] == "row" && depth < 2) || FollowedLinkText().IsMatch(l[0]))
            .Select(l => l[1])
            .Where(href => !NotWalked().IsMatch(href) && !IsPublic(href))
            .Distinct()
            .ToList();
    }

    /// <summary>Same-origin links of the header (menu, its drop-downs and the user bar), as this role sees them.</summary>
    private static async Task<List<string>> HeaderLinksAsync(IPage page)
    {
        var hrefs = await page.Locator("header.site-header a[href]").EvaluateAllAsync<string[]>(@"links => links
            .filter(a => a.origin === location.origin && !a.getAttribute('href').startsWith('#'))
            .map(a => a.pathname + a.search)");
        return hrefs.Distinct().ToList();
    }

    [Fact]
    public async Task The_news_editor_has_no_serious_accessibility_problem_at_either_width()
    {
        await using var session = await browser.OpenAsync("walk-news-editor");
        var page = session.Page;
        await page.SignInAsync("bientap.kyanh@demo.local");

        var problems = new List<string>();
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/News/Create");
            await Expect(page.Locator("#body-label")).ToBeVisibleAsync();
            await session.WindowShotAsync($"{width}-news-create");
            problems.AddRange((await PageChecks.AxeViolationsAsync(page)).Select(v => $"/News/Create at {width} px: {v}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool IsPublic(string path) =>
        path == "/" || PublicPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind of page an address opens: the path with its numbers as #, without the query (but the header's own).</summary>
    private static string Kind(string path) => Number().Replace(path.Split('?')[0], "#");

    private static string Slug(string path) =>
        Regex.Replace(path.Trim('/').ToLowerInvariant(), "[^a-z0-9]+", "-") is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 80)] : "home";
}
