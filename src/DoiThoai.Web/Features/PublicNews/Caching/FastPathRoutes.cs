using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing.Patterns;

namespace DoiThoai.Web.Features.PublicNews.Caching;

/// <summary>
/// The addresses the fast path looks up, taken from the endpoints marked <see cref="ServedFromMemoryAttribute"/>
/// that have an output cache policy: each route as its segments (a literal, compared without case as routing does,
/// or a parameter that takes any one segment), with the query values its policy varies by. Matching is a
/// pre-filter only: a page is stored after the real endpoint has answered it (<see cref="NewsFastPath"/>).
/// </summary>
public sealed class FastPathRoutes
{
    private const int MaxSegments = 8;
    /// <summary>The routes by their number of segments, so a path is compared only with routes as long as it is.</summary>
    private readonly Route[][] _byLength;

    private FastPathRoutes(List<Route> routes)
    {
        _byLength = new Route[MaxSegments + 1][];
        for (var length = 0; length <= MaxSegments; length++) _byLength[length] = [.. routes.Where(r => r.Segments.Length == length)];
        Count = routes.Count;
    }

    /// <summary>A route's segments, null for a parameter, and the query values that make a separate page.</summary>
    private sealed record Route(string?[] Segments, string[] VaryByQuery);

    public int Count { get; }

    public static FastPathRoutes From(IEnumerable<Endpoint> endpoints)
    {
        var routes = new List<Route>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ServedFromMemoryAttribute>() is null) continue;
            if (endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is not { PolicyName: { } policy })
                throw new InvalidOperationException($"{endpoint.DisplayName} is served from memory but has no output cache policy to say for how long.");
            if (Segments(endpoint.RoutePattern) is not { } segments)
                throw new InvalidOperationException($"{endpoint.DisplayName}: the fast path takes routes of literal segments and simple parameters only.");
            routes.Add(new Route(segments, NewsCache.VaryByQuery(policy)));
        }
        return new FastPathRoutes(routes);
    }

    /// <summary>The route's segments (null for a parameter), or null when a segment is neither a literal nor a simple parameter.</summary>
    private static string?[]? Segments(RoutePattern pattern)
    {
        if (pattern.PathSegments.Count > MaxSegments) return null;
        var segments = new string?[pattern.PathSegments.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            switch (pattern.PathSegments[i].Parts)
            {
                case [RoutePatternLiteralPart literal]:
                    segments[i] = literal.Content;
                    break;
                case [RoutePatternParameterPart { IsCatchAll: false, IsOptional: false }]:
                    segments[i] = null;
                    break;
                default:
                    return null;
            }
        }
        return segments;
    }

    /// <summary>Whether a route marked for the fast path takes this path, and then which query values it varies by.</summary>
    /// <remarks>On every request to the portal: no allocation, and the path is walked once.</remarks>
    public bool TryMatch(ReadOnlySpan<char> path, out string[] varyByQuery)
    {
        varyByQuery = [];
        if (path.IsEmpty || path[0] != '/') return false;
        path = path[1..];
        // Routing takes "/tin-tuc/" for "/tin-tuc".
        if (!path.IsEmpty && path[^1] == '/') path = path[..^1];
        // Where each segment ends; IndexOf is vectorized, where a loop over every character of a long slug costs.
        Span<int> ends = stackalloc int[MaxSegments];
        var count = 0;
        for (var start = 0; !path.IsEmpty;)
        {
            if (count == MaxSegments) return false;
            var slash = path[start..].IndexOf('/');
            if (slash < 0)
            {
                ends[count++] = path.Length;
                break;
            }
            ends[count++] = start + slash;
            start += slash + 1;
        }
        foreach (var route in _byLength[count])
        {
            var matches = true;
            for (int i = 0, start = 0; i < count && matches; start = ends[i++] + 1)
            {
                var segment = path[start..ends[i]];
                matches = route.Segments[i] is { } literal ? segment.Equals(literal, StringComparison.OrdinalIgnoreCase) : !segment.IsEmpty;
            }
            if (!matches) continue;
            varyByQuery = route.VaryByQuery;
            return true;
        }
        return false;
    }
}
