namespace DoiThoai.Web.Features.PublicNews.Caching;

/// <summary>
/// Marks an anonymous, output-cached action whose answers the fast path may keep and serve from memory
/// (<see cref="NewsFastPath"/>). The fast path reads the addresses it looks up from the routes of the endpoints
/// carrying this mark (<see cref="FastPathRoutes"/>), so a page joins or leaves it here, not in a list of paths.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServedFromMemoryAttribute : Attribute;
