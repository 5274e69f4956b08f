using System.Net;
using Ganss.Xss;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// The one allow-list for what an editor's rich text may contain: paragraphs, headings, emphasis, lists,
/// quotes and links to web or mail addresses. No images, styles, scripts, frames, SVG or event attributes:
/// photos go through the photo upload, and nothing in a body can load from outside the site.
/// </summary>
public static class NewsHtml
{
    private static readonly HtmlSanitizer Body = CreateBodySanitizer();
    private static readonly HtmlSanitizer Plain = CreatePlainSanitizer();

    /// <summary>The body as it may be stored and shown.</summary>
    public static string SanitizeBody(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        // Quill writes spaces as &nbsp;, which would stop lines from wrapping.
        var clean = Body.Sanitize(html).Replace("&nbsp;", " ").Replace('\u00a0', ' ');
        return IsEmpty(clean) ? "" : clean.Trim();
    }

    /// <summary>Plain text from anything typed (captions, comments, names): tags dropped, entities decoded, spaces tidied.</summary>
    public static string ToPlainText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var lines = WebUtility.HtmlDecode(Plain.Sanitize(text.Replace("\r\n", "\n")))
            .Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim();
    }

    private static bool IsEmpty(string html) => Domain.News.HtmlText.ToPlain(html).Length == 0;

    private static HtmlSanitizer CreateBodySanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
                { "p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a" },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // Links in a post leave the site in a new context and pass no ranking or referrer.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        // Dropping a disallowed tag keeps its text, except where the text is code or markup.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "svg" or "math" or "iframe" or "object" or "embed" or "template" or "noscript" or "textarea" or "title")
                e.Tag.Remove();
        };
        return sanitizer;
    }

    private static HtmlSanitizer CreatePlainSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(),
            AllowedAttributes = new HashSet<string>(),
            AllowedSchemes = new HashSet<string>(),
            UriAttributes = new HashSet<string>(),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "svg" or "math" or "iframe" or "object" or "embed" or "template" or "noscript" or "textarea" or "title")
                e.Tag.Remove();
        };
        return sanitizer;
    }
}
