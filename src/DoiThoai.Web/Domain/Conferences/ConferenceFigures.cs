using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// One conference's counts, kept beside it so that dashboards and reports add up one row per conference
/// instead of counting every opinion and item. Rebuilt from the records whenever a save touches the
/// conference, its opinions and petitions or its follow-up items (<see cref="Data.ConferenceFiguresBuilder"/>);
/// a deleted conference has none.
/// </summary>
public class ConferenceFigures
{
    public int ConferenceId { get; set; }

    // Copies of the conference's fields a dashboard filters and groups by.
    public int UnitId { get; set; }
    public DateOnly HeldOn { get; set; }
    public ConferenceKind Kind { get; set; }
    public int UnitemizedOpinions { get; set; }
    public int UnitemizedPetitions { get; set; }

    // Itemized opinions and petitions by kind.
    public int Opinions { get; set; }
    public int Petitions { get; set; }
    public int Proposals { get; set; }
    public int Questions { get; set; }

    // Content items (merged ones are counted in the item they joined) by state.
    public int ItemsNew { get; set; }
    public int ItemsAssigned { get; set; }
    public int ItemsInProgress { get; set; }
    public int ItemsResolved { get; set; }
    public int ItemsExplained { get; set; }
    public int ItemsTransferred { get; set; }
    public int ItemsClosed { get; set; }

    /// <summary>Items done (resolved, explained or closed) that had a deadline, and of those, how many were done after it.</summary>
    public int DoneWithDeadline { get; set; }
    public int DoneLate { get; set; }

    /// <summary>
    /// Open items with a deadline, and the earliest and latest of their deadlines. Whether they are late depends
    /// on today: when the latest deadline has passed they all are; otherwise the items themselves are counted.
    /// The earliest finds the conferences that hold the longest overdue items without reading every item.
    /// </summary>
    public int OpenWithDeadline { get; set; }
    public DateOnly? EarliestOpenDeadline { get; set; }
    public DateOnly? LatestOpenDeadline { get; set; }

    /// <summary>Content items whose raiser judged the current answer, and of those, how many judged it settled (ADR 0022).</summary>
    public int Judged { get; set; }
    public int Settled { get; set; }

    /// <summary>Counts one content item by its state, its raiser's verdict and, with the rules of <see cref="Deadlines"/>, its deadline.</summary>
    public void CountItem(FollowUpState state, DateOnly? deadline, DateTime? doneAtUtc, RaiserVerdict? verdict = null)
    {
        if (verdict is not null) Judged++;
        if (verdict == RaiserVerdict.Settled) Settled++;
        switch (state)
        {
            case FollowUpState.New: ItemsNew++; break;
            case FollowUpState.Assigned: ItemsAssigned++; break;
            case FollowUpState.InProgress: ItemsInProgress++; break;
            case FollowUpState.Resolved: ItemsResolved++; break;
            case FollowUpState.Explained: ItemsExplained++; break;
            case FollowUpState.Transferred: ItemsTransferred++; break;
            case FollowUpState.Closed: ItemsClosed++; break;
        }
        if (deadline is not { } due) return;
        if (FollowUpStateMachine.IsOpen(state))
        {
            OpenWithDeadline++;
            if (LatestOpenDeadline is not { } latest || due > latest) LatestOpenDeadline = due;
            if (EarliestOpenDeadline is not { } earliest || due < earliest) EarliestOpenDeadline = due;
        }
        else
        {
            DoneWithDeadline++;
            if (Deadlines.IsDoneLate(due, doneAtUtc)) DoneLate++;
        }
    }
}

/// <summary>How many itemized opinions and petitions of one conference have one topic (none: <c>TopicId</c> null), and how many of its items were judged.</summary>
public class ConferenceTopicFigures
{
    public long Id { get; set; }
    public int ConferenceId { get; set; }
    public int UnitId { get; set; }
    public DateOnly HeldOn { get; set; }
    public int? TopicId { get; set; }
    public int Count { get; set; }

    /// <summary>The conference's content items of this topic judged by their raisers, and those judged settled (ADR 0022).</summary>
    public int Judged { get; set; }
    public int Settled { get; set; }
}

/// <summary>
/// How many content items of one conference with one responsible body (none: <c>ResponsibleOrganizationId</c> null)
/// their raisers judged, and how many judged settled (ADR 0024): a conference without a judged item has no row.
/// </summary>
public class ConferenceBodyFigures
{
    public long Id { get; set; }
    public int ConferenceId { get; set; }
    public int UnitId { get; set; }
    public DateOnly HeldOn { get; set; }
    public int? ResponsibleOrganizationId { get; set; }
    public int Judged { get; set; }
    public int Settled { get; set; }
}
