using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Tests.Unit.Domain;

public class FollowUpStateMachineTests
{
    /// <summary>Every legal transition, and where it leads.</summary>
    public static TheoryData<FollowUpState, FollowUpAction, FollowUpState> Legal => new()
    {
        { FollowUpState.New, FollowUpAction.Assign, FollowUpState.Assigned },
        { FollowUpState.New, FollowUpAction.AnswerOnTheSpot, FollowUpState.Resolved },
        { FollowUpState.Assigned, FollowUpAction.Assign, FollowUpState.Assigned },
        { FollowUpState.Assigned, FollowUpAction.Start, FollowUpState.InProgress },
        { FollowUpState.Assigned, FollowUpAction.Resolve, FollowUpState.Resolved },
        { FollowUpState.Assigned, FollowUpAction.Explain, FollowUpState.Explained },
        { FollowUpState.Assigned, FollowUpAction.Transfer, FollowUpState.Transferred },
        { FollowUpState.InProgress, FollowUpAction.Resolve, FollowUpState.Resolved },
        { FollowUpState.InProgress, FollowUpAction.Explain, FollowUpState.Explained },
        { FollowUpState.InProgress, FollowUpAction.Transfer, FollowUpState.Transferred },
        { FollowUpState.Transferred, FollowUpAction.Assign, FollowUpState.Assigned },
        { FollowUpState.Resolved, FollowUpAction.Close, FollowUpState.Closed },
        { FollowUpState.Resolved, FollowUpAction.Reopen, FollowUpState.InProgress },
        { FollowUpState.Explained, FollowUpAction.Close, FollowUpState.Closed },
        { FollowUpState.Explained, FollowUpAction.Reopen, FollowUpState.InProgress },
        { FollowUpState.Closed, FollowUpAction.Reopen, FollowUpState.InProgress },
        { FollowUpState.Resolved, FollowUpAction.ReopenAfterVerdict, FollowUpState.InProgress },
        { FollowUpState.Explained, FollowUpAction.ReopenAfterVerdict, FollowUpState.InProgress },
        { FollowUpState.Closed, FollowUpAction.ReopenAfterVerdict, FollowUpState.InProgress },
        { FollowUpState.Resolved, FollowUpAction.CloseAfterVerdict, FollowUpState.Closed },
        { FollowUpState.Explained, FollowUpAction.CloseAfterVerdict, FollowUpState.Closed },
        { FollowUpState.Closed, FollowUpAction.CloseAfterVerdict, FollowUpState.Closed },
    };

    [Theory]
    [MemberData(nameof(Legal))]
    public void A_legal_transition_leads_to_its_state(FollowUpState from, FollowUpAction action, FollowUpState to)
    {
        var result = FollowUpStateMachine.Apply(from, action, "kết quả, lý do hoặc trả lời");
        Assert.True(result.Allowed);
        Assert.Equal(to, result.State);
    }

    /// <summary>Every other (state, action) pair: all of them are refused, with a Vietnamese message.</summary>
    public static TheoryData<FollowUpState, FollowUpAction> Illegal()
    {
        var legal = Legal.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var data = new TheoryData<FollowUpState, FollowUpAction>();
        foreach (var state in Enum.GetValues<FollowUpState>())
            foreach (var action in Enum.GetValues<FollowUpAction>())
                if (!legal.Contains((state, action))) data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void An_illegal_transition_is_refused_and_the_state_stays(FollowUpState from, FollowUpAction action)
    {
        var result = FollowUpStateMachine.Apply(from, action, "bất kỳ");
        Assert.False(result.Allowed);
        Assert.Equal(from, result.State);
        Assert.StartsWith("Không thể", result.Refusal);
    }

    [Theory]
    [InlineData(FollowUpState.InProgress, FollowUpAction.Resolve, "Hãy ghi kết quả giải quyết.")]
    [InlineData(FollowUpState.InProgress, FollowUpAction.Explain, "Hãy ghi lý do không tiếp thu.")]
    [InlineData(FollowUpState.Assigned, FollowUpAction.Transfer, "Hãy ghi nơi chuyển đến và lý do.")]
    [InlineData(FollowUpState.Closed, FollowUpAction.Reopen, "Hãy ghi lý do mở lại.")]
    [InlineData(FollowUpState.New, FollowUpAction.AnswerOnTheSpot, "Hãy ghi nội dung trả lời.")]
    public void Transitions_that_need_a_reason_refuse_without_one(FollowUpState from, FollowUpAction action, string message)
    {
        var result = FollowUpStateMachine.Apply(from, action, "  ");
        Assert.False(result.Allowed);
        Assert.Equal(message, result.Refusal);
    }

    [Fact]
    public void A_closed_item_offers_only_reopening_and_the_decisions_on_a_verdict() =>
        Assert.Equal([FollowUpAction.Reopen, FollowUpAction.ReopenAfterVerdict, FollowUpAction.CloseAfterVerdict],
            FollowUpStateMachine.ActionsFrom(FollowUpState.Closed));
}

public class DeadlinesTests
{
    private static readonly DateOnly Deadline = new(2026, 12, 31);

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    public void An_open_item_is_late_only_after_its_deadline_day(string today, bool overdue) =>
        Assert.Equal(overdue, Deadlines.IsOverdue(FollowUpState.InProgress, Deadline, DateOnly.Parse(today)));

    [Theory]
    [InlineData(FollowUpState.Resolved)]
    [InlineData(FollowUpState.Explained)]
    [InlineData(FollowUpState.Closed)]
    public void A_finished_item_is_never_late(FollowUpState state) =>
        Assert.False(Deadlines.IsOverdue(state, Deadline, new DateOnly(2027, 6, 1)));

    [Theory]
    [InlineData("2026-12-23", false)]
    [InlineData("2026-12-24", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void Due_soon_is_the_last_week_before_the_deadline(string today, bool dueSoon) =>
        Assert.Equal(dueSoon, Deadlines.IsDueSoon(FollowUpState.Assigned, Deadline, DateOnly.Parse(today)));

    [Fact]
    public void Today_is_read_from_the_injected_clock_in_vietnam_time()
    {
        var clock = new Moq.Mock<TimeProvider>();
        // 20:00 UTC on 31/12 is already 01/01 in Hà Nội.
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 1), VietnamTime.Today(clock.Object));
        Assert.True(Deadlines.IsOverdue(FollowUpState.Assigned, Deadline, VietnamTime.Today(clock.Object)));
    }

    [Theory]
    [InlineData("2026-12-31T16:59:59Z", false)] // 23:59:59 on the deadline day in Hà Nội
    [InlineData("2026-12-31T17:00:00Z", true)] // already 01/01 in Hà Nội
    [InlineData("2026-12-30T09:00:00Z", false)]
    public void Done_late_means_done_on_a_vietnam_day_after_the_deadline(string doneAtUtc, bool late) =>
        Assert.Equal(late, Deadlines.IsDoneLate(Deadline, DateTime.Parse(doneAtUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void Without_a_deadline_or_a_finish_nothing_is_done_late()
    {
        Assert.False(Deadlines.IsDoneLate(null, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(Deadlines.IsDoneLate(Deadline, null));
    }
}
