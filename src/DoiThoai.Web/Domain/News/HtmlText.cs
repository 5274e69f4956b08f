using System.Net;
using System.Text.RegularExpressions;

namespace DoiThoai.Web.Domain.News;

/// <summary>The plain text of (already sanitized) HTML, for search and summaries.</summary>
public static partial class HtmlText
{
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static string ToPlain(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Space().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();
}
