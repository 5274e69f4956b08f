namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>Deadline rules, computed against an injected clock so tests can move time.</summary>
public static class Deadlines
{
    /// <summary>How many days before a deadline an item counts as due soon.</summary>
    public const int DueSoonDays = 7;

    /// <summary>Late: still open and the deadline day has passed.</summary>
    public static bool IsOverdue(FollowUpState state, DateOnly? deadline, DateOnly today) =>
        FollowUpStateMachine.IsOpen(state) && deadline is { } due && today > due;

    public static bool IsDueSoon(FollowUpState state, DateOnly? deadline, DateOnly today) =>
        FollowUpStateMachine.IsOpen(state) && deadline is { } due && today <= due && due.DayNumber - today.DayNumber <= DueSoonDays;

    /// <summary>Done late: finished on a Vietnam day after the deadline day.</summary>
    public static bool IsDoneLate(DateOnly? deadline, DateTime? doneAtUtc) =>
        deadline is { } due && doneAtUtc is { } done && DateOnly.FromDateTime(VietnamTime.ToLocal(done)) > due;

    /// <summary>The default deadline of a newly assigned item: a number of days per kind, from configuration.</summary>
    public static DateOnly Default(DateOnly assignedOn, int days) => assignedOn.AddDays(days);

}
