using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.Public;

/// <summary>
/// A question or petition a person sends from the public site for an announced conference (câu hỏi gửi trước). The
/// organizing office or the Front moderates it; an accepted one is raised at the conference and becomes a petition
/// with the sender as raiser, keeping the code the sender was shown. Name and contacts are personal data (Nghị định
/// 13/2023/NĐ-CP): kept with the purpose consented to, never audited, removed after the retention period.
/// </summary>
public class SentQuestion : DomainRecord, IUnitScoped, IHasPublicCode
{
    public const int MaxContentLength = 4000;

    /// <summary>What the sender consents to, shown beside the checkbox and kept with each question as it was shown.</summary>
    public const string Purpose =
        "Tôi đồng ý để cơ quan tổ chức hội nghị dùng họ tên, tổ dân phố và thông tin liên hệ của tôi chỉ để xem xét, trả lời câu hỏi này "
        + "và báo kết quả cho tôi; thông tin không được công khai và được xóa sau thời hạn lưu giữ (Nghị định 13/2023/NĐ-CP).";

    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }

    [NotAudited] public string? Code { get; set; }

    [NotAudited] public string? SenderName { get; set; }
    [NotAudited] public string? ResidentialGroup { get; set; }
    [NotAudited] public string? Email { get; set; }
    [NotAudited] public string? Phone { get; set; }

    public string Topic { get; set; } = "";
    public string Content { get; set; } = "";

    /// <summary>An optional photo, stored outside wwwroot under a generated name (Infrastructure/Files).</summary>
    [NotAudited] public string? PhotoStoredName { get; set; }
    public string? PhotoContentType { get; set; }

    public string ConsentedPurpose { get; set; } = "";
    public DateTime SentAtUtc { get; set; }

    public SentQuestionState State { get; set; } = SentQuestionState.Pending;
    public string? RefusalReason { get; set; }
    public int? MergedIntoId { get; set; }
    public int? PetitionId { get; set; }

    /// <summary>The raiser entry made for the sender when the question was raised, anonymized with the rest.</summary>
    public int? PersonId { get; set; }
    public DateTime? ModeratedAtUtc { get; set; }
    public string? ModeratedBy { get; set; }

    /// <summary>When the name, contacts and photo were removed at the end of the retention period.</summary>
    public DateTime? PersonalDataRemovedAtUtc { get; set; }

    public int OwningUnitId => UnitId;

    /// <summary>Accepts it for the conference. Null when done, else the refusal.</summary>
    public string? Accept(string moderator, DateTime atUtc) => Moderate(SentQuestionState.Accepted, null, null, moderator, atUtc);

    /// <summary>Refuses it, saying why (the sender reads the reason by their code).</summary>
    public string? Refuse(string? reason, string moderator, DateTime atUtc) =>
        string.IsNullOrWhiteSpace(reason) ? "Hãy ghi lý do không tiếp nhận." : Moderate(SentQuestionState.Refused, reason.Trim(), null, moderator, atUtc);

    /// <summary>Merges it into another question of the same conference that asks the same thing.</summary>
    public string? MergeInto(SentQuestion target, string moderator, DateTime atUtc)
    {
        if (target.Id == Id) return "Không thể gộp một câu hỏi vào chính nó.";
        if (target.ConferenceId != ConferenceId) return "Chỉ gộp vào câu hỏi của cùng hội nghị.";
        if (target.State is not (SentQuestionState.Pending or SentQuestionState.Accepted)) return "Câu hỏi được gộp vào phải đang chờ hoặc đã tiếp nhận.";
        return Moderate(SentQuestionState.Merged, null, target.Id, moderator, atUtc);
    }

    /// <summary>Raised at the conference as this petition; only an accepted question is.</summary>
    public string? MarkRaised(int petitionId, int personId)
    {
        if (State != SentQuestionState.Accepted) return "Chỉ câu hỏi đã tiếp nhận mới được đánh dấu đã nêu.";
        State = SentQuestionState.Raised;
        PetitionId = petitionId;
        PersonId = personId;
        return null;
    }

    /// <summary>Removes what identifies the sender; the question, its state and code stay.</summary>
    public void RemovePersonalData(DateTime atUtc)
    {
        SenderName = null;
        ResidentialGroup = null;
        Email = null;
        Phone = null;
        PhotoStoredName = null;
        PhotoContentType = null;
        PersonalDataRemovedAtUtc = atUtc;
    }

    private string? Moderate(SentQuestionState state, string? reason, int? mergedInto, string moderator, DateTime atUtc)
    {
        if (State != SentQuestionState.Pending && !(State == SentQuestionState.Accepted && state != SentQuestionState.Accepted))
            return $"Câu hỏi đang ở trạng thái \"{State.Label().ToLowerInvariant()}\", không xem xét lại được.";
        State = state;
        RefusalReason = reason;
        MergedIntoId = mergedInto;
        ModeratedBy = moderator;
        ModeratedAtUtc = atUtc;
        return null;
    }
}

public enum SentQuestionState
{
    [Display(Name = "Chờ xem xét")] Pending = 1,
    [Display(Name = "Đã tiếp nhận, sẽ nêu tại hội nghị")] Accepted = 2,
    [Display(Name = "Đã gộp với câu hỏi cùng nội dung")] Merged = 3,
    [Display(Name = "Không tiếp nhận")] Refused = 4,
    [Display(Name = "Đã nêu tại hội nghị")] Raised = 5,
}
