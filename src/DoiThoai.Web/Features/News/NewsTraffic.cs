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
        if (PostPath().Match(path) is { Success: true } match && !NewsRoutes.IsReserved(match.Groups[1].Value))
            views.Add(match.Groups[1].Value);
        if (path == "/" || path.StartsWith("/tin-tuc", StringComparison.Ordinal) || path.StartsWith("/kien-nghi", StringComparison.Ordinal))
            visitors.Seen(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent);
    }
}

/// <summary>Addresses under /tin-tuc that are pages of their own, so no post may take them as its slug.</summary>
public static class NewsRoutes
{
    private static readonly HashSet<string> Reserved = ["tim-kiem", "chuyen-muc", "anh", "thong-ke", "the", "trang"];

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    public static string CategorySlug(Domain.News.NewsCategory category) => Domain.Slug.From(Domain.EnumLabels.Label(category));

    public static Domain.News.NewsCategory? CategoryFrom(string? slug) =>
        Enum.GetValues<Domain.News.NewsCategory>().Cast<Domain.News.NewsCategory?>().FirstOrDefault(c => CategorySlug(c!.Value) == slug);
}
