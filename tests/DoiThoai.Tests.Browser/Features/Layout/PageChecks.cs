using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DoiThoai.Tests.Browser.Features.Layout;

/// <summary>
/// What every page a person may reach must be, checked on the page as it is shown: no wider than the screen, nothing
/// serious or critical for axe-core, no English leftover, every date dd/MM/yyyy, and on a staff page one breadcrumb
/// trail ending on the page itself. Each check returns what it found wrong, as lines for one failure message.
/// </summary>
public static partial class PageChecks
{
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Features", "News", "axe", "axe.min.js");

    // Words a user should never meet in the portal: leftovers from the framework or a library's defaults.
    [GeneratedRegex(@"\b(Normal|Submit|Delete|Edit|Save|Search|Next|Previous|Required|Cancel|Loading|Details|Create|Index|Home|Back|Close)\b")]
    private static partial Regex EnglishLeftovers();

    // A date written the ISO way (2022-06-28) or the US way (6/28/2022, or a day or month without its leading zero).
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/\d{4}$")]
    private static partial Regex VietnameseDate();

    [GeneratedRegex(@"^((0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/\d{4})?( ?([01]\d|2[0-3]):[0-5]\d)?$")]
    private static partial Regex DateInputValue();

    public static async Task<List<string>> AllAsync(IPage page, bool staffPage)
    {
        var problems = new List<string>();
        problems.AddRange(await WidthAsync(page));
        var text = await page.InnerTextAsync("body");
        var english = EnglishLeftovers().Matches(text).Select(m => m.Value).Distinct().ToList();
        if (english.Count > 0) problems.Add($"English words {string.Join(", ", english)}");
        problems.AddRange(Dates(text));
        problems.AddRange(await DateInputsAsync(page));
        if (staffPage) problems.AddRange(await BreadcrumbsAsync(page));
        problems.AddRange(await AxeViolationsAsync(page));
        return problems;
    }

    public static async Task<IEnumerable<string>> WidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return widths[0] > widths[1] ? [$"{widths[0]} px wide in a {widths[1]} px window"] : [];
    }

    /// <summary>Dates in the visible text that are not dd/MM/yyyy.</summary>
    public static IEnumerable<string> Dates(string text) =>
        AnyDate().Matches(text).Select(m => m.Value).Where(d => !VietnameseDate().IsMatch(d)).Distinct()
            .Select(d => $"date not written dd/MM/yyyy: {d}");

    /// <summary>No native date picker (it follows the browser's language), and every typed date reads dd/MM/yyyy (HH:mm).</summary>
    public static async Task<IEnumerable<string>> DateInputsAsync(IPage page)
    {
        var inputs = await page.Locator("input[type=date], input[type=time], input[type=datetime-local], input[placeholder^='dd/mm'], input[placeholder='hh:mm']")
            .EvaluateAllAsync<string[][]>("inputs => inputs.map(i => [i.name || i.id, i.type, i.value])");
        return inputs.Where(i => i[1] != "text" || !DateInputValue().IsMatch(i[2]))
            .Select(i => $"date input {i[0]} is type={i[1]} with value '{i[2]}'");
    }

    /// <summary>One breadcrumb trail, its last step the current page and no link.</summary>
    public static async Task<IEnumerable<string>> BreadcrumbsAsync(IPage page)
    {
        var trails = page.GetByRole(AriaRole.Navigation, new() { Name = "Đường dẫn", Exact = true });
        if (await trails.CountAsync() != 1) return [$"{await trails.CountAsync()} breadcrumb trails instead of one"];
        var last = trails.Locator("li").Last;
        return await last.GetAttributeAsync("aria-current") == "page" && await last.Locator("a").CountAsync() == 0
            ? []
            : ["the breadcrumbs' last step is not the current page"];
    }

    /// <summary>axe-core's serious and critical findings (WCAG 2.1 A/AA and best practice), each with a few targets.</summary>
    public static async Task<string[]> AxeViolationsAsync(IPage page)
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
}
