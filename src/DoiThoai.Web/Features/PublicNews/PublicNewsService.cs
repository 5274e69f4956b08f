using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Polls;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicNews;

public sealed record PhotoView(string StoredName, string Caption, int Width, int Height);

public sealed record PostCard(string Title, string Slug, string Lead, DateTime PublishedAtUtc, NewsCategory Category, PhotoView? Photo);

public sealed record NewsListPage(string Heading, string? Query, NewsCategory? Category, PagedList<PostCard> Page, string? Tag = null);

public sealed record CommentView(string AuthorName, string Text, DateTime CreatedAtUtc);

public sealed record PostPage(int Id, string Title, string Slug, string Lead, string BodyHtml, string AuthorLine, NewsCategory Category,
    IReadOnlyList<string> Tags, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, long ViewCount, string UnitName,
    IReadOnlyList<PhotoView> Photos, IReadOnlyList<CommentView> Comments, IReadOnlyList<PostCard> Related);

public sealed record CommentTarget(int Id, int UnitId, string Title, string Slug);

public sealed record FeedItem(string Title, string Slug, string Lead, DateTime PublishedAtUtc, NewsCategory Category, DateTime UpdatedAtUtc);

public sealed record PollView(int Id, string Question, IReadOnlyList<PollOptionView> Options, int TotalVotes);

public sealed record PollOptionView(int Id, string Text, int Votes);

