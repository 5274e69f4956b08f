using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DoiThoai.Web.Features.Shared;

/// <summary>
/// The one way a list's order is kept in the address: <c>?Sort=HeldOn&amp;Dir=desc</c>. Lists read these two
/// values into their query object; a new order starts again at page 1.
/// </summary>
public static class ListSort
{
    public const string SortKey = "Sort";
    public const string DirectionKey = "Dir";
    public const string Descending = "desc";
    public const string Ascending = "asc";

    public static bool IsDescending(string? direction) =>
        string.Equals(direction, Descending, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A sortable column header: <c>&lt;th sort-key="HeldOn"&gt;Ngày tổ chức&lt;/th&gt;</c> renders a link that orders the
/// list by that column, keeps every other filter of the current address, and tells a screen reader the current
/// order through <c>aria-sort</c>. <c>sort-default</c> marks the column the list is ordered by when the address
/// names none; <c>sort-first="desc"</c> makes the first click order newest or largest first.
/// </summary>
[HtmlTargetElement("th", Attributes = "sort-key")]
public sealed class SortHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("sort-key")] public string Key { get; set; } = "";
    [HtmlAttributeName("sort-default")] public bool IsDefault { get; set; }
    [HtmlAttributeName("sort-default-dir")] public string DefaultDirection { get; set; } = ListSort.Ascending;
    [HtmlAttributeName("sort-first")] public string FirstDirection { get; set; } = ListSort.Ascending;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        var currentKey = request.Query[ListSort.SortKey].ToString();
        var isCurrent = string.Equals(currentKey, Key, StringComparison.OrdinalIgnoreCase)
            || (currentKey.Length == 0 && IsDefault);
        var currentDirection = request.Query[ListSort.DirectionKey].ToString();
        if (currentDirection.Length == 0 && currentKey.Length == 0) currentDirection = DefaultDirection;
        var descending = isCurrent && ListSort.IsDescending(currentDirection);

        var nextDirection = isCurrent ? (descending ? ListSort.Ascending : ListSort.Descending) : FirstDirection;
        var href = AddressWith(request, Key, nextDirection);

        var label = (await output.GetChildContentAsync()).GetContent();
        if (isCurrent) output.Attributes.SetAttribute("aria-sort", descending ? "descending" : "ascending");
        var arrow = isCurrent ? (descending ? " ▼" : " ▲") : "";
        var hint = nextDirection == ListSort.Descending ? "giảm dần" : "tăng dần";
        output.Content.SetHtmlContent(
            $"<a class=\"sort-link\" href=\"{HtmlEncoder.Default.Encode(href)}\" title=\"Sắp xếp {hint}\">{label}<span aria-hidden=\"true\">{arrow}</span></a>");
    }

    /// <summary>The current address with a new order and without a page number.</summary>
    public static string AddressWith(HttpRequest request, string key, string direction) =>
        ListPages.AddressWith(request, [ListSort.SortKey, ListSort.DirectionKey, "Page"],
            [new(ListSort.SortKey, key), new(ListSort.DirectionKey, direction)]);
}
