namespace DoiThoai.Tests.Integration.Features.Audit;

/// <summary>
/// The change history of a detail page (Features/Shared/_History.cshtml), or the page without it: the history quotes
/// past values by their labels and names as they read today, which pages about the record's current state must not count.
/// </summary>
public static class HistorySection
{
    private const string Start = "<section class=\"mt-4 no-print\" aria-labelledby=\"history-h\">";

    public static string Of(string html)
    {
        var start = html.IndexOf(Start, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no history section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    public static string Without(string html)
    {
        var start = html.IndexOf(Start, StringComparison.Ordinal);
        return start < 0 ? html : html[..start] + html[(html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)..];
    }
}
