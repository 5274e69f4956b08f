using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Topics;

/// <summary>How the topic catalogue is ordered; kept in the address so a link or a reload shows the same page.</summary>
public enum TopicSort
{
    Name,
    Count,
}

/// <summary>The address of one page of the catalogue: <c>/Topics?Sort=Count&amp;Page=2</c>.</summary>
public sealed class TopicListQuery
{
    public TopicSort Sort { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record TopicRow(int Id, string Name, string UnitName, int PetitionCount);

public sealed record TopicListPage(TopicListQuery Query, PagedList<TopicRow> List);

/// <summary>
/// One page of the topics in scope with how many opinions and petitions each holds. Petitions are counted for the
/// page's topics only, through the <c>Petitions(TopicId)</c> index: a district holds millions of petitions, and
/// counting them all for every topic took seconds.
/// </summary>
public sealed class TopicList(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<TopicListPage> ReadAsync(UserScope scope, TopicListQuery query)
    {
        var topics = db.Topics.AsNoTracking().InScope(scope);
        var total = await topics.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var page = Math.Clamp(query.Page, 1, pageCount);

        List<TopicRow> rows;
        if (query.Sort == TopicSort.Count)
        {
            // Ordering by count needs every topic's count. Sorting in the database evaluated each count twice (ten
            // seconds at a district's scale), so the counts are read once, as the list always did, and sorted here.
            var counted = await topics
                .Select(t => new TopicRow(t.Id, t.Name, t.Unit!.Name, db.Petitions.Count(p => p.TopicId == t.Id)))
                .ToListAsync();
            rows = counted.OrderByDescending(t => t.PetitionCount).ThenBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        }
        else
        {
            var named = await topics.OrderBy(t => t.Name).ThenBy(t => t.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(t => new { t.Id, t.Name, UnitName = t.Unit!.Name }).ToListAsync();
            var counts = await CountAsync(named.Select(t => t.Id).ToList());
            rows = named.Select(t => new TopicRow(t.Id, t.Name, t.UnitName, counts.GetValueOrDefault(t.Id))).ToList();
        }
        return new TopicListPage(new TopicListQuery { Sort = query.Sort, Page = page }, new PagedList<TopicRow>(rows, page, PageSize, total));
    }

    private async Task<Dictionary<int, int>> CountAsync(IReadOnlyCollection<int> topicIds) =>
        await db.Petitions.Where(p => p.TopicId != null && topicIds.Contains(p.TopicId.Value))
            .GroupBy(p => p.TopicId!.Value)
            .Select(g => new { TopicId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TopicId, g => g.Count);
}
