namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>Deadline rules, computed against an injected clock so tests can move time.</summary>
public static class Deadlines
{
    /// <summary>How many days before a deadline an item counts as due soon.</summary>
    public const int DueSoonDays = 7;

    public static bool IsOpen(FollowUpState state) =>
        state is not (FollowUpState.Resolved or FollowUpState.Explained or FollowUpState.Closed);

    /// <summary>The open states, for queries (<c>OpenStates.Contains(f.State)</c> translates to SQL).</summary>
    public static readonly FollowUpState[] OpenStates = Enum.GetValues<FollowUpState>().Where(IsOpen).ToArray();

    /// <summary>Late: still open and the deadline day has passed.</summary>
    public static bool IsOverdue(FollowUpState state, DateOnly? deadline, DateOnly today) =>
        IsOpen(state) && deadline is { } due && today > due;

    public static bool IsDueSoon(FollowUpState state, DateOnly? deadline, DateOnly today) =>
        IsOpen(state) && deadline is { } due && today <= due && due.DayNumber - today.DayNumber <= DueSoonDays;

    /// <summary>Done late: finished on a Vietnam day after the deadline day.</summary>
    public static bool IsDoneLate(DateOnly? deadline, DateTime? doneAtUtc) =>
        deadline is { } due && doneAtUtc is { } done && DateOnly.FromDateTime(VietnamTime.ToLocal(done)) > due;

    /// <summary>The default deadline of a newly assigned item: a number of days per kind, from configuration.</summary>
    public static DateOnly Default(DateOnly assignedOn, int days) => assignedOn.AddDays(days);

}
