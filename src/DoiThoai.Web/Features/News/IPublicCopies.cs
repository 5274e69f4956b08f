namespace DoiThoai.Web.Features.News;

/// <summary>
/// The public copies of the news pages that a change to a post makes stale. The public side keeps them
/// (<c>PublicNews.Caching.NewsCache</c>) and registers itself here, so the staff side never names it.
/// </summary>
public interface IPublicCopies
{
    /// <summary>Drops every public copy of the news pages, on this node and, through the shared counter, on the others.</summary>
    ValueTask EvictAsync(CancellationToken cancel = default);
}
