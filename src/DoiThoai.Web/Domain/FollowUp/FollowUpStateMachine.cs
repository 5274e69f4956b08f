using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>Where a petition, proposal, question or conclusion item stands on its way to closure.</summary>
public enum FollowUpState
{
    [Display(Name = "Mới tiếp nhận")] New = 1,
    [Display(Name = "Đã giao")] Assigned = 2,
    [Display(Name = "Đang giải quyết")] InProgress = 3,
    [Display(Name = "Đã giải quyết")] Resolved = 4,
    [Display(Name = "Đã giải trình")] Explained = 5,
    [Display(Name = "Đã chuyển")] Transferred = 6,
    [Display(Name = "Đã đóng")] Closed = 7,
}

/// <summary>What someone does to move an item on.</summary>
public enum FollowUpAction
{
    [Display(Name = "Giao xử lý")] Assign = 1,
    [Display(Name = "Bắt đầu giải quyết")] Start = 2,
    [Display(Name = "Báo đã giải quyết")] Resolve = 3,
    [Display(Name = "Giải trình (không tiếp thu)")] Explain = 4,
    [Display(Name = "Chuyển cơ quan, cấp khác")] Transfer = 5,
    [Display(Name = "Đóng sau khi Mặt trận kiểm tra")] Close = 6,
    [Display(Name = "Mở lại")] Reopen = 7,
    [Display(Name = "Trả lời tại hội nghị")] AnswerOnTheSpot = 8,
    [Display(Name = "Mở lại theo ý kiến người nêu")] ReopenAfterVerdict = 9,
    [Display(Name = "Đóng, kèm đánh giá của Mặt trận")] CloseAfterVerdict = 10,
}

/// <summary>The outcome of asking for a transition: the new state, or why it is refused.</summary>
public sealed record TransitionResult(bool Allowed, FollowUpState State, string? Refusal)
{
    public static TransitionResult To(FollowUpState state) => new(true, state, null);
    public static TransitionResult Refused(FollowUpState state, string reason) => new(false, state, reason);
}

/// <summary>
/// The one state machine for everything followed up after a conference, and the state rules every page and
/// query asks: which states count as answered, which accept an assignment or progress, which actions must say
/// why. Answered on the spot goes straight to resolved; resolved and explained items wait for the Front's check
/// before closing; a closed or answered item can be reopened with a reason. Anything else is refused with a
/// message a person can act on. What a transition does to an item is in <c>FollowUpItem.Life.cs</c>.
/// </summary>
public static class FollowUpStateMachine
{
    private static readonly Dictionary<(FollowUpState From, FollowUpAction Action), FollowUpState> Transitions = new()
    {
        [(FollowUpState.New, FollowUpAction.Assign)] = FollowUpState.Assigned,
        [(FollowUpState.New, FollowUpAction.AnswerOnTheSpot)] = FollowUpState.Resolved,
        [(FollowUpState.Assigned, FollowUpAction.Assign)] = FollowUpState.Assigned,
        [(FollowUpState.Assigned, FollowUpAction.Start)] = FollowUpState.InProgress,
        [(FollowUpState.Assigned, FollowUpAction.Resolve)] = FollowUpState.Resolved,
        [(FollowUpState.Assigned, FollowUpAction.Explain)] = FollowUpState.Explained,
        [(FollowUpState.Assigned, FollowUpAction.Transfer)] = FollowUpState.Transferred,
        [(FollowUpState.InProgress, FollowUpAction.Resolve)] = FollowUpState.Resolved,
        [(FollowUpState.InProgress, FollowUpAction.Explain)] = FollowUpState.Explained,
        [(FollowUpState.InProgress, FollowUpAction.Transfer)] = FollowUpState.Transferred,
        [(FollowUpState.Transferred, FollowUpAction.Assign)] = FollowUpState.Assigned,
        [(FollowUpState.Resolved, FollowUpAction.Close)] = FollowUpState.Closed,
        [(FollowUpState.Resolved, FollowUpAction.Reopen)] = FollowUpState.InProgress,
        [(FollowUpState.Explained, FollowUpAction.Close)] = FollowUpState.Closed,
        [(FollowUpState.Explained, FollowUpAction.Reopen)] = FollowUpState.InProgress,
        [(FollowUpState.Closed, FollowUpAction.Reopen)] = FollowUpState.InProgress,
        // The Front's decision on an answer its raiser judged unsettled (ADR 0022); offered only while one waits.
        [(FollowUpState.Resolved, FollowUpAction.ReopenAfterVerdict)] = FollowUpState.InProgress,
        [(FollowUpState.Explained, FollowUpAction.ReopenAfterVerdict)] = FollowUpState.InProgress,
        [(FollowUpState.Closed, FollowUpAction.ReopenAfterVerdict)] = FollowUpState.InProgress,
        [(FollowUpState.Resolved, FollowUpAction.CloseAfterVerdict)] = FollowUpState.Closed,
        [(FollowUpState.Explained, FollowUpAction.CloseAfterVerdict)] = FollowUpState.Closed,
        [(FollowUpState.Closed, FollowUpAction.CloseAfterVerdict)] = FollowUpState.Closed,
    };

