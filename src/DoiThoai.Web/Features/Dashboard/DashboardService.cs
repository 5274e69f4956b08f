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

    /// <summary>Open states, from the one rule of what is open (<see cref="Deadlines.IsOpen"/>).</summary>
    private static readonly FollowUpState[] OpenStates = Enum.GetValues<FollowUpState>().Where(Deadlines.IsOpen).ToArray();

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

    public async Task<DashboardFigures?> FiguresAsync(UserScope scope, ReportingPeriod period, int? unitId, bool withPrevious = true)
    {
        var units = await UnitsAsync(scope);
        if (FocusOf(scope, units, unitId) is not { } focus) return null;
        var today = Today;
        var subtree = units.Where(u => UnitPath.IsWithin(u.Path, focus.Path)).ToList();
        var ids = subtree.Select(u => u.Id).ToList();
        var rowKeys = RowKeys(focus, subtree);
        int rowOf(int id) => rowKeys.TryGetValue(id, out var row) ? row : focus.Id;

        var raw = await RawAsync(ids, period, today, withTopics: true);
        var previous = withPrevious ? period.Previous() : null;
        // The previous period only gives totals: the same cheap queries, without the topic breakdown.
        var previousTotals = previous is null ? null : TotalsOf(await RawAsync(ids, previous, today, withTopics: false));

        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = subtree.Where(u => u.ParentId == focus.Id).Select(u => u.Id).Prepend(focus.Id).ToList();
        var byUnit = rows.Select(rowId =>
        {
            var c = raw.Conferences.Where(x => rowOf(x.UnitId) == rowId).ToList();
            var p = raw.Petitions.Where(x => rowOf(x.UnitId) == rowId).ToList();
            var f = raw.FollowUps.Where(x => rowOf(x.UnitId) == rowId).ToList();
            return new UnitFigures(rowId, rowId == focus.Id ? $"{focus.Name} (trực tiếp tổ chức)" : names[rowId], rowId == focus.Id,
                c.Sum(x => x.Count), c.Where(x => x.Kind == ConferenceKind.Dialogue).Sum(x => x.Count),
                p.Sum(x => x.Opinions), p.Sum(x => x.NotOpinions),
                c.Sum(x => x.UnitemizedOpinions + x.UnitemizedPetitions),
                f.Sum(x => x.Count), f.Where(x => !Deadlines.IsOpen(x.State)).Sum(x => x.Count), f.Sum(OverdueOf));
        }).Where(u => !u.IsFocusItself || u.Conferences > 0 || u.FollowUps > 0).ToList();

        var topicIds = raw.Topics.Where(p => p.TopicId is not null).Select(p => p.TopicId!.Value).Distinct().ToList();
        var topicNames = await db.Topics.AsNoTracking().IgnoreQueryFilters().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
        var topTopics = raw.Topics
            .GroupBy(p => p.TopicId is { } id ? topicNames.GetValueOrDefault(id, NoTopic) : NoTopic)
            .Select(g => new TopicCount(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(TopTopicCount).ToList();

        var overdue = await ConferencesOf(ids, period).Join(ContentItems, c => c.Id, f => f.ConferenceId, (c, f) => f)
            .Where(f => OpenStates.Contains(f.State) && f.Deadline < today)
            .OrderBy(f => f.Deadline).ThenBy(f => f.Id).Take(OverdueListSize)
            .Select(f => new
            {
                f.Id, Content = f.ContentText ?? (f.Petition != null ? f.Petition.Content : f.ConclusionItem!.Content), Responsible = f.ResponsibleOrganization!.Name,
                Deadline = f.Deadline!.Value, f.State, f.UnitId,
            }).ToListAsync();

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
            Enum.GetValues<ConferenceKind>().Select(k => new KindCount(k, raw.Conferences.Where(c => c.Kind == k).Sum(c => c.Count))).ToList(),
            byUnit,
            Enum.GetValues<PetitionKind>().Select(k => new PetitionKindCount(k, raw.Petitions.Sum(p => p.Of(k)))).ToList(),
            topTopics,
            Enum.GetValues<FollowUpState>().Select(s => new StateCount(s, raw.FollowUps.Where(f => f.State == s).Sum(f => f.Count))).ToList(),
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

    private IQueryable<Conference> ConferencesOf(IReadOnlyList<int> unitIds, ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return db.Conferences.AsNoTracking().Where(c => unitIds.Contains(c.UnitId) && c.HeldOn >= from && c.HeldOn <= to);
    }

    private sealed record ConferenceGroup(int UnitId, ConferenceKind Kind, int Count, int UnitemizedOpinions, int UnitemizedPetitions);

    /// <summary>A unit's itemized opinions and petitions, one count per kind.</summary>
    private sealed record PetitionGroup(int UnitId, int Opinions, int Petitions, int Proposals, int Questions)
    {
        public int NotOpinions => Petitions + Proposals + Questions;

        public int Of(PetitionKind kind) => kind switch
        {
            PetitionKind.Opinion => Opinions, PetitionKind.Petition => Petitions, PetitionKind.Proposal => Proposals, _ => Questions,
        };
    }

    private sealed record TopicGroup(int? TopicId, int Count);

    /// <summary>A unit's items in one state: how many, how many past their deadline, with a deadline, and closed after it.</summary>
    private sealed record FollowUpGroup(int UnitId, FollowUpState State, int Count, int PastDeadline, int WithDeadline, int ClosedLate);
    /// <summary>Followed-up items counted as content items: a split petition counts each item, a merged item counts once (in the item it joined).</summary>
    private IQueryable<FollowUpItem> ContentItems => db.FollowUps.Where(f => f.MergedIntoId == null);

    private sealed record Raw(List<ConferenceGroup> Conferences, List<PetitionGroup> Petitions, List<TopicGroup> Topics, List<FollowUpGroup> FollowUps);
    private sealed record PlanGroup(int UnitId, bool Held, bool Late, int Count);
    private sealed record PlanRaw(List<PlanGroup> Entries, List<int> UnitsWithPlan);

    /// <summary>
    /// Closed late: the Vietnam date (UTC+7, no daylight saving) of closing falls after the deadline day, that is
    /// the item was closed on a later UTC day, or on the deadline day at 17:00 UTC or after. Written on the UTC
    /// value itself because adding 7 hours in SQL (a string rewrite on SQLite) cost more than the whole count.
    /// </summary>
    private const int LateFromHourUtc = 17;

    /// <summary>
    /// The period's figures, grouped by the conference's unit. Counts by kind and state are conditional counts in
    /// the same pass, so the database walks each covering index once and, grouping by the unit the conferences are
    /// read in, needs no sort; only the topic breakdown (current period only) sorts.
    /// </summary>
    private async Task<Raw> RawAsync(IReadOnlyList<int> ids, ReportingPeriod period, DateOnly today, bool withTopics)
    {
        var conferences = ConferencesOf(ids, period);
        var c = await conferences.GroupBy(x => new { x.UnitId, x.Kind })
            .Select(g => new ConferenceGroup(g.Key.UnitId, g.Key.Kind, g.Count(), g.Sum(x => x.UnitemizedOpinionCount), g.Sum(x => x.UnitemizedPetitionCount)))
            .ToListAsync();
        // The conference's unit, not the petition's copy of it: the petition index then covers the join.
        var petitions = conferences.Join(db.Petitions, x => x.Id, x => x.ConferenceId, (x, p) => new { x.UnitId, p.Kind, p.TopicId });
        var p = await petitions.GroupBy(x => x.UnitId)
            .Select(g => new PetitionGroup(g.Key, g.Count(x => x.Kind == PetitionKind.Opinion), g.Count(x => x.Kind == PetitionKind.Petition),
                g.Count(x => x.Kind == PetitionKind.Proposal), g.Count(x => x.Kind == PetitionKind.Question)))
            .ToListAsync();
        var t = withTopics
            ? await petitions.GroupBy(x => x.TopicId).Select(g => new TopicGroup(g.Key, g.Count())).ToListAsync()
            : [];
        var f = await conferences.Join(ContentItems, x => x.Id, x => x.ConferenceId, (x, i) => new { x.UnitId, i.State, i.Deadline, i.ClosedAtUtc })
            .GroupBy(x => new { x.UnitId, x.State })
            .Select(g => new FollowUpGroup(g.Key.UnitId, g.Key.State, g.Count(), g.Count(x => x.Deadline < today), g.Count(x => x.Deadline != null),
                g.Count(x => x.ClosedAtUtc != null && (DateOnly.FromDateTime(x.ClosedAtUtc.Value) > x.Deadline
                    || (DateOnly.FromDateTime(x.ClosedAtUtc.Value) == x.Deadline && x.ClosedAtUtc.Value.Hour >= LateFromHourUtc)))))
            .ToListAsync();
        return new Raw(c, p, t, f);
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

    private static int OverdueOf(FollowUpGroup g) => Deadlines.IsOpen(g.State) ? g.PastDeadline : 0;

    private static Totals TotalsOf(Raw raw)
    {
        var done = raw.FollowUps.Where(f => !Deadlines.IsOpen(f.State)).ToList();
        var overdue = raw.FollowUps.Sum(OverdueOf);
        var doneWithDeadline = done.Sum(f => f.WithDeadline);
        return new Totals(
            raw.Conferences.Sum(c => c.Count),
            raw.Petitions.Sum(p => p.Opinions),
            raw.Petitions.Sum(p => p.NotOpinions),
            raw.Conferences.Sum(c => c.UnitemizedOpinions),
            raw.Conferences.Sum(c => c.UnitemizedPetitions),
            raw.FollowUps.Sum(f => f.Count),
            done.Sum(f => f.Count),
            overdue,
            doneWithDeadline + overdue,
            doneWithDeadline - done.Sum(f => f.ClosedLate));
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
