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
/// back, and they are rolled up to the units one level below the chosen one. One file per thing a user looks at:
/// the dashboard (here), the counts read from the kept figures (<c>.Counts</c>), the plans (<c>.Plans</c>) and the
/// opinions and petitions behind a count (<c>.Petitions</c>).
/// </summary>
public sealed partial class DashboardService(AppDbContext db, TimeProvider clock)
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
    /// A conference announced for a later day is not held yet and does not choose the year.
    /// </summary>
    public async Task<int?> LatestYearWithDataAsync(UserScope scope, IReadOnlyList<ScopeUnit> units, int? unitId)
    {
        if (FocusOf(scope, units, unitId) is not { } focus) return null;
        var ids = units.Where(u => UnitPath.IsWithin(u.Path, focus.Path)).Select(u => u.Id).ToList();
        var today = Today;
        var latest = await db.ConferenceFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn <= today)
            .MaxAsync(f => (DateOnly?)f.HeldOn);
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
            .Where(t => t.Count > 0) // a topic row may hold only judged items (ADR 0022)
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

        var totals = TotalsOf(raw);
        var verdicts = await VerdictsAsync(ids, period, raw, rowOf, byUnit, totals, topicNames);

        return new DashboardFigures(period, focus, today, totals, previousTotals, previous,
            Enum.GetValues<ConferenceKind>().Select(k => new KindCount(k, raw.Conferences.Sum(c => c.OfKind(k)))).ToList(),
            byUnit,
            Enum.GetValues<PetitionKind>().Select(k => new PetitionKindCount(k, raw.Conferences.Sum(c => c.Of(k)))).ToList(),
            topTopics,
            Enum.GetValues<FollowUpState>().Select(s => new StateCount(s, raw.Conferences.Sum(c => c.In(s)))).ToList(),
            overdue.Select(o => new OverdueLine(o.Id, o.Content, o.Responsible, o.Deadline, o.State, names.GetValueOrDefault(o.UnitId, ""),
                today.DayNumber - o.Deadline.DayNumber)).ToList(),
            planYear, planRows, verdicts);
    }

    public const string NoTopic = "Chưa phân loại";

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
            var ids = UnitPath.Ids(u.Path);
            return ids.Count > depth ? ids[depth] : focus.Id;
        });
    }
}
