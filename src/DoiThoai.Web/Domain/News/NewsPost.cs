using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.News;

/// <summary>
/// A news post (tin bài) about a conference or its outcome, written and published by the editors of a
/// unit. The public sees it only once it is published and its publication time has come.
/// </summary>
public class NewsPost : DomainRecord, IUnitScoped, IHasSearchText
{
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The address of the post, <c>/tin-tuc/{Slug}</c>: unique, made from the title.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The lead paragraph (sapo), plain text.</summary>
    public string Lead { get; set; } = "";

    /// <summary>The body as sanitized HTML; never stored unsanitized.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>As printed under the post: "Đậu Thị Anh (Văn phòng Thị ủy Kỳ Anh)".</summary>
    public string AuthorLine { get; set; } = "";

    public NewsCategory Category { get; set; }

    /// <summary>Tags separated by commas, as the editor typed them (trimmed).</summary>
    public string Tags { get; set; } = "";

    /// <summary>The conference the post reports, if any (in the editor's scope).</summary>
    public int? ConferenceId { get; set; }
    public Conferences.Conference? Conference { get; set; }

    public NewsPostState State { get; set; } = NewsPostState.Draft;

    /// <summary>When the post goes public (UTC). A time in the future schedules it.</summary>
    public DateTime? PublishAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Readers' views, added in batches by the view counter, never through a tracked save.</summary>
    [NotAudited]
    public long ViewCount { get; set; }

    public string SearchText { get; set; } = "";

    public List<NewsPhoto> Photos { get; set; } = [];

    public int OwningUnitId => UnitId;

    public void RefreshSearchText() =>
        SearchText = VietnameseText.Fold($"{Title} {Lead} {Tags} {AuthorLine} {HtmlText.ToPlain(BodyHtml)}");

    public IReadOnlyList<string> TagList => NewsTags.Parse(Tags);

    /// <summary>Whether a reader may see it at <paramref name="nowUtc"/>.</summary>
    public bool IsPublicAt(DateTime nowUtc) => State == NewsPostState.Published && PublishAtUtc is { } at && at <= nowUtc;
}

public enum NewsPostState
{
    [Display(Name = "Bản nháp")] Draft = 1,
    [Display(Name = "Chờ duyệt")] Submitted = 2,
    [Display(Name = "Đã đăng")] Published = 3,
    [Display(Name = "Đã gỡ")] Unpublished = 4,
}

/// <summary>The sections of the portal. The slug is the category page's address.</summary>
public enum NewsCategory
{
    [Display(Name = "Hội nghị đối thoại")] Dialogue = 1,
    [Display(Name = "Giao ban, làm việc")] Briefing = 2,
    [Display(Name = "Kết quả giải quyết kiến nghị")] Outcomes = 3,
    [Display(Name = "Hoạt động Mặt trận, đoàn thể")] FrontActivities = 4,
    [Display(Name = "Thông báo")] Announcements = 5,
}

/// <summary>A photo of a post with its caption ("Toàn cảnh hội nghị"), resized for the web and kept outside wwwroot.</summary>
public class NewsPhoto : DomainRecord, IUnitScoped, IAuditedPart
{
    public int NewsPostId { get; set; }
    public int UnitId { get; set; }
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string Caption { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public long Length { get; set; }
    public int Order { get; set; }

    public int OwningUnitId => UnitId;
    public string AuditRootType => nameof(NewsPost);
    public int AuditRootId => NewsPostId;
}

/// <summary>A reader's comment. Nothing is shown until an editor approves it.</summary>
public class NewsComment : DomainRecord, IUnitScoped, IAuditedPart
{
    public int NewsPostId { get; set; }
    public NewsPost? NewsPost { get; set; }
    public int UnitId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public NewsCommentState State { get; set; } = NewsCommentState.Pending;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ModeratedAtUtc { get; set; }

    public int OwningUnitId => UnitId;
    public string AuditRootType => nameof(NewsPost);
    public int AuditRootId => NewsPostId;
}

public enum NewsCommentState
{
    [Display(Name = "Chờ duyệt")] Pending = 1,
    [Display(Name = "Đã duyệt")] Approved = 2,
    [Display(Name = "Đã từ chối")] Rejected = 3,
}

/// <summary>A simple poll (khảo sát) of a unit, shown on the public pages while it is open.</summary>
public class NewsPoll : DomainRecord, IUnitScoped
{
    public int UnitId { get; set; }
    public string Question { get; set; } = "";
    public bool IsOpen { get; set; } = true;
    public DateTime CreatedAtUtc { get; set; }
    public List<NewsPollOption> Options { get; set; } = [];

    public int OwningUnitId => UnitId;
}

public class NewsPollOption
{
    public int Id { get; set; }
    public int NewsPollId { get; set; }
    public string Text { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>
/// One visitor's vote. Two unique pairs make it one vote per poll for a signed visitor cookie and one for a
/// client address: (poll, visitor) and (poll, address hash). The address is kept only as a keyed hash
/// (HMAC-SHA256 under a secret of the portal); votes cast before the address was counted have none.
/// </summary>
public class NewsPollVote
{
    public const int AddressHashLength = 64;

    public long Id { get; set; }
    public int NewsPollId { get; set; }
    public int NewsPollOptionId { get; set; }
    public Guid VisitorId { get; set; }
    public string? AddressHash { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>A running total kept for the public pages (visits to the portal), added to in batches.</summary>
public class SiteCounter
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}
