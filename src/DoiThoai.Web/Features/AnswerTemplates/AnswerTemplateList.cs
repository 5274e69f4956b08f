using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.AnswerTemplates;

/// <summary>
/// The model answers of a scope, in the order the reader chose (<c>?Sort=Title&amp;Dir=desc</c>). A scope keeps a few
/// hundred at most, so their names are sorted here in Vietnamese order, which the database's collation does not know;
/// only the page shown reads the bodies.
/// </summary>
public static class AnswerTemplateList
{
    public static class SortKeys
    {
        public const string Title = "Title";
        public const string Topic = "Topic";
        public const string Unit = "Unit";
    }

    public static async Task<PagedList<TemplateRow>> ReadAsync(AppDbContext db, UserScope scope, ListOrder order, int page)
    {
        var keys = await db.AnswerTemplates.AsNoTracking().InScope(scope)
            .Select(t => new { t.Id, t.Title, Topic = t.Topic!.Name, t.Unit!.Path }).ToListAsync();
        // A template for any topic has no topic name: it comes first by topic.
        var sorted = order.Is(SortKeys.Title) ? order.Apply(keys, t => t.Title, VietnameseOrder.Comparer)
            : order.Is(SortKeys.Topic) ? order.Apply(keys, t => t.Topic ?? "", VietnameseOrder.Comparer).ThenBy(t => t.Title, VietnameseOrder.Comparer)
            : order.Apply(keys, t => t.Path, StringComparer.Ordinal).ThenBy(t => t.Title, VietnameseOrder.Comparer);
        var ids = ListOrder.PageOf(sorted.ThenBy(t => t.Id).Select(t => t.Id).ToList(), page);
        var rows = await db.AnswerTemplates.AsNoTracking().Where(t => ids.Items.Contains(t.Id))
            .Select(t => new TemplateRow(t.Id, t.Title, t.Body, t.Unit!.Name, t.Topic!.Name)).ToDictionaryAsync(t => t.Id);
        return new PagedList<TemplateRow>(ids.Items.Select(id => rows[id]).ToList(), ids.Page, ids.PageSize, ids.TotalCount);
    }
}
