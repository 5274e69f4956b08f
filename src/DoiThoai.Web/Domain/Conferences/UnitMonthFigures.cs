namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// The summed <see cref="ConferenceFigures"/> of one unit's conferences held in one month, so that a review over
/// five or ten years adds up a row per unit and month instead of one per conference. Rebuilt from the conference
/// figures whenever they change (<see cref="Data.UnitMonthFiguresBuilder"/>); a month without conferences has none.
/// </summary>
public class UnitMonthFigures
{
    public int UnitId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int Dialogues { get; set; }
    public int Briefings { get; set; }
    public int WorkingSessions { get; set; }
    public int Contacts { get; set; }
    public int UnitemizedOpinions { get; set; }
    public int UnitemizedPetitions { get; set; }
    public int Opinions { get; set; }
    public int Petitions { get; set; }
    public int Proposals { get; set; }
    public int Questions { get; set; }
    public int ItemsNew { get; set; }
    public int ItemsAssigned { get; set; }
    public int ItemsInProgress { get; set; }
    public int ItemsResolved { get; set; }
    public int ItemsExplained { get; set; }
    public int ItemsTransferred { get; set; }
    public int ItemsClosed { get; set; }
    public int DoneWithDeadline { get; set; }
    public int DoneLate { get; set; }
    public int Judged { get; set; }
    public int Settled { get; set; }

    /// <summary>
    /// Open items with a deadline, all of the month's conferences together. Whether they are overdue depends on today,
    /// so a dashboard takes away those of conferences whose latest open deadline is still to come and counts those
    /// one conference at a time.
    /// </summary>
    public int OpenWithDeadline { get; set; }

    /// <summary>The latest open deadline of the month's conferences: months whose every deadline has passed need no conference read.</summary>
    public DateOnly? LatestOpenDeadline { get; set; }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Adds one conference's figures to its month.</summary>
    public void Add(ConferenceFigures c)
    {
        switch (c.Kind)
        {
            case ConferenceKind.Dialogue: Dialogues++; break;
            case ConferenceKind.Briefing: Briefings++; break;
            case ConferenceKind.WorkingSession: WorkingSessions++; break;
            default: Contacts++; break;
        }
        UnitemizedOpinions += c.UnitemizedOpinions;
        UnitemizedPetitions += c.UnitemizedPetitions;
        Opinions += c.Opinions;
        Petitions += c.Petitions;
        Proposals += c.Proposals;
        Questions += c.Questions;
        ItemsNew += c.ItemsNew;
        ItemsAssigned += c.ItemsAssigned;
        ItemsInProgress += c.ItemsInProgress;
        ItemsResolved += c.ItemsResolved;
        ItemsExplained += c.ItemsExplained;
        ItemsTransferred += c.ItemsTransferred;
        ItemsClosed += c.ItemsClosed;
        DoneWithDeadline += c.DoneWithDeadline;
        DoneLate += c.DoneLate;
        Judged += c.Judged;
        Settled += c.Settled;
        OpenWithDeadline += c.OpenWithDeadline;
        if (c.LatestOpenDeadline > LatestOpenDeadline || LatestOpenDeadline is null) LatestOpenDeadline = c.LatestOpenDeadline;
    }
}

/// <summary>How many itemized opinions and petitions of one unit's conferences of one month have one topic.</summary>
public class UnitMonthTopicFigures
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    public DateOnly Month { get; set; }
    public int? TopicId { get; set; }
    public int Count { get; set; }
    public int Judged { get; set; }
    public int Settled { get; set; }
}

/// <summary>
/// The same counts for one unit's whole year: a ten-year review adds up a row per unit, year and topic rather than per
/// month (ADR 0024). Kept with the month rows, from the same conference figures.
/// </summary>
public class UnitYearTopicFigures
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int? TopicId { get; set; }
    public int Count { get; set; }
    public int Judged { get; set; }
    public int Settled { get; set; }
}

/// <summary>The judged and settled content items of one unit's conferences of one month with one responsible body (ADR 0024).</summary>
public class UnitMonthBodyFigures
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    public DateOnly Month { get; set; }
    public int? ResponsibleOrganizationId { get; set; }
    public int Judged { get; set; }
    public int Settled { get; set; }
}
