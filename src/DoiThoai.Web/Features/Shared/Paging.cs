using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Shared;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    /// <summary>Counts and reads one page in the database; a page past the end shows the last one.</summary>
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, int page, int pageSize = 20)
    {
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new PagedList<T>(items, page, pageSize, total);
    }
}

/// <summary>The pager partial's model: the page numbers and how to link to one.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> UrlFor)
{
    /// <summary>
    /// Links to the other pages of the list being shown: the same address with every filter and sort the reader chose,
    /// only the page changed.
    /// </summary>
    public static PagerModel Keeping(HttpRequest request, int page, int pageCount) =>
        new(page, pageCount, p => ListPages.AddressOf(request, p));
}