    /// <summary>Actions that must say why (a result, a reason for not accepting, a reason to reopen), with what to write.</summary>
    private static readonly Dictionary<FollowUpAction, (string Prompt, string Missing)> Texts = new()
    {
        [FollowUpAction.Resolve] = ("kết quả giải quyết", "Hãy ghi kết quả giải quyết."),
        [FollowUpAction.Explain] = ("lý do không tiếp thu", "Hãy ghi lý do không tiếp thu."),
        [FollowUpAction.Transfer] = ("chuyển đến đâu, vì sao", "Hãy ghi nơi chuyển đến và lý do."),
        [FollowUpAction.Reopen] = ("lý do mở lại", "Hãy ghi lý do mở lại."),
        [FollowUpAction.AnswerOnTheSpot] = ("nội dung trả lời", "Hãy ghi nội dung trả lời."),
        [FollowUpAction.ReopenAfterVerdict] = ("đánh giá của Mặt trận, việc cần làm tiếp", "Hãy ghi đánh giá của Mặt trận và việc cần làm tiếp."),
        [FollowUpAction.CloseAfterVerdict] = ("đánh giá của Mặt trận", "Hãy ghi đánh giá của Mặt trận."),
    };

    public static IEnumerable<FollowUpAction> ActionsFrom(FollowUpState state) =>
        Transitions.Keys.Where(k => k.From == state).Select(k => k.Action);

    public static bool NeedsText(FollowUpAction action) => Texts.ContainsKey(action);

    /// <summary>What the text of an action is asked as ("kết quả giải quyết"), or null when the action needs none.</summary>
    public static string? TextPrompt(FollowUpAction action) => Texts.TryGetValue(action, out var text) ? text.Prompt : null;

    /// <summary>
    /// Actions taken with the plain action form of an item's page. Assigning needs a body and a deadline (its own
    /// form); an answer on the spot is given in the minutes.
    /// </summary>
    public static bool TakenOnItsPage(FollowUpAction action) => action is not (FollowUpAction.Assign or FollowUpAction.AnswerOnTheSpot);

    /// <summary>Answered: resolved, explained or closed. Such an item is no longer late, may be published and is counted as done.</summary>
    public static bool IsAnswered(FollowUpState state) => state is FollowUpState.Resolved or FollowUpState.Explained or FollowUpState.Closed;

    public static bool IsOpen(FollowUpState state) => !IsAnswered(state);

    /// <summary>The answered states, for queries (<c>AnsweredStates.Contains(f.State)</c> translates to SQL).</summary>
    public static readonly FollowUpState[] AnsweredStates = Enum.GetValues<FollowUpState>().Where(IsAnswered).ToArray();

    /// <summary>The open states, for queries.</summary>
    public static readonly FollowUpState[] OpenStates = Enum.GetValues<FollowUpState>().Where(IsOpen).ToArray();

    /// <summary>States in which a body may be (re)assigned: those the table lets "assign" leave.</summary>
    public static bool AcceptsAssignment(FollowUpState state) => Transitions.ContainsKey((state, FollowUpAction.Assign));

    /// <summary>States in which progress is reported: in progress, or assigned (the first update starts the work).</summary>
    public static bool AcceptsProgress(FollowUpState state) =>
        state == FollowUpState.InProgress || Transitions.ContainsKey((state, FollowUpAction.Start));

    /// <summary>What an answered item's answer is called where it is shown: an explanation, or a result.</summary>
    public static string AnswerHeading(FollowUpState state) => state == FollowUpState.Explained ? "Giải trình" : "Kết quả giải quyết";

    /// <summary>Whom an action tells: the raiser learns that the item was answered, and later that it was closed.</summary>
    public static RaiserNoticeKind? Tells(FollowUpAction action) => action switch
    {
        FollowUpAction.Resolve or FollowUpAction.Explain => RaiserNoticeKind.Answered,
        FollowUpAction.Close or FollowUpAction.CloseAfterVerdict => RaiserNoticeKind.Closed,
        _ => null,
    };

    public static TransitionResult Apply(FollowUpState state, FollowUpAction action, string? text = null)
    {
        if (!Transitions.TryGetValue((state, action), out var next))
            return TransitionResult.Refused(state,
                $"Không thể \"{action.Label().ToLowerInvariant()}\" khi nội dung đang ở trạng thái \"{state.Label().ToLowerInvariant()}\".");
        if (Texts.TryGetValue(action, out var needed) && string.IsNullOrWhiteSpace(text))
            return TransitionResult.Refused(state, needed.Missing);
        return TransitionResult.To(next);
    }
}
