namespace DoiThoai.Web.Features.Shared;

/// <summary>
/// The order a list was asked for in its address (<c>?Sort=HeldOn&amp;Dir=desc</c>, written by
/// <see cref="SortHeaderTagHelper"/>), bound beside the list's own filter. A key the list does not know falls back to
/// its default order.
/// </summary>
public sealed class ListOrder
{
    public string? Sort { get; set; }
    public string? Dir { get; set; }

    public bool Is(string key) => string.Equals(Sort, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Descending when the address says so; with no direction in the address, the column's own first direction.</summary>
    public bool Descending(bool byDefault = false) => string.IsNullOrEmpty(Dir) ? byDefault : ListSort.IsDescending(Dir);

    /// <summary>Sorts rows already in memory: small catalogues sorted by a key the database cannot compute (<c>VietnameseOrder</c>).</summary>
    public IOrderedEnumerable<T> Apply<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, IComparer<TKey>? comparer = null,
        bool descendingByDefault = false) =>
        Descending(descendingByDefault) ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    /// <summary>One page of rows already sorted in memory; a page past the end shows the last one.</summary>
    public static PagedList<T> PageOf<T>(IReadOnlyList<T> sorted, int page, int pageSize = 20)
    {
        var pageCount = Math.Max(1, (int)Math.Ceiling(sorted.Count / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        return new PagedList<T>(sorted.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, sorted.Count);
    }
}

/// <summary>The addresses a list's pager links to.</summary>
public static class ListPages
{
    /// <summary>The current address, every filter and the order kept, at another page.</summary>
    public static string AddressOf(HttpRequest request, int page) =>
        AddressWith(request, ["Page"], [new("Page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    /// <summary>The current address with <paramref name="replaced"/> names left out and <paramref name="added"/> values appended.</summary>
    public static string AddressWith(HttpRequest request, IReadOnlyCollection<string> replaced, IEnumerable<KeyValuePair<string, string>> added)
    {
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (replaced.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            foreach (var value in values) query.Add(name, value ?? "");
        }
        foreach (var (name, value) in added) query.Add(name, value);
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
