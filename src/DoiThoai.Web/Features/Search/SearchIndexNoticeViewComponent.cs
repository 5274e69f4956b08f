using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DoiThoai.Web.Features.Search;

/// <summary>
/// While the catch-up still builds the words index (ADR 0023), the search page says so, with how far it has come:
/// until then some older records cannot be found, and an empty result must not read as "there is none". The check is
/// one query over the conferences, kept for a few seconds while building and longer once the index is complete.
/// </summary>
public sealed class SearchIndexNoticeViewComponent(AppDbContext db, IMemoryCache cache) : ViewComponent
{
    public const string CacheKey = "search-index-built-percent";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var percent = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            var built = await PercentBuiltAsync(db, HttpContext.RequestAborted);
            entry.AbsoluteExpirationRelativeToNow = built is null ? TimeSpan.FromMinutes(5) : TimeSpan.FromSeconds(15);
            return built;
        });
        if (percent is null) return new HtmlContentViewComponentResult(Microsoft.AspNetCore.Html.HtmlString.Empty);
        var notice = new TagBuilder("div");
        notice.AddCssClass("alert alert-warning");
        notice.Attributes["role"] = "status";
        notice.Attributes["data-testid"] = "search-index-building";
        notice.InnerHtml.Append($"Chỉ mục tìm kiếm đang được xây dựng ({percent}%). Một số hội nghị cũ chưa tìm được; kết quả sẽ đầy đủ khi xây dựng xong.");
        return new HtmlContentViewComponentResult(notice);
    }

    /// <summary>The share of conferences whose entries exist, in whole percent below 100; null when none is missing.</summary>
    public static async Task<int?> PercentBuiltAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await SearchEntriesBuilder.Missing(db).AnyAsync(cancellationToken)) return null;
        var missing = await SearchEntriesBuilder.Missing(db).CountAsync(cancellationToken);
        var total = await db.Conferences.CountAsync(cancellationToken);
        return Math.Min(99, (int)(100L * (total - missing) / Math.Max(1, total)));
    }
}
