using System.Text.RegularExpressions;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// Counts readers in front of the output cache, so cached pages count too: a view of a post page answered
/// 200, and a visit to any public page. Both only touch memory (<see cref="ViewBuffer"/>, <see cref="VisitorCounter"/>).
/// </summary>
public sealed partial class NewsTraffic(RequestDelegate next, ViewBuffer views, VisitorCounter visitors)
{
    [GeneratedRegex("^/tin-tuc/([a-z0-9-]{1,120})$")]
    private static partial Regex PostPath();

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return;
        var path = context.Request.Path.Value ?? "";
        Count(context, views, visitors, ViewedSlug(path), CountsVisit(path));
    }

    /// <summary>The post a 200 answer to this address is a view of, if any.</summary>
    public static string? ViewedSlug(string path) =>
        PostPath().Match(path) is { Success: true } match && !NewsRoutes.IsReserved(match.Groups[1].Value) ? match.Groups[1].Value : null;

    public static bool CountsVisit(string path) =>
        path == "/" || path.StartsWith("/tin-tuc", StringComparison.Ordinal) || path.StartsWith("/kien-nghi", StringComparison.Ordinal);

    /// <summary>Counts a GET answered 200; also called by <see cref="NewsFastPath"/> for the pages it serves itself.</summary>
    public static void Count(HttpContext context, ViewBuffer views, VisitorCounter visitors, string? viewedSlug, bool countsVisit)
    {
        if (viewedSlug is not null) views.Add(viewedSlug);
        if (countsVisit) visitors.Seen(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent);
    }
}

/// <summary>Addresses under /tin-tuc that are pages of their own, so no post may take them as its slug.</summary>
public static class NewsRoutes
{
    private static readonly HashSet<string> Reserved = ["tim-kiem", "chuyen-muc", "anh", "thong-ke", "the", "trang", "ma-kiem-tra"];

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    public static string CategorySlug(Domain.News.NewsCategory category) => Domain.Slug.From(Domain.EnumLabels.Label(category));

    public static Domain.News.NewsCategory? CategoryFrom(string? slug) =>
        Enum.GetValues<Domain.News.NewsCategory>().Cast<Domain.News.NewsCategory?>().FirstOrDefault(c => CategorySlug(c!.Value) == slug);
}
