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
}

/// <summary>The outcome of asking for a transition: the new state, or why it is refused.</summary>
public sealed record TransitionResult(bool Allowed, FollowUpState State, string? Refusal)
{
    public static TransitionResult To(FollowUpState state) => new(true, state, null);
    public static TransitionResult Refused(FollowUpState state, string reason) => new(false, state, reason);
}

/// <summary>
/// The one state machine for everything followed up after a conference. Answered on the spot goes
/// straight to resolved; resolved and explained items wait for the Front's check before closing;
/// a closed or answered item can be reopened with a reason. Anything else is refused with a message
/// a person can act on.
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
    };

    /// <summary>Actions that must say why: a result, a reason for not accepting, a reason to reopen.</summary>
    private static readonly HashSet<FollowUpAction> NeedText =
        [FollowUpAction.Resolve, FollowUpAction.Explain, FollowUpAction.Transfer, FollowUpAction.Reopen, FollowUpAction.AnswerOnTheSpot];

    public static IEnumerable<FollowUpAction> ActionsFrom(FollowUpState state) =>
        Transitions.Keys.Where(k => k.From == state).Select(k => k.Action);

    public static TransitionResult Apply(FollowUpState state, FollowUpAction action, string? text = null)
    {
        if (!Transitions.TryGetValue((state, action), out var next))
            return TransitionResult.Refused(state,
                $"Không thể \"{action.Label().ToLowerInvariant()}\" khi nội dung đang ở trạng thái \"{state.Label().ToLowerInvariant()}\".");
        if (NeedText.Contains(action) && string.IsNullOrWhiteSpace(text))
            return TransitionResult.Refused(state, action switch
            {
                FollowUpAction.Resolve => "Hãy ghi kết quả giải quyết.",
                FollowUpAction.Explain => "Hãy ghi lý do không tiếp thu.",
                FollowUpAction.Transfer => "Hãy ghi nơi chuyển đến và lý do.",
                FollowUpAction.Reopen => "Hãy ghi lý do mở lại.",
                _ => "Hãy ghi nội dung trả lời.",
            });
        return TransitionResult.To(next);
    }
}
