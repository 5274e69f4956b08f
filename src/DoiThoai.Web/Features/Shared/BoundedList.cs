using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Shared;

/// <summary>
/// One page of a list that may hold a million rows (ADR 0017): it counts at most <see cref="CountLimit"/> rows and
/// opens at most <see cref="MaxPages"/> pages, so the last page costs what the first does and a count past the
/// limit reads "hơn 10.000" instead of reading every row.
/// </summary>
public sealed record BoundedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Count, bool CountIsLowerBound, bool MorePagesThanShown)
{
    public const int CountLimit = 10_000;
    public const int MaxPages = 50;
    public int PageCount => Math.Clamp((int)Math.Ceiling(Count / (double)PageSize), 1, MaxPages);

    /// <summary>The count as shown: exact up to the limit, "hơn 10.000" past it.</summary>
    public string CountText => CountIsLowerBound ? $"Hơn {VietnameseNumber.Format(Count)}" : VietnameseNumber.Format(Count);

    /// <summary>
    /// Reads one page of the parts laid end to end (e.g. the items with a deadline, then those without), counting
    /// each part only as far as the limit needs. A part is counted unordered (which rows fill the limit does not
    /// matter, and an order would make the database sort them) and paged in its order.
    /// </summary>
    public static async Task<BoundedList<T>> CreateAsync(IReadOnlyList<ListPart<T>> parts, int page, int pageSize = 20)
    {
        var counts = new List<int>();
        var counted = 0;
        foreach (var part in parts)
        {
            var count = counted > CountLimit ? 0 : await part.Rows.Take(CountLimit + 1 - counted).CountAsync();
            counts.Add(count);
            counted += count;
        }
        var reachable = Math.Min(counted, MaxPages * pageSize);
        var pageCount = Math.Clamp((int)Math.Ceiling(reachable / (double)pageSize), 1, MaxPages);
        page = Math.Clamp(page, 1, pageCount);

        var items = new List<T>();
        var skip = (page - 1) * pageSize;
        for (var i = 0; i < parts.Count && items.Count < pageSize; i++)
        {
            if (skip >= counts[i]) { skip -= counts[i]; continue; }
            items.AddRange(await parts[i].Ordered.Skip(skip).Take(pageSize - items.Count).ToListAsync());
            skip = 0;
        }
        return new BoundedList<T>(items, page, pageSize, Math.Min(counted, CountLimit), counted > CountLimit, counted > reachable);
    }

    /// <summary>
    /// One page of parts already known to be short (e.g. the items a search found, at most a few thousand): each is
    /// read whole in its order, in one query, and counted and paged here, with the same limits as <see cref="CreateAsync"/>.
    /// </summary>
    public static async Task<BoundedList<T>> ReadWholeAsync(IReadOnlyList<ListPart<T>> parts, int page, int pageSize = 20)
    {
        var all = new List<T>();
        foreach (var part in parts) all.AddRange(await part.Ordered.ToListAsync());
        var reachable = Math.Min(all.Count, MaxPages * pageSize);
        var pageCount = Math.Clamp((int)Math.Ceiling(reachable / (double)pageSize), 1, MaxPages);
        page = Math.Clamp(page, 1, pageCount);
        return new BoundedList<T>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize,
            Math.Min(all.Count, CountLimit), all.Count > CountLimit, all.Count > reachable);
    }

    /// <summary>The same page with its rows turned into what the view shows.</summary>
    public BoundedList<TRow> With<TRow>(IReadOnlyList<TRow> rows) =>
        new(rows, Page, PageSize, Count, CountIsLowerBound, MorePagesThanShown);
}

/// <summary>One stretch of a bounded list: its rows unordered, to count them, and in the list's order, to page them.</summary>
public sealed record ListPart<T>(IQueryable<T> Rows, IQueryable<T> Ordered);

/// <summary>Whole numbers as a Vietnamese reader writes them: 10.000.</summary>
public static class VietnameseNumber
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(int number) => number.ToString("N0", Vietnamese);
}
