using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.News;

/// <summary>The desk's list of posts: its filter, its orders and one page of it.</summary>
public sealed partial class NewsService
{
    public static class SortKeys
    {
        public const string Published = "Published";
        public const string State = "State";
    }

    /// <summary>
    /// One page of the desk: chosen over ids through an index of the order, then only its 20 rows read with their
    /// unit and pending comments (read for every post before the sort, they cost a district's desk half a second).
    /// </summary>
    public async Task<NewsList> ListAsync(UserScope scope, NewsPostState? state, string? q, int page, ListOrder? order = null)
    {
        var ids = await PagedList<int>.CreateAsync(Ordered(await PostsAsync(scope, state, q), order ?? new ListOrder()).Select(p => p.Id), page);
        var rows = await db.NewsPosts.AsNoTracking().Where(p => ids.Items.Contains(p.Id)).Select(p => new NewsRow(p.Id, p.Title, p.Slug,
            p.State, p.Category, p.PublishAtUtc, p.UpdatedAtUtc, p.ViewCount, p.Unit!.Name,
            db.NewsComments.Count(c => c.NewsPostId == p.Id && c.State == NewsCommentState.Pending))).ToDictionaryAsync(r => r.Id);
        var shown = new PagedList<NewsRow>(ids.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList(), ids.Page, ids.PageSize, ids.TotalCount);
        return new NewsList(state, q, shown, await ConferencesAsync(scope));
    }

    /// <summary>The id queries a page is counted and read from, for the tests that read their query plans.</summary>
    internal async Task<IReadOnlyList<IQueryable<int>>> PageQueriesAsync(UserScope scope, ListOrder order)
    {
        var posts = await PostsAsync(scope, null);
        return [posts.Select(p => p.Id), Ordered(posts, order).Select(p => p.Id)];
    }

    /// <summary>
    /// A desk's posts grow by the thousand, so they sort in the database, each order walking an index that leads with
    /// its column and holds the deleted flag, the unit and the state (NewsPostConfiguration); with no order asked, the
    /// last edited first, as the desk always listed them. The state order sorts the scope's ids (a few milliseconds for
    /// 25,000 posts). Title, category and views stay unsortable: each would need an index of its own.
    /// </summary>
    private static IQueryable<NewsPost> Ordered(IQueryable<NewsPost> query, ListOrder order)
    {
        if (order.Is(SortKeys.State))
            return order.Descending()
                ? query.OrderByDescending(p => p.State).ThenByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id)
                : query.OrderBy(p => p.State).ThenByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id);
        if (order.Is(SortKeys.Published))
            return order.Descending(byDefault: true)
                ? query.OrderByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id)
                : query.OrderBy(p => p.PublishAtUtc).ThenBy(p => p.Id);
        return query.OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id);
    }

    /// <summary>
    /// The posts the list's filter selects, unordered: the list pages them, the staff home counts them. The scope is
    /// the list of its units' ids (<c>UnitId IN (…)</c>), which the order's index answers, rather than a join through
    /// the units table row by row (ADR 0017); read first, since SQLite would read a subquery's units one by one.
    /// </summary>
    public async Task<IQueryable<NewsPost>> PostsAsync(UserScope scope, NewsPostState? state, string? q = null)
    {
        var units = await db.Units.IdsInScopeAsync(scope);
        var query = db.NewsPosts.AsNoTracking().Where(p => units.Contains(p.UnitId));
        if (state is { } s) query = query.Where(p => p.State == s);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = VietnameseText.Fold(q);
            query = query.Where(p => p.SearchText.Contains(folded));
        }
        return query;
    }
}
