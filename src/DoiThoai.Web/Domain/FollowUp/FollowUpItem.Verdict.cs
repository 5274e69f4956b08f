using DoiThoai.Web.Domain.Public;

namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>
/// The people's side of an item (ADR 0022): the code its raiser looks it up by, the raiser's verdict on the answer
/// (given once per answer) and the Front's decision on an answer judged unsettled: reopen it, or close it with the
/// Front's assessment. Both decisions are actions of the state machine, offered only while a verdict waits.
/// </summary>
public partial class FollowUpItem : IHasPublicCode
{
    public const int MaxVerdictCommentLength = 2000;

    /// <summary>The code of this content item (<see cref="PublicCode"/>); the petition has its own, which finds all its items.</summary>
    [NotAudited] public string? Code { get; set; }

    /// <summary>The raiser's verdict on the current answer; cleared when the Front reopens the item, so the next answer is judged anew.</summary>
    public RaiserVerdict? Verdict { get; set; }
    public string? VerdictComment { get; set; }
    public DateTime? VerdictAtUtc { get; set; }

    /// <summary>When the Front decided on an unsettled verdict (kept closed with its assessment); null while it waits.</summary>
    public DateTime? VerdictDecidedAtUtc { get; set; }

    /// <summary>Judged unsettled by its raiser and not yet decided by the Front: it waits in the Front's monitoring list.</summary>
    public bool AwaitsFrontDecision => Verdict == RaiserVerdict.NotSettled && VerdictDecidedAtUtc is null;

    /// <summary>Whether the raiser may judge the answer now: answered, not merged away, not judged yet.</summary>
    public bool AcceptsVerdict => MergedIntoId is null && FollowUpStateMachine.IsAnswered(State) && Verdict is null;

    /// <summary>The raiser says whether the answer settled the matter, once. Null when recorded, else the refusal.</summary>
    public string? GiveVerdict(RaiserVerdict verdict, string? comment, DateTime atUtc)
    {
        if (MergedIntoId is not null) return "Nội dung này đã được gộp vào nội dung khác; hãy tra cứu mã của nội dung đó.";
        if (!FollowUpStateMachine.IsAnswered(State)) return "Nội dung chưa có trả lời để đánh giá.";
        if (Verdict is not null) return "Ý kiến về trả lời này đã được ghi nhận trước đó.";
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxVerdictCommentLength }) return $"Ý kiến không được dài quá {MaxVerdictCommentLength} ký tự.";
        Verdict = verdict;
        VerdictComment = text;
        VerdictAtUtc = atUtc;
        VerdictDecidedAtUtc = null;
        Record(FollowUpEventKind.Verdict, null, text is null ? verdict.Label() : $"{verdict.Label()}: {text}",
            new Stamp(atUtc, null, "Người nêu (qua mã tra cứu)"));
        return null;
    }

    /// <summary>Why a decision on a verdict cannot be taken now (none waits), or null; other actions are never refused here.</summary>
    private string? VerdictRefusal(FollowUpAction action) =>
        action is FollowUpAction.ReopenAfterVerdict or FollowUpAction.CloseAfterVerdict && !AwaitsFrontDecision
            ? "Chỉ quyết định khi người nêu cho biết chưa hài lòng với trả lời và Mặt trận chưa quyết định."
            : null;

    /// <summary>
    /// Reopening takes the item off the public page and clears the verdict (the next answer is judged anew, the old one
    /// stays in the timeline) and records that the Front is not satisfied; closing keeps the verdict, now decided, and
    /// the Front's assessment is the text of the timeline entry.
    /// </summary>
    private void DecideOnVerdict(FollowUpAction action, Stamp stamp)
    {
        if (action == FollowUpAction.ReopenAfterVerdict)
        {
            Assessment = FrontAssessment.NotSatisfied;
            ClosedAtUtc = null;
            IsPublic = false;
            PublishedAtUtc = null;
            ProgressPercent = Math.Min(ProgressPercent, 90);
            Verdict = null;
            VerdictComment = null;
            VerdictAtUtc = null;
            VerdictDecidedAtUtc = null;
        }
        else
        {
            ClosedAtUtc ??= stamp.AtUtc;
            VerdictDecidedAtUtc = stamp.AtUtc;
        }
    }
}
