using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>
/// One petition, proposal, question or conclusion item followed up to closure. It belongs to the
/// conference's unit; the responsible body may sit up or down the unit tree, and its staff see the item too.
/// </summary>
public partial class FollowUpItem : DomainRecord, IUnitScoped, IAlsoScopedBy
{
    public int UnitId { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int? PetitionId { get; set; }
    public Petition? Petition { get; set; }
    public int? ConclusionItemId { get; set; }
    public ConclusionItem? ConclusionItem { get; set; }
    public FollowUpKind Kind { get; set; }

    /// <summary>
    /// The petition's topic (none for a conclusion item), kept here by the save path (<c>Data/FollowUpTopics.cs</c>) so
    /// that the list filters by topic inside its indexes (ADR 0027). A copy, not audited: the petition's own is.
    /// </summary>
    [NotAudited] public int? TopicId { get; set; }

    /// <summary>
    /// The wording of this content item when a petition was split into several; null when the item is the
    /// whole petition or conclusion item.
    /// </summary>
    public string? ContentText { get; set; }

    /// <summary>
    /// What an item asks, the one expression of it: its own wording when a petition was split, otherwise the
    /// petition's or the conclusion item's. Queries call <see cref="ContentOf"/>, which the context's query expander
    /// (<c>Data/QueryExpander.cs</c>) replaces by this expression, so the database computes it.
    /// </summary>
    public static readonly Expression<Func<FollowUpItem, string>> Content =
        f => f.ContentText ?? (f.Petition != null ? f.Petition.Content : f.ConclusionItem!.Content);

    private static readonly Func<FollowUpItem, string> CompiledContent = Content.Compile();

    /// <summary>The item's content (see <see cref="Content"/>); in a query it is translated, in memory it is computed.</summary>
    public static string ContentOf(FollowUpItem item) => CompiledContent(item);

    /// <summary>
    /// Set when this item was merged into another that says the same thing: it leaves lists and counts, and its
    /// petition's raiser becomes one of the surviving item's raisers.
    /// </summary>
    public int? MergedIntoId { get; set; }

    /// <summary>An answer prepared ahead, given (and published) together with the others of a round on one day.</summary>
    public string? PreparedAnswer { get; set; }
    public FollowUpAction? PreparedAction { get; set; }

    public FollowUpState State { get; set; } = FollowUpState.New;
    public int? ResponsibleOrganizationId { get; set; }
    public Organization? ResponsibleOrganization { get; set; }

    /// <summary>The responsible body's unit, kept here so scope checks need no join.</summary>
    public int? ResponsibleUnitId { get; set; }
    public DateOnly? AssignedOn { get; set; }
    public DateOnly? Deadline { get; set; }
    public FollowUpPriority Priority { get; set; } = FollowUpPriority.Normal;
    public int ProgressPercent { get; set; }
    public string? Result { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public FrontAssessment? Assessment { get; set; }

    /// <summary>Shown on the public page of answered petitions; only a resolved or closed item may be.</summary>
    public bool IsPublic { get; set; }
    public DateTime? PublishedAtUtc { get; set; }

    public List<FollowUpCoordinator> Coordinators { get; set; } = [];
    public List<FollowUpEvent> Events { get; set; } = [];

    public int OwningUnitId => UnitId;
    public int? SecondaryUnitId => ResponsibleUnitId;
}

public enum FollowUpKind
{
    [Display(Name = "Kiến nghị")] Petition = 1,
    [Display(Name = "Đề xuất")] Proposal = 2,
    [Display(Name = "Chất vấn")] Question = 3,
    [Display(Name = "Nội dung kết luận")] ConclusionItem = 4,
}

public enum FollowUpPriority
{
    [Display(Name = "Bình thường")] Normal = 1,
    [Display(Name = "Ưu tiên")] High = 2,
    [Display(Name = "Khẩn")] Urgent = 3,
}

/// <summary>The Front's assessment after monitoring (giám sát).</summary>
public enum FrontAssessment
{
    [Display(Name = "Hài lòng")] Satisfied = 1,
    [Display(Name = "Chưa hài lòng")] NotSatisfied = 2,
}

/// <summary>An organization that works with the responsible body (cơ quan phối hợp).</summary>
public class FollowUpCoordinator
{
    public int Id { get; set; }
    public int FollowUpItemId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>One entry of an item's timeline: a transition, a progress update or a monitoring note. Never changed.</summary>
public class FollowUpEvent
{
    public long Id { get; set; }
    public int FollowUpItemId { get; set; }
    public FollowUpEventKind Kind { get; set; }
    public FollowUpAction? Action { get; set; }
    public FollowUpState StateAfter { get; set; }
    public string? Text { get; set; }
    public int? Percent { get; set; }
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public List<FollowUpAttachment> Attachments { get; set; } = [];
}

public enum FollowUpEventKind
{
    [Display(Name = "Chuyển trạng thái")] Transition = 1,
    [Display(Name = "Cập nhật tiến độ")] Progress = 2,
    [Display(Name = "Giám sát của Mặt trận")] Monitoring = 3,
    [Display(Name = "Công khai kết quả")] Publication = 4,
    [Display(Name = "Ý kiến của người nêu")] Verdict = 5,
}

/// <summary>Which kind of item a raised petition becomes; opinions are heard, not followed up.</summary>
public static class FollowUpKinds
{
    public static FollowUpKind? Of(PetitionKind kind) => kind switch
    {
        PetitionKind.Petition => FollowUpKind.Petition,
        PetitionKind.Proposal => FollowUpKind.Proposal,
        PetitionKind.Question => FollowUpKind.Question,
        _ => null,
    };
}

/// <summary>
/// A document or photo attached to a progress update. The file lives outside <c>wwwroot</c> under a
/// generated name; <see cref="FileName"/> is only what is shown and offered on download, cleaned first.
/// </summary>
public class FollowUpAttachment
{
    public long Id { get; set; }
    public int FollowUpItemId { get; set; }
    public long FollowUpEventId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string StoredName { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>
/// A due-soon or overdue notice about one item. Unique per item, kind and deadline, so a scan repeated
/// after a restart (or on a second node) finds it there and never tells anyone twice; a new deadline
/// earns a new notice. E-mail goes out from here like an outbox: <see cref="EmailedAtUtc"/> is set once sent.
/// </summary>
public class FollowUpNotice
{
    public long Id { get; set; }
    public int FollowUpItemId { get; set; }
    public FollowUpItem? FollowUpItem { get; set; }
    public NoticeKind Kind { get; set; }
    public DateOnly Deadline { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? EmailedAtUtc { get; set; }
    public int EmailRecipients { get; set; }
}

public enum NoticeKind
{
    [Display(Name = "Sắp đến hạn")] DueSoon = 1,
    [Display(Name = "Quá hạn")] Overdue = 2,
}

/// <summary>That a user has read a notice, so the bell counts only what is new to them.</summary>
public class NoticeReading
{
    public long FollowUpNoticeId { get; set; }
    public int UserId { get; set; }
    public DateTime ReadAtUtc { get; set; }
}

/// <summary>
/// "Đánh dấu tất cả là đã đọc" as one row per user: every notice recorded up to <see cref="ReadUpToNoticeId"/> is read
/// by that user, whatever its scope, so marking ten years of notices read writes one row, not one per notice.
/// </summary>
public class NoticeReadMark
{
    public int UserId { get; set; }
    public long ReadUpToNoticeId { get; set; }
    public DateTime MarkedAtUtc { get; set; }
}

/// <summary>
/// A model answer of a unit, optionally for one topic. Its fields in braces are filled from each item:
/// {người nêu}, {hội nghị}, {ngày hội nghị}, {cơ quan chủ trì}, {nội dung}.
/// </summary>
public class AnswerTemplate : DomainRecord, IUnitScoped
{
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public int? TopicId { get; set; }
    public Conferences.Topic? Topic { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public int OwningUnitId => UnitId;
}

/// <summary>
/// Telling the body or person who raised an item that it was answered or closed. Unique per item and kind,
/// so they are told once; sent like an outbox (<see cref="SentAtUtc"/> set once handed to the mail server).
/// </summary>
public class RaiserNotice
{
    public long Id { get; set; }
    public int FollowUpItemId { get; set; }
    public RaiserNoticeKind Kind { get; set; }
    public string Recipients { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

public enum RaiserNoticeKind
{
    [Display(Name = "Đã trả lời")] Answered = 1,
    [Display(Name = "Đã đóng")] Closed = 2,
}
