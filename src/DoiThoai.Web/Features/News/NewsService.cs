using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.News;

public sealed record NewsRow(int Id, string Title, string Slug, NewsPostState State, NewsCategory Category, DateTime? PublishAtUtc,
    DateTime UpdatedAtUtc, long ViewCount, string UnitName, int PendingComments);

public sealed record NewsList(NewsPostState? State, string? Q, PagedList<NewsRow> Page, IReadOnlyList<SelectListItem> Conferences);

public sealed record NewsEditView(NewsPostInput Input, NewsPost? Post, IReadOnlyList<SelectListItem> Conferences,
    IReadOnlyList<NewsAction> Actions, DateTime NowUtc);

public sealed record CommentRow(int Id, Guid Version, string PostTitle, string PostSlug, string AuthorName, string Text, DateTime CreatedAtUtc, NewsCommentState State);

public sealed record PollRow(int Id, string Question, bool IsOpen, DateTime CreatedAtUtc, IReadOnlyList<(string Text, int Votes)> Options);

/// <summary>
/// The editors' side: posts within the editor's scope, their workflow, photos, the draft from a conference,
/// comment moderation and polls. The controller authorizes the record; this service applies the rules and
/// evicts the public pages whenever something the public may see has changed.
/// </summary>
public sealed partial class NewsService(AppDbContext db, TimeProvider clock, FileStore files, IPublicCopies cache, ConferenceFactsReader factsReader, ILogger<NewsService> logger)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public Task<NewsPost?> FindAsync(int id) => db.NewsPosts.Include(p => p.Photos.OrderBy(ph => ph.Order)).FirstOrDefaultAsync(p => p.Id == id);

    /// <summary>The conferences a post may report: those in the editor's scope, newest first.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ConferencesAsync(UserScope scope) =>
        (await db.Conferences.AsNoTracking().InScope(scope).OrderByDescending(c => c.HeldOn).Take(200)
            .Select(c => new { c.Id, c.Title, c.HeldOn }).ToListAsync())
        .Select(c => new SelectListItem($"{c.HeldOn:dd/MM/yyyy} – {c.Title}", c.Id.ToString())).ToList();

    public async Task<NewsEditView> EditViewAsync(UserScope scope, NewsPostInput input, NewsPost? post) =>
        new(input, post, await ConferencesAsync(scope), post is null ? [] : NewsWorkflow.ActionsFrom(post.State), NowUtc);

    public static NewsPostInput InputOf(NewsPost post) => new()
    {
        Id = post.Id, Version = post.Version, Title = post.Title, Lead = post.Lead, BodyHtml = post.BodyHtml, AuthorLine = post.AuthorLine,
        Category = post.Category, Tags = post.Tags, ConferenceId = post.ConferenceId,
    };

    /// <summary>A new draft in the editor's unit (or the reported conference's unit); null and a problem when the conference is out of scope.</summary>
    public async Task<(NewsPost? Post, string? Problem)> CreateAsync(UserScope scope, NewsPostInput input)
    {
        var unitId = scope.UnitId;
        if (input.ConferenceId is { } conferenceId)
        {
            var conference = await db.Conferences.AsNoTracking().InScope(scope).Where(c => c.Id == conferenceId).Select(c => (int?)c.UnitId).FirstOrDefaultAsync();
            if (conference is null) return (null, "Hội nghị này không có trong phạm vi của bạn.");
            unitId = conference.Value;
        }
        var post = new NewsPost { UnitId = unitId, CreatedAtUtc = NowUtc };
        Apply(post, input);
        post.Slug = await UniqueSlugAsync(post.Title, 0);
        db.NewsPosts.Add(post);
        await db.SaveChangesAsync();
        return (post, null);
    }

    /// <summary>Saves the form over the version the editor saw; false when someone saved in between. Null problem when saved.</summary>
    public async Task<(bool Saved, string? Problem)> UpdateAsync(UserScope scope, NewsPost post, NewsPostInput input)
    {
        if (input.ConferenceId is { } conferenceId && conferenceId != post.ConferenceId
            && !await db.Conferences.AsNoTracking().InScope(scope).AnyAsync(c => c.Id == conferenceId))
            return (false, "Hội nghị này không có trong phạm vi của bạn.");
        Apply(post, input);
        // The address stays once a post has been public, so links to it keep working.
        if (post.PublishAtUtc is null) post.Slug = await UniqueSlugAsync(post.Title, post.Id);
        if (!await db.TrySaveAsync(post, input.Version)) return (false, "Tin bài vừa được người khác sửa. Mời mở lại và sửa tiếp.");
        await cache.EvictAsync();
        return (true, null);
    }

    /// <summary>Moves the post along the workflow; null when done, else the reason in Vietnamese.</summary>
    public async Task<string?> ActAsync(NewsPost post, NewsActionInput input)
    {
        var action = input.Action!.Value;
        if (NewsWorkflow.Next(post.State, action) is not { } next) return $"Không thể \"{action.Label().ToLowerInvariant()}\" tin bài đang ở trạng thái \"{post.State.Label().ToLowerInvariant()}\".";
        if (action == NewsAction.Publish)
        {
            var missing = NewsWorkflow.MissingForPublication(post);
            if (missing.Count > 0) return $"Chưa thể đăng: còn thiếu {string.Join(", ", missing)}.";
            // A time in the future schedules the post; a time in the past is an archived post's original publication
            // time (offices load years of posts published elsewhere) and is kept, never replaced by now.
            post.PublishAtUtc = input.PublishAt is { } local
                ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Zone)
                : NowUtc;
        }
        post.State = next;
        post.UpdatedAtUtc = NowUtc;
        if (!await db.TrySaveAsync(post, input.Version)) return "Tin bài vừa được người khác thay đổi. Mời xem lại rồi thực hiện lại.";
        await cache.EvictAsync();
        logger.LogInformation("News post {PostId} {Action} → {State}", post.Id, action, next);
        return null;
    }

    /// <summary>What the editor is told after an action; a publication says when the post is or was public.</summary>
    public static string ActedMessage(NewsActionInput input, NewsPost post, DateTime nowUtc)
    {
        if (input.Action != NewsAction.Publish || post.PublishAtUtc is not { } at) return $"Đã {input.Action!.Value.Label().ToLowerInvariant()}.";
        var local = VietnamTime.ToLocal(at).ToString("HH:mm dd/MM/yyyy");
        if (at > nowUtc) return $"Đã hẹn giờ đăng lúc {local}.";
        return input.PublishAt is null ? "Đã đăng." : $"Đã đăng với thời điểm đăng gốc {local}.";
    }

    /// <summary>The author line a new post starts with: the editor's name and unit, as a byline reads ("Đậu Thị Anh (Thị xã Kỳ Anh)").</summary>
    public static string AuthorLineOf(UserScope scope) => $"{scope.FullName} ({scope.UnitName})";

    /// <summary>A draft written from a conference in the editor's scope, saved for the editor to finish; null when out of scope.</summary>
    public async Task<NewsPost?> DraftFromConferenceAsync(UserScope scope, int conferenceId)
    {
        var facts = await factsReader.ReadAsync(db.Conferences.InScope(scope), conferenceId);
        if (facts is null) return null;
        var draft = ConferenceDraft.From(facts.Value.Facts);
        var (post, _) = await CreateAsync(scope, new NewsPostInput
        {
            Title = draft.Title, Lead = draft.Lead, BodyHtml = draft.BodyHtml, Category = draft.Category, Tags = draft.Tags,
            ConferenceId = conferenceId, AuthorLine = AuthorLineOf(scope),
        });
        return post;
    }

    /// <summary>Resizes and keeps a checked photo; the file is removed again if the row cannot be saved.</summary>
    public async Task<string?> AddPhotoAsync(NewsPost post, CheckedFile file, string caption)
    {
        WebPhoto? photo;
        await using (var content = file.Form.OpenReadStream())
            photo = NewsPhotos.Prepare(content, file.Type == FileTypes.Png);
        if (photo is null) return "Không đọc được ảnh. Hãy chọn ảnh JPEG hoặc PNG khác.";
        var storedName = Guid.NewGuid().ToString("N") + photo.Extension;
        Directory.CreateDirectory(files.Options.Folder);
        await File.WriteAllBytesAsync(files.PathOf(storedName), photo.Content);
        post.Photos.Add(new NewsPhoto
        {
            UnitId = post.UnitId, StoredName = storedName, ContentType = photo.ContentType, Caption = NewsHtml.ToPlainText(caption),
            Width = photo.Width, Height = photo.Height, Length = photo.Content.Length, Order = post.Photos.Count == 0 ? 1 : post.Photos.Max(p => p.Order) + 1,
        });
        post.UpdatedAtUtc = NowUtc;
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            files.Delete(storedName);
            throw;
        }
        await cache.EvictAsync();
        return null;
    }

    public async Task RemovePhotoAsync(NewsPost post, int photoId)
    {
        if (post.Photos.FirstOrDefault(p => p.Id == photoId) is not { } photo) return;
        db.NewsPhotos.Remove(photo);
        post.UpdatedAtUtc = NowUtc;
        await db.SaveChangesAsync();
        await cache.EvictAsync();
    }

    public async Task<IReadOnlyList<CommentRow>> CommentsAsync(UserScope scope, NewsCommentState state)
    {
        return await Comments(scope, state)
            .OrderByDescending(c => c.CreatedAtUtc).Take(200)
            .Select(c => new CommentRow(c.Id, c.Version, c.NewsPost!.Title, c.NewsPost.Slug, c.AuthorName, c.Text, c.CreatedAtUtc, c.State)).ToListAsync();
    }

    /// <summary>The comments in a state on the posts of the editor's scope: the moderation page lists them, the staff home counts them.</summary>
    public IQueryable<NewsComment> Comments(UserScope scope, NewsCommentState state)
    {
        var posts = db.NewsPosts.InScope(scope);
        return db.NewsComments.AsNoTracking().Where(c => c.State == state && posts.Any(p => p.Id == c.NewsPostId));
    }

    public Task<NewsComment?> FindCommentAsync(int id) => db.NewsComments.FirstOrDefaultAsync(c => c.Id == id);

    public async Task<bool> ModerateAsync(NewsComment comment, bool approve, Guid version)
    {
        comment.State = approve ? NewsCommentState.Approved : NewsCommentState.Rejected;
        comment.ModeratedAtUtc = NowUtc;
        if (!await db.TrySaveAsync(comment, version)) return false;
        await cache.EvictAsync();
        return true;
    }

    public async Task<IReadOnlyList<PollRow>> PollsAsync(UserScope scope)
    {
        // A poll has no unit navigation: it is in scope when its unit is.
        var units = db.Units.InScope(scope);
        var polls = await db.NewsPolls.AsNoTracking().Where(p => units.Any(u => u.Id == p.UnitId))
            .OrderByDescending(p => p.CreatedAtUtc).Include(p => p.Options).ToListAsync();
        var ids = polls.Select(p => p.Id).ToList();
        var votes = await db.NewsPollVotes.AsNoTracking().Where(v => ids.Contains(v.NewsPollId)).GroupBy(v => v.NewsPollOptionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return polls.Select(p => new PollRow(p.Id, p.Question, p.IsOpen, p.CreatedAtUtc,
            p.Options.OrderBy(o => o.Order).Select(o => (o.Text, votes.GetValueOrDefault(o.Id))).ToList())).ToList();
    }

    public async Task<string?> CreatePollAsync(UserScope scope, NewsPollInput input)
    {
        var options = input.Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(NewsHtml.ToPlainText).Where(o => o.Length > 0).Distinct().Take(10).ToList();
        if (options.Count < 2) return "Hãy nhập ít nhất hai lựa chọn, mỗi dòng một lựa chọn.";
        db.NewsPolls.Add(new NewsPoll
        {
            UnitId = scope.UnitId, Question = NewsHtml.ToPlainText(input.Question), CreatedAtUtc = NowUtc,
            Options = options.Select((o, i) => new NewsPollOption { Text = o.Length > 200 ? o[..200] : o, Order = i + 1 }).ToList(),
        });
        await db.SaveChangesAsync();
        return null;
    }

    public Task<NewsPoll?> FindPollAsync(int id) => db.NewsPolls.FirstOrDefaultAsync(p => p.Id == id);

    public async Task SetPollOpenAsync(NewsPoll poll, bool open)
    {
        poll.IsOpen = open;
        await db.SaveChangesAsync();
    }

    private void Apply(NewsPost post, NewsPostInput input)
    {
        post.Title = input.Title.Trim();
        post.Lead = NewsHtml.ToPlainText(input.Lead);
        post.BodyHtml = NewsHtml.SanitizeBody(input.BodyHtml);
        post.AuthorLine = NewsHtml.ToPlainText(input.AuthorLine);
        post.Category = input.Category ?? NewsCategory.Dialogue;
        post.Tags = NewsTags.Normalize(NewsHtml.ToPlainText(input.Tags));
        post.ConferenceId = input.ConferenceId;
        post.UpdatedAtUtc = NowUtc;
    }

    /// <summary>The title's slug, made unique with -2, -3... among every post ever saved (removed ones too) and the reserved addresses.</summary>
    private async Task<string> UniqueSlugAsync(string title, int postId)
    {
        var stem = Slug.From(title, 100);
        var taken = await db.NewsPosts.IgnoreQueryFilters().Where(p => p.Id != postId && p.Slug.StartsWith(stem)).Select(p => p.Slug).ToListAsync();
        var slug = stem;
        for (var n = 2; taken.Contains(slug) || NewsRoutes.IsReserved(slug); n++) slug = $"{stem}-{n}";
        return slug;
    }
}
