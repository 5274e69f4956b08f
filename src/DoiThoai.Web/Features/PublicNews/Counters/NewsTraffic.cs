using System.Text.RegularExpressions;
using DoiThoai.Web.Features.News;

namespace DoiThoai.Web.Features.PublicNews.Counters;

/// <summary>
/// Counts readers whatever answers them (the fast path, the output cache or the page itself): a view of a post
/// page answered 200, and a visit to any public page. Both only touch memory (<see cref="ViewBuffer"/>, <see cref="VisitorCounter"/>).
/// </summary>
public sealed partial class NewsTraffic(RequestDelegate next, ViewBuffer views, VisitorCounter visitors)
{
    [GeneratedRegex("^/tin-tuc/([a-z0-9-]{1,120})$")]
    private static partial Regex PostPath();

    public Task InvokeAsync(HttpContext context)
    {
        // Every view is also a visit, so an address that counts no visit needs no waiting for its answer.
        var path = context.Request.Path.Value ?? "";
        return HttpMethods.IsGet(context.Request.Method) && CountsVisit(path) ? CountAfterAsync(context, path) : next(context);
    }

    private async Task CountAfterAsync(HttpContext context, string path)
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status200OK) Count(context, views, visitors, ViewedSlug(path), countsVisit: true);
    }

    /// <summary>The post a 200 answer to this address is a view of, if any.</summary>
    public static string? ViewedSlug(string path) =>
        PostPath().Match(path) is { Success: true } match && !NewsRoutes.IsReserved(match.Groups[1].Value) ? match.Groups[1].Value : null;

    public static bool CountsVisit(string path) =>
        path == "/" || path.StartsWith("/tin-tuc", StringComparison.Ordinal) || path.StartsWith("/kien-nghi", StringComparison.Ordinal);

    /// <summary>Counts a GET answered 200; also called by <see cref="Caching.NewsFastPath"/> for the pages it serves itself.</summary>
    public static void Count(HttpContext context, ViewBuffer views, VisitorCounter visitors, string? viewedSlug, bool countsVisit)
    {
        if (viewedSlug is not null) views.Add(viewedSlug);
        if (countsVisit) visitors.Seen(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent);
    }
}
