using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The counts of a period, read from the per-conference figures, and the longest overdue items.</summary>
public sealed partial class DashboardService
{
    /// <summary>
    /// The longest overdue items. Every conference with an overdue item holds one due on its earliest open deadline, so
    /// the twentieth earliest of those deadlines bounds the list: only the conferences whose earliest open deadline is
    /// not later hold items that can be in it, and only their items are read.
    /// </summary>
    private async Task<List<OverdueRow>> OverdueListAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today)
    {
        var conferences = await EarliestOverdueWalkAsync(ids, period, today) ?? await EarliestOverdueSeekAsync(ids, period, today);
        return await ContentItems.Where(f => conferences.Contains(f.ConferenceId))
            .Where(f => FollowUpStateMachine.OpenStates.Contains(f.State) && f.Deadline < today)
            .OrderBy(f => f.Deadline).ThenBy(f => f.Id).Take(OverdueListSize)
            .Select(f => new OverdueRow(f.Id, FollowUpItem.ContentOf(f),
                f.ResponsibleOrganization!.Name, f.Deadline!.Value, f.State, f.UnitId))
            .ToListAsync();
    }

    /// <summary>How many overdue conferences of the whole database the walk reads before it leaves the choice to the seek.</summary>
    internal int OverdueWalkLimit { get; init; } = 2_000;

    /// <summary>
    /// The conferences that can hold the longest overdue items, found by walking every overdue conference in order of
    /// earliest open deadline and keeping those of the scope and period, up to the twentieth and its ties. A wide scope
    /// over many years finds them among the first few; a narrow one, or a recent period whose older years are full of
    /// overdue items, would walk far, so past <see cref="OverdueWalkLimit"/> it returns null and the seek answers.
    /// </summary>
    private async Task<List<int>?> EarliestOverdueWalkAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today)
    {
        var inScope = ids.ToHashSet();
        var found = new List<int>();
        DateOnly? bound = null;
        var walked = 0;
        var overdueInOrder = db.ConferenceFigures.AsNoTracking().Where(f => f.EarliestOpenDeadline < today)
            .OrderBy(f => f.EarliestOpenDeadline).Select(f => new { f.ConferenceId, f.UnitId, f.HeldOn, f.EarliestOpenDeadline });
        await foreach (var f in overdueInOrder.AsAsyncEnumerable())
        {
            if (f.EarliestOpenDeadline > bound) break;
            if (++walked > OverdueWalkLimit) return null;
            if (!inScope.Contains(f.UnitId) || f.HeldOn < period.From || f.HeldOn > period.To) continue;
            found.Add(f.ConferenceId);
            if (found.Count == OverdueListSize) bound = f.EarliestOpenDeadline;
        }
        return found;
    }

    /// <summary>The same conferences, sought unit by unit in the period and sorted: cheap when the scope's period holds few.</summary>
    private async Task<List<int>> EarliestOverdueSeekAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today)
    {
        var withOverdue = FiguresOf(ids, period).Where(f => f.EarliestOpenDeadline < today);
        var bound = await withOverdue.OrderBy(f => f.EarliestOpenDeadline).Select(f => f.EarliestOpenDeadline)
            .Skip(OverdueListSize - 1).FirstOrDefaultAsync() ?? today;
        return await withOverdue.Where(f => f.EarliestOpenDeadline <= bound).Select(f => f.ConferenceId).ToListAsync();
    }

    private sealed record OverdueRow(int Id, string Content, string? Responsible, DateOnly Deadline, FollowUpState State, int UnitId);

    private IQueryable<ConferenceFigures> FiguresOf(IReadOnlyList<int> ids, ReportingPeriod period) => FiguresIn(ids, period.From, period.To);

    private IQueryable<ConferenceFigures> FiguresIn(IReadOnlyList<int> ids, DateOnly from, DateOnly to) =>
        db.ConferenceFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn >= from && f.HeldOn <= to);

    /// <summary>
    /// The summed <see cref="ConferenceFigures"/> of a unit's conferences. <c>Overdue</c> counts the open
    /// items with a deadline of conferences whose every open deadline has passed; the others are counted item by item.
    /// </summary>
    private sealed record ConferenceGroup(int UnitId, int Dialogues, int Briefings, int WorkingSessions, int Contacts, int UnitemizedOpinions, int UnitemizedPetitions,
        int Opinions, int Petitions, int Proposals, int Questions,
        int New, int Assigned, int InProgress, int Resolved, int Explained, int Transferred, int Closed,
        int DoneWithDeadline, int DoneLate, int Overdue, int Judged, int Settled)
    {
        public int Conferences => Dialogues + Briefings + WorkingSessions + Contacts;
        public int NotOpinions => Petitions + Proposals + Questions;
        public int Items => Enum.GetValues<FollowUpState>().Sum(In);
        public int Done => Enum.GetValues<FollowUpState>().Where(s => !FollowUpStateMachine.IsOpen(s)).Sum(In);

        public int OfKind(ConferenceKind kind) => kind switch
        {
            ConferenceKind.Dialogue => Dialogues, ConferenceKind.Briefing => Briefings, ConferenceKind.WorkingSession => WorkingSessions, _ => Contacts,
        };

        public int Of(PetitionKind kind) => kind switch
        {
            PetitionKind.Opinion => Opinions, PetitionKind.Petition => Petitions, PetitionKind.Proposal => Proposals, _ => Questions,
        };

        public int In(FollowUpState state) => state switch
        {
            FollowUpState.New => New, FollowUpState.Assigned => Assigned, FollowUpState.InProgress => InProgress,
            FollowUpState.Resolved => Resolved, FollowUpState.Explained => Explained, FollowUpState.Transferred => Transferred,
            _ => Closed,
        };
    }

    private sealed record TopicGroup(int? TopicId, int Count, int Judged, int Settled);
    private sealed record UnitCount(int UnitId, int Count);

    /// <summary>Followed-up items counted as content items: a split petition counts each item, a merged item counts once (in the item it joined).</summary>
    private IQueryable<FollowUpItem> ContentItems => db.FollowUps.Where(f => f.MergedIntoId == null);

    private sealed record Raw(List<ConferenceGroup> Conferences, List<TopicGroup> Topics, List<UnitCount> OverdueNearDeadline);

    /// <summary>
    /// The period's figures, grouped by the conference's unit: whole months from the per-unit, per-month figures and
    /// the days before and after them from the per-conference figures, so a ten-year review adds up a row per unit and
    /// month. Only overdue depends on today: a conference whose latest open deadline has passed counts all its open
    /// items with a deadline, and only the items of conferences with a deadline still to come are looked at one by one
    /// (a month's row counts all its open items with a deadline, so those conferences' are taken away from it).
    /// </summary>
    private async Task<Raw> RawAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today, bool withTopics)
    {
        var figures = FiguresOf(ids, period);
        var parts = PeriodParts.Of(period);
        var months = parts.Months;
        var (first, end) = months ?? (DateOnly.MaxValue, DateOnly.MaxValue);
        var monthRows = db.UnitMonthFigures.AsNoTracking().Where(m => ids.Contains(m.UnitId) && m.Month >= first && m.Month < end);

        // Grouped by the unit alone, the order the indexes give them in, so the database needs no sort.
        var c = new List<ConferenceGroup>();
        foreach (var (from, to) in parts.Edges)
            c.AddRange(await FiguresIn(ids, from, to).GroupBy(f => f.UnitId)
                .Select(g => new ConferenceGroup(g.Key, g.Count(f => f.Kind == ConferenceKind.Dialogue), g.Count(f => f.Kind == ConferenceKind.Briefing),
                    g.Count(f => f.Kind == ConferenceKind.WorkingSession), g.Count(f => f.Kind == ConferenceKind.Contact), g.Sum(f => f.UnitemizedOpinions), g.Sum(f => f.UnitemizedPetitions),
                    g.Sum(f => f.Opinions), g.Sum(f => f.Petitions), g.Sum(f => f.Proposals), g.Sum(f => f.Questions),
                    g.Sum(f => f.ItemsNew), g.Sum(f => f.ItemsAssigned), g.Sum(f => f.ItemsInProgress), g.Sum(f => f.ItemsResolved),
                    g.Sum(f => f.ItemsExplained), g.Sum(f => f.ItemsTransferred), g.Sum(f => f.ItemsClosed),
                    g.Sum(f => f.DoneWithDeadline), g.Sum(f => f.DoneLate),
                    g.Sum(f => f.LatestOpenDeadline < today ? f.OpenWithDeadline : 0), g.Sum(f => f.Judged), g.Sum(f => f.Settled)))
                .ToListAsync());
        if (months is not null)
            c.AddRange(await monthRows.GroupBy(m => m.UnitId)
                .Select(g => new ConferenceGroup(g.Key, g.Sum(m => m.Dialogues), g.Sum(m => m.Briefings), g.Sum(m => m.WorkingSessions), g.Sum(m => m.Contacts),
                    g.Sum(m => m.UnitemizedOpinions), g.Sum(m => m.UnitemizedPetitions),
                    g.Sum(m => m.Opinions), g.Sum(m => m.Petitions), g.Sum(m => m.Proposals), g.Sum(m => m.Questions),
                    g.Sum(m => m.ItemsNew), g.Sum(m => m.ItemsAssigned), g.Sum(m => m.ItemsInProgress), g.Sum(m => m.ItemsResolved),
                    g.Sum(m => m.ItemsExplained), g.Sum(m => m.ItemsTransferred), g.Sum(m => m.ItemsClosed),
                    g.Sum(m => m.DoneWithDeadline), g.Sum(m => m.DoneLate), g.Sum(m => m.OpenWithDeadline), g.Sum(m => m.Judged), g.Sum(m => m.Settled)))
                .ToListAsync());

        var t = new List<TopicGroup>();
        if (withTopics)
        {
            foreach (var (from, to) in parts.Edges)
                t.AddRange(await db.ConferenceTopicFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn >= from && f.HeldOn <= to)
                    .GroupBy(f => f.TopicId).Select(g => new TopicGroup(g.Key, g.Sum(f => f.Count), g.Sum(f => f.Judged), g.Sum(f => f.Settled))).ToListAsync());
            if (parts.Years is var (firstYear, lastYear))
                t.AddRange(await db.UnitYearTopicFigures.AsNoTracking().Where(y => ids.Contains(y.UnitId) && y.Year >= firstYear && y.Year <= lastYear)
                    .GroupBy(y => y.TopicId).Select(g => new TopicGroup(g.Key, g.Sum(y => y.Count), g.Sum(y => y.Judged), g.Sum(y => y.Settled))).ToListAsync());
            foreach (var (from, to) in parts.MonthsOutsideYears)
                t.AddRange(await db.UnitMonthTopicFigures.AsNoTracking().Where(m => ids.Contains(m.UnitId) && m.Month >= from && m.Month < to)
                    .GroupBy(m => m.TopicId).Select(g => new TopicGroup(g.Key, g.Sum(m => m.Count), g.Sum(m => m.Judged), g.Sum(m => m.Settled))).ToListAsync());
        }

        // Conferences with a deadline still to come lie in the edges or in months whose latest deadline is to come
        // (usually the last few): the conferences before the first such day are not read.
        var upcomingFrom = months is null || period.From < first ? period.From
            : await monthRows.Where(m => m.LatestOpenDeadline >= today).MinAsync(m => (DateOnly?)m.Month) ?? end;
        var upcoming = figures.Where(f => f.LatestOpenDeadline >= today && f.HeldOn >= upcomingFrom);
        var near = await upcoming
            .Join(ContentItems.Where(i => FollowUpStateMachine.OpenStates.Contains(i.State) && i.Deadline < today), f => f.ConferenceId, i => i.ConferenceId, (f, i) => f.UnitId)
            .GroupBy(unitId => unitId).Select(g => new UnitCount(g.Key, g.Count())).ToListAsync();
        if (months is not null)
            near.AddRange(await upcoming.Where(f => f.HeldOn >= first && f.HeldOn < end)
                .GroupBy(f => f.UnitId).Select(g => new UnitCount(g.Key, -g.Sum(f => f.OpenWithDeadline))).ToListAsync());
        return new Raw(c, t, near);
    }

    /// <summary>
    /// A period as its whole months (<see cref="Months"/>: the first day of the first and of the month after the last,
    /// or null when it holds none), read from the month figures, and the days before and after them (<see cref="Edges"/>:
    /// none, one or two ranges of days, both ends included), read from the conference figures. Each edge is its own range
    /// of the (unit, day) indexes: one condition "before the first or after the last month" made the database read every
    /// conference of a ten-year period to find none.
    /// </summary>
    private sealed record PeriodParts((DateOnly First, DateOnly End)? Months, IReadOnlyList<(DateOnly From, DateOnly To)> Edges)
    {
        public static PeriodParts Of(ReportingPeriod period)
        {
            var first = period.From.Day == 1 ? period.From : UnitMonthFigures.MonthOf(period.From).AddMonths(1);
            var afterLast = period.To.AddDays(1);
            var end = afterLast.Day == 1 ? afterLast : UnitMonthFigures.MonthOf(period.To);
            if (first >= end) return new(null, [(period.From, period.To)]);
            var edges = new List<(DateOnly, DateOnly)>();
            if (period.From < first) edges.Add((period.From, first.AddDays(-1)));
            if (end <= period.To) edges.Add((end, period.To));
            return new((first, end), edges);
        }

        /// <summary>
        /// The whole years among the whole months (a ten-year review: a row per unit, year and topic rather than per
        /// month), or null when they hold none.
        /// </summary>
        public (int First, int Last)? Years => Months is var (first, end) && YearsFrom(first) <= end.Year - 1 ? (YearsFrom(first), end.Year - 1) : null;

        /// <summary>The whole months before and after <see cref="Years"/> (all of them when there is no whole year), each a range: first day, day after.</summary>
        public IReadOnlyList<(DateOnly From, DateOnly To)> MonthsOutsideYears => (Months, Years) switch
        {
            (null, _) => [],
            ({ } m, null) => [(m.First, m.End)],
            ({ } m, { } y) => new[] { (m.First, new DateOnly(y.First, 1, 1)), (new DateOnly(y.Last + 1, 1, 1), m.End) }.Where(r => r.Item1 < r.Item2).ToList(),
        };

        private static int YearsFrom(DateOnly firstMonth) => firstMonth.Month == 1 ? firstMonth.Year : firstMonth.Year + 1;
    }
}
