using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Search;
using Microsoft.AspNetCore.Html;

namespace DoiThoai.Web.Features.Search;

/// <summary>One result: what it is, where it belongs, and its text around the matching words.</summary>
public sealed record SearchResult(SearchKind Kind, string Link, string ConferenceTitle, string UnitName, ConferenceWhen When, IHtmlContent Snippet);

/// <summary>The search page: the form's values and, once words were typed, one page of results.</summary>
public sealed record SearchPage(SearchInput Input, bool Searched, IReadOnlyList<SearchResult> Results, int Page, int PageCount, int Total, bool Capped)
{
    public static SearchPage NotSearched(SearchInput input) => new(input, false, [], 1, 1, 0, false);
}
