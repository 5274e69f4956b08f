using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Plans;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>
/// The figures of dashboards and reports. Every count is a GROUP BY in the database over the period's
/// conferences of the chosen unit's subtree; only the grouped rows (a few per unit, kind or state) come
/// back, and they are rolled up to the units one level below the chosen one.
/// </summary>
public sealed class DashboardService(AppDbContext db, TimeProvider clock)
{
    public const int TopTopicCount = 10;
    public const int OverdueListSize = 20;

    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The units of the user's scope, in tree order, named with their kind.</summary>
    public async Task<IReadOnlyList<ScopeUnit>> UnitsAsync(UserScope scope) =>
        (await db.Units.AsNoTracking().InScope(scope).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Kind, u.Name, u.Path, u.ParentId }).ToListAsync())
        .Select(u => new ScopeUnit(u.Id, $"{u.Kind.Label()} {u.Name}", u.Path, u.ParentId)).ToList();

    /// <summary>The unit a dashboard looks at: the one asked for when it lies in scope, else the user's own unit.</summary>
    public static ScopeUnit? FocusOf(UserScope scope, IReadOnlyList<ScopeUnit> units, int? unitId) =>
        (unitId is { } id ? units.FirstOrDefault(u => u.Id == id) : null)
        ?? units.FirstOrDefault(u => u.Id == scope.UnitId)
        ?? units.FirstOrDefault();

    /// <summary>
    /// The latest year in which the chosen unit's subtree held a conference, or null when it held none: one MAX
    /// over the per-conference figures, so a dashboard opened without a period shows data rather than an empty year.
    /// </summary>
    public async Task<int?> LatestYearWithDataAsync(UserScope scope, IReadOnlyList<ScopeUnit> units, int? unitId)
    {
        if (FocusOf(scope, units, unitId) is not { } focus) return null;
        var ids = units.Where(u => UnitPath.IsWithin(u.Path, focus.Path)).Select(u => u.Id).ToList();
        var latest = await db.ConferenceFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId)).MaxAsync(f => (DateOnly?)f.HeldOn);
        return latest?.Year;
    }

    /// <param name="units">The scope's units when the caller has read them already (<see cref="UnitsAsync"/>).</param>
    public async Task<DashboardFigures?> FiguresAsync(UserScope scope, ReportingPeriod period, int? unitId,
        IReadOnlyList<ScopeUnit>? units = null)
    {
        units ??= await UnitsAsync(scope);
        if (FocusOf(scope, units, unitId) is not { } focus) return null;
        var today = Today;
        var subtree = units.Where(u => UnitPath.IsWithin(u.Path, focus.Path)).ToList();
        var ids = subtree.Select(u => u.Id).ToList();
        var rowKeys = RowKeys(focus, subtree);
        int rowOf(int id) => rowKeys.TryGetValue(id, out var row) ? row : focus.Id;

        var raw = await RawAsync(ids, period, today, withTopics: true);
        var previous = period.Previous();
        // The previous period only gives totals: the same cheap queries, without the topic breakdown.
        var previousTotals = previous is null ? null : TotalsOf(await RawAsync(ids, previous, today, withTopics: false));

        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = subtree.Where(u => u.ParentId == focus.Id).Select(u => u.Id).Prepend(focus.Id).ToList();
        var byUnit = rows.Select(rowId =>
        {
            var c = raw.Conferences.Where(x => rowOf(x.UnitId) == rowId).ToList();
            return new UnitFigures(rowId, rowId == focus.Id ? $"{focus.Name} (trực tiếp tổ chức)" : names[rowId], rowId == focus.Id,
                c.Sum(x => x.Conferences), c.Sum(x => x.OfKind(ConferenceKind.Dialogue)),
                c.Sum(x => x.Opinions), c.Sum(x => x.NotOpinions), c.Sum(x => x.UnitemizedOpinions + x.UnitemizedPetitions),
                c.Sum(x => x.Items), c.Sum(x => x.Done), c.Sum(x => x.Overdue) + raw.OverdueNearDeadline.Where(x => rowOf(x.UnitId) == rowId).Sum(x => x.Count));
        }).Where(u => !u.IsFocusItself || u.Conferences > 0 || u.FollowUps > 0).ToList();

        var topicIds = raw.Topics.Where(p => p.TopicId is not null).Select(p => p.TopicId!.Value).Distinct().ToList();
        var topicNames = await db.Topics.AsNoTracking().IgnoreQueryFilters().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
        var topTopics = raw.Topics
            .GroupBy(p => p.TopicId is { } id ? topicNames.GetValueOrDefault(id, NoTopic) : NoTopic)
            .Select(g => new TopicCount(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(TopTopicCount).ToList();

        var overdue = await OverdueListAsync(ids, period, today);

        var planYear = period.From.Year;
        var plans = await PlansAsync(ids, planYear, today);
        var planRows = rows.Select(rowId =>
        {
            var p = plans.Entries.Where(x => rowOf(x.UnitId) == rowId).ToList();
            return new PlanFigures(rowId, rowId == focus.Id ? $"{focus.Name} (trực tiếp)" : names[rowId],
                p.Sum(x => x.Count), p.Where(x => x.Held).Sum(x => x.Count), p.Where(x => x.Late).Sum(x => x.Count),
                p.Where(x => !x.Held && !x.Late).Sum(x => x.Count), plans.UnitsWithPlan.Any(u => rowOf(u) == rowId));
        }).Where(p => p.UnitId != focus.Id || p.HasPlan).ToList();

        return new DashboardFigures(period, focus, today, TotalsOf(raw), previousTotals, previous,
            Enum.GetValues<ConferenceKind>().Select(k => new KindCount(k, raw.Conferences.Sum(c => c.OfKind(k)))).ToList(),
            byUnit,
            Enum.GetValues<PetitionKind>().Select(k => new PetitionKindCount(k, raw.Conferences.Sum(c => c.Of(k)))).ToList(),
            topTopics,
            Enum.GetValues<FollowUpState>().Select(s => new StateCount(s, raw.Conferences.Sum(c => c.In(s)))).ToList(),
            overdue.Select(o => new OverdueLine(o.Id, o.Content, o.Responsible, o.Deadline, o.State, names.GetValueOrDefault(o.UnitId, ""),
                today.DayNumber - o.Deadline.DayNumber)).ToList(),
            planYear, planRows);
    }

    public const string NoTopic = "Chưa phân loại";

    /// <summary>The itemized opinions and petitions behind a count, one page at a time.</summary>
    public async Task<PagedList<PetitionLine>> PetitionsAsync(IReadOnlyList<int> unitIds, ReportingPeriod period, PetitionKind? kind, string? topic, bool petitionsOnly, int page)
    {
        var query = ConferencesOf(unitIds, period).SelectMany(c => c.Petitions);
        if (kind is { } k) query = query.Where(p => p.Kind == k);
        else if (petitionsOnly) query = query.Where(p => p.Kind != PetitionKind.Opinion);
        if (topic == NoTopic) query = query.Where(p => p.TopicId == null);
        else if (!string.IsNullOrEmpty(topic)) query = query.Where(p => p.Topic!.Name == topic);
        return await PagedList<PetitionLine>.CreateAsync(query.AsNoTracking()
            .OrderByDescending(p => p.Conference!.HeldOn).ThenBy(p => p.ConferenceId).ThenBy(p => p.Order)
            .Select(p => new PetitionLine(p.ConferenceId, p.Conference!.Title, p.Conference.HeldOn, p.Conference.Unit!.Name, p.Kind, p.Topic!.Name, p.Content)), page);
    }

    /// <summary>
    /// The longest overdue items. Every conference with an overdue item holds one due on its earliest open deadline, so
    /// the twentieth earliest of those deadlines bounds the list: only the conferences whose earliest open deadline is
    /// not later hold items that can be in it, and only their items are read.
    /// </summary>
    private async Task<List<OverdueRow>> OverdueListAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today)
    {
        var withOverdue = FiguresOf(ids, period).Where(f => f.EarliestOpenDeadline < today);
        var bound = await withOverdue.OrderBy(f => f.EarliestOpenDeadline).Select(f => f.EarliestOpenDeadline)
            .Skip(OverdueListSize - 1).FirstOrDefaultAsync() ?? today;
        return await withOverdue.Where(f => f.EarliestOpenDeadline <= bound)
            .Join(ContentItems, f => f.ConferenceId, f => f.ConferenceId, (c, f) => f)
            .Where(f => Deadlines.OpenStates.Contains(f.State) && f.Deadline < today)
            .OrderBy(f => f.Deadline).ThenBy(f => f.Id).Take(OverdueListSize)
            .Select(f => new OverdueRow(f.Id, FollowUpItem.ContentOf(f),
                f.ResponsibleOrganization!.Name, f.Deadline!.Value, f.State, f.UnitId))
            .ToListAsync();
    }

    private sealed record OverdueRow(int Id, string Content, string? Responsible, DateOnly Deadline, FollowUpState State, int UnitId);

    private IQueryable<ConferenceFigures> FiguresOf(IReadOnlyList<int> ids, ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return db.ConferenceFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn >= from && f.HeldOn <= to);
    }

    private IQueryable<Conference> ConferencesOf(IReadOnlyList<int> unitIds, ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return db.Conferences.AsNoTracking().Where(c => unitIds.Contains(c.UnitId) && c.HeldOn >= from && c.HeldOn <= to);
    }

    /// <summary>
    /// The summed <see cref="ConferenceFigures"/> of a unit's conferences. <c>Overdue</c> counts the open
    /// items with a deadline of conferences whose every open deadline has passed; the others are counted item by item.
    /// </summary>
    private sealed record ConferenceGroup(int UnitId, int Dialogues, int Briefings, int WorkingSessions, int Contacts, int UnitemizedOpinions, int UnitemizedPetitions,
        int Opinions, int Petitions, int Proposals, int Questions,
        int New, int Assigned, int InProgress, int Resolved, int Explained, int Transferred, int Closed,
        int DoneWithDeadline, int DoneLate, int Overdue)
    {
        public int Conferences => Dialogues + Briefings + WorkingSessions + Contacts;
        public int NotOpinions => Petitions + Proposals + Questions;
        public int Items => Enum.GetValues<FollowUpState>().Sum(In);
        public int Done => Enum.GetValues<FollowUpState>().Where(s => !Deadlines.IsOpen(s)).Sum(In);

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

    private sealed record TopicGroup(int? TopicId, int Count);
    private sealed record UnitCount(int UnitId, int Count);

    /// <summary>Followed-up items counted as content items: a split petition counts each item, a merged item counts once (in the item it joined).</summary>
    private IQueryable<FollowUpItem> ContentItems => db.FollowUps.Where(f => f.MergedIntoId == null);

    private sealed record Raw(List<ConferenceGroup> Conferences, List<TopicGroup> Topics, List<UnitCount> OverdueNearDeadline);
    private sealed record PlanGroup(int UnitId, bool Held, bool Late, int Count);
    private sealed record PlanRaw(List<PlanGroup> Entries, List<int> UnitsWithPlan);

    /// <summary>
    /// The period's figures, grouped by the conference's unit, read from the per-conference figures (one row per
    /// conference) rather than from the opinions and items themselves. Only overdue depends on today: a conference
    /// whose latest open deadline has passed counts all its open items with a deadline, and only the items of
    /// conferences with a deadline still to come are looked at one by one.
    /// </summary>
    private async Task<Raw> RawAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today, bool withTopics)
    {
        var figures = FiguresOf(ids, period);
        // Grouped by the unit alone, the order the index gives them in, so the database needs no sort.
        var c = await figures.GroupBy(f => f.UnitId)
            .Select(g => new ConferenceGroup(g.Key, g.Count(f => f.Kind == ConferenceKind.Dialogue), g.Count(f => f.Kind == ConferenceKind.Briefing),
                g.Count(f => f.Kind == ConferenceKind.WorkingSession), g.Count(f => f.Kind == ConferenceKind.Contact), g.Sum(f => f.UnitemizedOpinions), g.Sum(f => f.UnitemizedPetitions),
                g.Sum(f => f.Opinions), g.Sum(f => f.Petitions), g.Sum(f => f.Proposals), g.Sum(f => f.Questions),
                g.Sum(f => f.ItemsNew), g.Sum(f => f.ItemsAssigned), g.Sum(f => f.ItemsInProgress), g.Sum(f => f.ItemsResolved),
                g.Sum(f => f.ItemsExplained), g.Sum(f => f.ItemsTransferred), g.Sum(f => f.ItemsClosed),
                g.Sum(f => f.DoneWithDeadline), g.Sum(f => f.DoneLate),
                g.Sum(f => f.LatestOpenDeadline < today ? f.OpenWithDeadline : 0)))
            .ToListAsync();
        var t = withTopics
            ? await db.ConferenceTopicFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn >= period.From && f.HeldOn <= period.To)
                .GroupBy(f => f.TopicId).Select(g => new TopicGroup(g.Key, g.Sum(f => f.Count))).ToListAsync()
            : [];
        var near = await figures.Where(f => f.LatestOpenDeadline >= today)
            .Join(ContentItems.Where(i => Deadlines.OpenStates.Contains(i.State) && i.Deadline < today), f => f.ConferenceId, i => i.ConferenceId, (f, i) => f.UnitId)
            .GroupBy(unitId => unitId).Select(g => new UnitCount(g.Key, g.Count())).ToListAsync();
        return new Raw(c, t, near);
    }

    private async Task<PlanRaw> PlansAsync(IReadOnlyList<int> ids, int year, DateOnly today)
    {
        var lateBefore = PlanSchedule.LateBefore(today);
        var yearBase = PlanSchedule.MonthNumber(year, 0);
        var entries = await db.PlanEntries.AsNoTracking().Where(e => ids.Contains(e.UnitId) && e.Plan!.Year == year)
            .GroupBy(e => new { e.UnitId, Held = e.ConferenceId != null, Late = e.ConferenceId == null && yearBase + e.Month < lateBefore })
            .Select(g => new PlanGroup(g.Key.UnitId, g.Key.Held, g.Key.Late, g.Count())).ToListAsync();
        var withPlan = await db.DialoguePlans.AsNoTracking().Where(p => ids.Contains(p.UnitId) && p.Year == year).Select(p => p.UnitId).ToListAsync();
        return new PlanRaw(entries, withPlan);
    }

    private static Totals TotalsOf(Raw raw)
    {
        var c = raw.Conferences;
        var overdue = c.Sum(x => x.Overdue) + raw.OverdueNearDeadline.Sum(x => x.Count);
        var doneWithDeadline = c.Sum(x => x.DoneWithDeadline);
        return new Totals(
            c.Sum(x => x.Conferences),
            c.Sum(x => x.Opinions),
            c.Sum(x => x.NotOpinions),
            c.Sum(x => x.UnitemizedOpinions),
            c.Sum(x => x.UnitemizedPetitions),
            c.Sum(x => x.Items),
            c.Sum(x => x.Done),
            overdue,
            doneWithDeadline + overdue,
            doneWithDeadline - c.Sum(x => x.DoneLate));
    }

    /// <summary>Maps each unit of the subtree to the row it is counted in: its ancestor one level below the focus, or the focus itself.</summary>
    private static Dictionary<int, int> RowKeys(ScopeUnit focus, IReadOnlyList<ScopeUnit> subtree)
    {
        var depth = UnitPath.Depth(focus.Path);
        return subtree.ToDictionary(u => u.Id, u =>
        {
            if (u.Id == focus.Id) return focus.Id;
            var segments = u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length > depth ? int.Parse(segments[depth]) : focus.Id;
        });
    }
}