/// <summary>What readers see: published posts whose time has come, and nothing else.</summary>
public sealed class PublicNewsService(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 10;

    private IQueryable<NewsPost> Published()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.NewsPosts.AsNoTracking().Where(p => p.State == NewsPostState.Published && p.PublishAtUtc <= now);
    }

    private static IQueryable<PostCard> Cards(IQueryable<NewsPost> posts) =>
        posts.OrderByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id).Select(p => new PostCard(p.Title, p.Slug, p.Lead, p.PublishAtUtc!.Value, p.Category,
            p.Photos.OrderBy(ph => ph.Order).Select(ph => new PhotoView(ph.StoredName, ph.Caption, ph.Width, ph.Height)).FirstOrDefault()));

    public async Task<NewsListPage> ListAsync(NewsCategory? category, int page)
    {
        var posts = Published();
        if (category is { } c) posts = posts.Where(p => p.Category == c);
        return new NewsListPage(category?.Label() ?? "Tin tức", null, category, await PagedList<PostCard>.CreateAsync(Cards(posts), page, PageSize));
    }

    public async Task<NewsListPage> TagAsync(string tag, int page)
    {
        var folded = VietnameseText.Fold(tag);
        var posts = Published().Where(p => p.SearchText.Contains(folded) && p.Tags.Contains(tag));
        return new NewsListPage($"Từ khóa: {tag}", null, null, await PagedList<PostCard>.CreateAsync(Cards(posts), page, PageSize), tag);
    }

    /// <summary>Every word must appear, diacritics and case ignored: "doi thoai ky phuong" finds "Đối thoại ... Kỳ Phương".</summary>
    public async Task<NewsListPage> SearchAsync(string? q, int page)
    {
        var posts = Published();
        var words = VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        if (words.Count == 0) posts = posts.Where(p => false);
        foreach (var word in words) posts = posts.Where(p => p.SearchText.Contains(word));
        return new NewsListPage("Tìm kiếm tin bài", q, null, await PagedList<PostCard>.CreateAsync(Cards(posts), page, PageSize));
    }

    public Task<List<PostCard>> LatestAsync(int count) => Cards(Published()).Take(count).ToListAsync();

    public async Task<PostPage?> PostAsync(string slug)
    {
        var post = await Published().Where(p => p.Slug == slug).Select(p => new
        {
            p.Id, p.Title, p.Slug, p.Lead, p.BodyHtml, p.AuthorLine, p.Category, p.Tags, PublishedAt = p.PublishAtUtc!.Value, p.UpdatedAtUtc, p.ViewCount,
            Unit = p.Unit!.Name, UnitKind = p.Unit.Kind, p.ConferenceId,
            Photos = p.Photos.OrderBy(ph => ph.Order).Select(ph => new PhotoView(ph.StoredName, ph.Caption, ph.Width, ph.Height)).ToList(),
        }).FirstOrDefaultAsync();
        if (post is null) return null;
        var comments = await db.NewsComments.AsNoTracking().Where(c => c.NewsPostId == post.Id && c.State == NewsCommentState.Approved)
            .OrderBy(c => c.CreatedAtUtc).Select(c => new CommentView(c.AuthorName, c.Text, c.CreatedAtUtc)).ToListAsync();
        var related = await Cards(Published().Where(p => p.Id != post.Id
            && (p.Category == post.Category || (post.ConferenceId != null && p.ConferenceId == post.ConferenceId)))).Take(4).ToListAsync();
        return new PostPage(post.Id, post.Title, post.Slug, post.Lead, post.BodyHtml, post.AuthorLine, post.Category, NewsTags.Parse(post.Tags),
            post.PublishedAt, post.UpdatedAtUtc, post.ViewCount, $"{post.UnitKind.Label()} {post.Unit}", post.Photos, comments, related);
    }

    /// <summary>The post a comment is for, only while it is public.</summary>
    public Task<CommentTarget?> CommentTargetAsync(string slug) =>
        Published().Where(p => p.Slug == slug).Select(p => new CommentTarget(p.Id, p.UnitId, p.Title, p.Slug)).FirstOrDefaultAsync();

    /// <summary>Kept as plain text and held for an editor; nothing shows until it is approved.</summary>
    public async Task AddCommentAsync(CommentTarget post, NewsCommentInput input)
    {
        db.NewsComments.Add(new NewsComment
        {
            NewsPostId = post.Id, UnitId = post.UnitId, AuthorName = Trim(NewsHtml.ToPlainText(input.AuthorName), 100),
            Text = Trim(NewsHtml.ToPlainText(input.Text), 2000), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
    }

    public record PhotoFile(string StoredName, string ContentType, bool IsPublic, NewsPhoto Photo);

    public async Task<PhotoFile?> PhotoAsync(string storedName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.NewsPhotos.AsNoTracking().Where(ph => ph.StoredName == storedName)
            .Select(ph => new { Photo = ph, Public = db.NewsPosts.Any(p => p.Id == ph.NewsPostId && p.State == NewsPostState.Published && p.PublishAtUtc <= now) })
            .FirstOrDefaultAsync();
        return found is null ? null : new PhotoFile(found.Photo.StoredName, found.Photo.ContentType, found.Public, found.Photo);
    }

    public Task<List<FeedItem>> FeedAsync(int count) =>
        Published().OrderByDescending(p => p.PublishAtUtc).Take(count)
            .Select(p => new FeedItem(p.Title, p.Slug, p.Lead, p.PublishAtUtc!.Value, p.Category, p.UpdatedAtUtc)).ToListAsync();

    public async Task<IReadOnlyList<PollView>> OpenPollsAsync()
    {
        var polls = await db.NewsPolls.AsNoTracking().Where(p => p.IsOpen).OrderByDescending(p => p.CreatedAtUtc).Take(5).Include(p => p.Options).ToListAsync();
        var ids = polls.Select(p => p.Id).ToList();
        var votes = await db.NewsPollVotes.AsNoTracking().Where(v => ids.Contains(v.NewsPollId)).GroupBy(v => v.NewsPollOptionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return polls.Select(p =>
        {
            var options = p.Options.OrderBy(o => o.Order).Select(o => new PollOptionView(o.Id, o.Text, votes.GetValueOrDefault(o.Id))).ToList();
            return new PollView(p.Id, p.Question, options, options.Sum(o => o.Votes));
        }).ToList();
    }

    /// <summary>
    /// One vote per poll for a visitor cookie and one for an address, guaranteed by the two unique indexes; false
    /// when this visitor or this address already voted, or the choice is not open.
    /// </summary>
    public async Task<bool> VoteAsync(int pollId, int optionId, Voter voter)
    {
        var valid = await db.NewsPolls.AnyAsync(p => p.Id == pollId && p.IsOpen && p.Options.Any(o => o.Id == optionId));
        if (!valid || await db.NewsPollVotes.AnyAsync(v => v.NewsPollId == pollId && (v.VisitorId == voter.VisitorId || v.AddressHash == voter.AddressHash)))
            return false;
        db.NewsPollVotes.Add(new NewsPollVote
        {
            NewsPollId = pollId, NewsPollOptionId = optionId, VisitorId = voter.VisitorId, AddressHash = voter.AddressHash, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return false;
        }
        return true;
    }

    private static string Trim(string text, int max) => text.Length > max ? text[..max] : text;
}
