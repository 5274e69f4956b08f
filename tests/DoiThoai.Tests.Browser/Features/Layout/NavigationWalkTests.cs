using System.Text.Json;
using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// Every page linked from a role's header, for every demo role, on a 1366 px desktop and a 390 px phone: no page is
/// wider than the screen, axe-core finds nothing serious or critical, no link answers 403 and no English word is
/// left in the visible text. One screenshot per page, role and width is kept (CI uploads the folder).
/// </summary>
[Collection(BrowserCollection.Name)]
public class NavigationWalkTests(BrowserFixture browser)
{
    private static readonly (int Width, int Height)[] Screens = [(1366, 768), (390, 844)];

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Features", "News", "axe", "axe.min.js");

    // Words a user should never meet in the portal: leftovers from the framework or a library's defaults.
    private const string EnglishLeftovers = @"\b(Normal|Submit|Delete|Edit|Save|Search|Next|Previous|Required|Cancel|Loading)\b";

    [Theory]
    [InlineData("quantri@demo.local")]
    [InlineData("vanphong.kyanh@demo.local")]
    [InlineData("kyphuong@demo.local")]
    [InlineData("mattran.kyanh@demo.local")]
    [InlineData("lanhdao.kyanh@demo.local")]
    [InlineData("bientap.kyanh@demo.local")]
    public async Task Every_page_of_the_navigation_fits_the_screen_is_accessible_allowed_and_in_Vietnamese(string email)
    {
        var role = email.Split('@')[0].Replace('.', '-');
        // One context and one sign-in per role: the walk visits every page with the same cookies.
        await using var session = await browser.OpenAsync($"walk-{role}");
        var page = session.Page;
        await SignInAsync(page, email);

        var paths = await HeaderLinksAsync(page);
        Assert.Contains("/Staff", paths);

        var problems = new List<string>();
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                var where = $"{path} at {width} px";
                if (response is not { Ok: true })
                {
                    problems.Add($"{where}: answered {response?.Status}");
                    continue;
                }
                await session.ScreenshotAsync($"{width}-{Slug(path)}");
                var widths = await page.EvaluateAsync<int[]>(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                if (widths[0] > widths[1]) problems.Add($"{where}: {widths[0]} px wide in a {widths[1]} px window");
                var english = Regex.Matches(await page.InnerTextAsync("body"), EnglishLeftovers)
                    .Select(m => m.Value).Distinct().ToList();
                if (english.Count > 0) problems.Add($"{where}: English words {string.Join(", ", english)}");
                // The layout is the same at both widths except for what the phone hides; axe once per width still
                // catches contrast of elements shown only on one of them.
                problems.AddRange((await AxeViolationsAsync(page)).Select(v => $"{where}: {v}"));
            }
        }
        Assert.True(problems.Count == 0, $"For {email}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task The_news_editor_has_no_serious_accessibility_problem_at_either_width()
    {
        await using var session = await browser.OpenAsync("walk-news-editor");
        var page = session.Page;
        await SignInAsync(page, "bientap.kyanh@demo.local");

        var problems = new List<string>();
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/News/Create");
            await Expect(page.Locator("#body-label")).ToBeVisibleAsync();
            await session.ScreenshotAsync($"{width}-news-create");
            problems.AddRange((await AxeViolationsAsync(page)).Select(v => $"/News/Create at {width} px: {v}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));
    }

    /// <summary>Same-origin links of the header (menu, its drop-downs and the user bar), as this role sees them.</summary>
    private static async Task<List<string>> HeaderLinksAsync(IPage page)
    {
        var hrefs = await page.Locator("header.site-header a[href]").EvaluateAllAsync<string[]>(@"links => links
            .filter(a => a.origin === location.origin && !a.getAttribute('href').startsWith('#'))
            .map(a => a.pathname + a.search)");
        return hrefs.Distinct().ToList();
    }

    /// <summary>axe-core's serious and critical findings (WCAG 2.1 A/AA and best practice), each with a few targets.</summary>
    internal static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        // Evaluated, not added as a <script> tag: the portal's Content-Security-Policy refuses inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var json = await page.EvaluateAsync<string>(@"async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
            return JSON.stringify(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.any[0]?.data?.contrastRatio ? ' ' + n.any[0].data.fgColor + ' on ' + n.any[0].data.bgColor + ' ' + n.any[0].data.contrastRatio + ':1' : '')).join(', ')));
        }");
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    private static string Slug(string path) =>
        Regex.Replace(path.Trim('/').ToLowerInvariant(), "[^a-z0-9]+", "-") is { Length: > 0 } slug ? slug : "home";
}
