using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>What the period picker sends: the kind of period, the year, the month/quarter/half, or a range; and a unit.</summary>
public sealed class PeriodInput
{
    public PeriodKind Kind { get; set; } = PeriodKind.Year;
    public int? Year { get; set; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2), as the kind needs.</summary>
    public int? Number { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>A unit within the user's scope to look at (its subtree); none means the user's own unit.</summary>
    public int? UnitId { get; set; }

    /// <summary>True when the address names no period at all (no year, number or dates).</summary>
    public bool NamesNoPeriod => Year is null && Number is null && From is null && To is null;

    /// <summary>The same choice of unit, for the whole of one year.</summary>
    public PeriodInput ForYear(int year) => new() { Kind = PeriodKind.Year, Year = year, UnitId = UnitId };

    public (ReportingPeriod? Period, string? Error) ToPeriod(DateOnly today) => ReportingPeriod.TryCreate(Kind, Year, Number, From, To, today);

    /// <summary>The route values that reproduce this choice, for links and exports.</summary>
    public static object RouteOf(ReportingPeriod period, int? unitId) => new
    {
        period.Kind,
        period.Year,
        Number = period.Number == 0 ? (int?)null : period.Number,
        From = period.Kind == PeriodKind.Custom ? period.From.ToString("yyyy-MM-dd") : null,
        To = period.Kind == PeriodKind.Custom ? period.To.ToString("yyyy-MM-dd") : null,
        UnitId = unitId,
    };
}

/// <summary>A unit a dashboard can look at, with where it sits in the tree.</summary>
public sealed record ScopeUnit(int Id, string Name, string Path, int? ParentId);

/// <summary>
/// Every figure of a dashboard or a report for one period and one unit's subtree. The page, the Excel
/// workbook and the Word document are all written from this one record, so they hold the same numbers.
/// </summary>
public sealed record DashboardFigures(
    ReportingPeriod Period,
    ScopeUnit Focus,
    DateOnly Today,
    Totals Totals,
    Totals? PreviousTotals,
    ReportingPeriod? Previous,
    IReadOnlyList<KindCount> ConferencesByKind,
    IReadOnlyList<UnitFigures> ByUnit,
    IReadOnlyList<PetitionKindCount> PetitionsByKind,
    IReadOnlyList<TopicCount> TopTopics,
    IReadOnlyList<StateCount> FollowUpsByState,
    IReadOnlyList<OverdueLine> Overdue,
    int PlanYear,
    IReadOnlyList<PlanFigures> Plans,
    VerdictFigures Verdicts)
{
    public PlanFigures PlanTotals => new(Focus.Id, "Tổng cộng", Plans.Sum(p => p.Planned), Plans.Sum(p => p.Held), Plans.Sum(p => p.Late), Plans.Sum(p => p.Pending), Plans.Count(p => p.HasPlan) > 0);
}

/// <summary>The headline figures of a period.</summary>
public sealed record Totals(
    int Conferences,
    int ItemizedOpinions,
    int ItemizedPetitions,
    int UnitemizedOpinions,
    int UnitemizedPetitions,
    int FollowUps,
    int Done,
    int Overdue,
    int WithDeadlineDecided,
    int OnTime)
{
    /// <summary>Opinions and petitions raised: the itemized rows and the counts the minutes give without rows.</summary>
    public int Raised => ItemizedOpinions + ItemizedPetitions + UnitemizedOpinions + UnitemizedPetitions;

    /// <summary>Share of followed-up items no longer open (resolved, explained or closed), in per cent; null with none.</summary>
    public double? ResolutionRate => FollowUps == 0 ? null : Math.Round(100.0 * Done / FollowUps, 1);

    /// <summary>Share done on time among items with a deadline that are done or already late, in per cent.</summary>
    public double? OnTimeRate => OnTimeRateOf(WithDeadlineDecided, OnTime);

    /// <summary>The one formula of the on-time share, for the totals and for each unit's row.</summary>
    public static double? OnTimeRateOf(int withDeadlineDecided, int onTime) =>
        withDeadlineDecided == 0 ? null : Math.Round(100.0 * onTime / withDeadlineDecided, 1);
}

public sealed record KindCount(ConferenceKind Kind, int Count);

public sealed record PetitionKindCount(PetitionKind Kind, int Count);

public sealed record TopicCount(string Topic, int Count);

public sealed record StateCount(FollowUpState State, int Count);

public sealed record UnitFigures(int UnitId, string Name, bool IsFocusItself, int Conferences, int Dialogues, int Opinions, int Petitions,
    int Unitemized, int FollowUps, int Done, int Overdue)
{
    public int Raised => Opinions + Petitions + Unitemized;
}

public sealed record OverdueLine(int Id, string Content, string? Responsible, DateOnly Deadline, FollowUpState State, string Unit, int DaysLate);

public sealed record PlanFigures(int UnitId, string Name, int Planned, int Held, int Late, int Pending, bool HasPlan);

/// <summary>One petition in the drill-down list behind a topic or kind count.</summary>
public sealed record PetitionLine(int ConferenceId, string ConferenceTitle, ConferenceWhen When, string Unit, PetitionKind Kind, string? Topic, string Content);

/// <summary>What the period picker partial needs: where it submits, the choice made and the units to choose from.</summary>
public sealed record PeriodPickerModel(string Action, PeriodInput Input, ReportingPeriod Period, IReadOnlyList<ScopeUnit> Units, int FocusId)
{
    public int RootDepth => Units.Count == 0 ? 0 : Units.Min(u => UnitPath.Depth(u.Path));
}
