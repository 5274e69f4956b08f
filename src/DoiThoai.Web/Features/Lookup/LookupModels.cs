using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.News;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>
/// What a code shows the public: where and when it was raised, and for each content item its state, the responsible
/// body, the deadline and the answer. Nothing in it names a person, a contact or a staff note, by construction: the
/// projection selects none (LookupService), so no view can show one.
/// </summary>
public sealed record LookupResult(string Code, string Heading, DateOnly? HeldOn, string? QuestionState, string? RefusalReason,
    IReadOnlyList<LookupItem> Items);

public sealed record LookupItem(string? Code, FollowUpKind Kind, FollowUpState State, bool Merged, string? Responsible,
    DateOnly? Deadline, string? Answer, RaiserVerdict? Verdict, bool AcceptsVerdict)
{
    public string StateLabel => Merged ? "Đã gộp vào nội dung cùng ý, theo dõi chung" : State.Label();
    public bool Answered => FollowUpStateMachine.IsAnswered(State) && Answer is not null;
    public string AnswerHeading => FollowUpStateMachine.AnswerHeading(State);
}

/// <summary>The page: what was typed, what it found (null: nothing, whatever the reason), the verdict form's captcha.</summary>
public sealed record LookupPage(string? Typed, bool Searched, LookupResult? Result, CaptchaChallenge? Captcha, VerdictInput? Verdict, bool VerdictSent);

public sealed class VerdictInput
{
    /// <summary>The code looked up, to come back to it.</summary>
    [Required, StringLength(40)]
    public string? Code { get; set; }

    /// <summary>The content item judged; its own code, so the verdict needs nothing but what the page showed.</summary>
    [Required, StringLength(40)]
    public string? ItemCode { get; set; }

    [Required(ErrorMessage = "Hãy chọn hài lòng hoặc chưa hài lòng.")]
    [Display(Name = "Trả lời đã giải quyết được vấn đề chưa?")]
    public RaiserVerdict? Verdict { get; set; }

    [StringLength(FollowUpItem.MaxVerdictCommentLength, ErrorMessage = "Ý kiến không được dài quá {1} ký tự.")]
    [Display(Name = "Ý kiến thêm (không bắt buộc)")]
    public string? Comment { get; set; }

    [StringLength(1000)]
    public string? CaptchaToken { get; set; }

    [Required(ErrorMessage = "Hãy nhập mã kiểm tra.")]
    [StringLength(20)]
    [Display(Name = "Mã kiểm tra")]
    public string? CaptchaAnswer { get; set; }
}
