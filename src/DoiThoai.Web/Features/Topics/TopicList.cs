using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Topics;

/// <summary>How the topic catalogue is ordered; kept in the address so a link or a reload shows the same page.</summary>
public enum TopicSort
{
    Name,
    Unit,
    Count,
}

/// <summary>The address of one page of the catalogue: <c>/Topics?Sort=Count&amp;Dir=desc&amp;Page=2</c>.</summary>
public sealed class TopicListQuery
{
    public TopicSort Sort { get; set; }
    public string? Dir { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>By count, the largest first unless the address says otherwise; by name or unit, A to Z.</summary>
    public bool Descending => string.IsNullOrEmpty(Dir) ? Sort == TopicSort.Count : ListSort.IsDescending(Dir);
}

public sealed record TopicRow(int Id, string Name, string UnitName, int PetitionCount);

public sealed record TopicListPage(TopicListQuery Query, PagedList<TopicRow> List);

/// <summary>
/// One page of the topics in scope with how many opinions and petitions each holds. A scope holds a catalogue of a
/// few hundred topics, so they are read whole and sorted here in Vietnamese dictionary order
/// (<see cref="VietnameseOrder"/>, which the database's collation does not know); petitions are counted from the
/// month figures, for the page's topics only unless the order is by count.
/// </summary>
public sealed class TopicList(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<TopicListPage> ReadAsync(UserScope scope, TopicListQuery query)
    {
        var topics = await db.Topics.AsNoTracking().InScope(scope)
            .Select(t => new { t.Id, t.Name, UnitName = t.Unit!.Name, UnitPath = t.Unit.Path }).ToListAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(topics.Count / (double)PageSize));
        var page = Math.Clamp(query.Page, 1, pageCount);
        var order = new ListOrder { Dir = query.Descending ? ListSort.Descending : ListSort.Ascending };

        List<TopicRow> rows;
        if (query.Sort == TopicSort.Count)
        {
            var counts = await CountAsync(topics.Select(t => t.Id).ToList());
            rows = order.Apply(topics.Select(t => new TopicRow(t.Id, t.Name, t.UnitName, counts.GetValueOrDefault(t.Id))), t => t.PetitionCount)
                .ThenBy(t => t.Name, VietnameseOrder.Comparer).ThenBy(t => t.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        }
        else
        {
            var sorted = query.Sort == TopicSort.Unit
                ? order.Apply(topics, t => t.UnitPath, StringComparer.Ordinal).ThenBy(t => t.Name, VietnameseOrder.Comparer)
                : order.Apply(topics, t => t.Name, VietnameseOrder.Comparer);
            var named = sorted.ThenBy(t => t.Id).Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var counts = await CountAsync(named.Select(t => t.Id).ToList());
            rows = named.Select(t => new TopicRow(t.Id, t.Name, t.UnitName, counts.GetValueOrDefault(t.Id))).ToList();
        }
        var shown = new TopicListQuery { Sort = query.Sort, Dir = query.Dir, Page = page };
        return new TopicListPage(shown, new PagedList<TopicRow>(rows, page, PageSize, topics.Count));
    }

    /// <summary>
    /// Each topic's opinions and petitions, summed from the per-unit, per-month figures the save path keeps (ADR 0018):
    /// about 170,000 rows for a district's ten years, instead of its two million petitions.
    /// </summary>
    private async Task<Dictionary<int, int>> CountAsync(IReadOnlyCollection<int> topicIds) =>
        await db.UnitMonthTopicFigures.Where(m => m.TopicId != null && topicIds.Contains(m.TopicId.Value))
            .GroupBy(m => m.TopicId!.Value)
            .Select(g => new { TopicId = g.Key, Count = g.Sum(m => m.Count) })
            .ToDictionaryAsync(g => g.TopicId, g => g.Count);
}
