using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The share of answers their raisers judged settled, per unit, responsible body and topic (issue 18, ADR 0022).</summary>
public sealed partial class DashboardService
{
    public const string NoBody = "Chưa giao cơ quan chủ trì";

    /// <summary>
    /// The totals, the per-unit and the per-topic rows come from the grouped figures the dashboard has already read
    /// (<see cref="Raw"/>), the per-unit rows with the on-time share of the same figures. The per-body rows add up the
    /// figures kept per body (ADR 0024) the way <see cref="RawAsync"/> adds up the others: whole months from the
    /// per-unit, per-month rows, the days before and after them from the per-conference rows.
    /// </summary>
    private async Task<VerdictFigures> VerdictsAsync(IReadOnlyList<int> ids, ReportingPeriod period, Raw raw, Func<int, int> rowOf,
        IReadOnlyList<UnitFigures> byUnit, Totals totals, IReadOnlyDictionary<int, string> topicNames)
    {
        var total = new VerdictRow(null, "Tổng cộng", raw.Conferences.Sum(c => c.Judged), raw.Conferences.Sum(c => c.Settled), totals.OnTimeRate);
        var units = byUnit.Select(u =>
        {
            var c = raw.Conferences.Where(x => rowOf(x.UnitId) == u.UnitId).ToList();
            var doneWithDeadline = c.Sum(x => x.DoneWithDeadline);
            return new VerdictRow(u.UnitId, u.Name, c.Sum(x => x.Judged), c.Sum(x => x.Settled),
                Totals.OnTimeRateOf(doneWithDeadline + u.Overdue, doneWithDeadline - c.Sum(x => x.DoneLate)));
        }).ToList();
        if (total.Judged == 0) return new VerdictFigures(total, totals.OnTimeRate, units, [], []);

        var topics = RowsBy(raw.Topics.Where(t => t.Judged > 0).Select(t => (t.TopicId, t.Judged, t.Settled)),
            id => id is { } t ? topicNames.GetValueOrDefault(t, NoTopic) : NoTopic);
        var judged = await JudgedByBodyAsync(ids, period);
        var bodyIds = judged.Where(j => j.BodyId is not null).Select(j => j.BodyId!.Value).Distinct().ToList();
        var bodyNames = await db.Organizations.AsNoTracking().IgnoreQueryFilters().Where(o => bodyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var bodies = RowsBy(judged.Select(j => (j.BodyId, j.Judged, j.Settled)), id => id is { } b ? bodyNames.GetValueOrDefault(b, NoBody) : NoBody);
        return new VerdictFigures(total, totals.OnTimeRate, units, bodies, topics);
    }

    private sealed record BodyGroup(int? BodyId, int Judged, int Settled);

    private async Task<List<BodyGroup>> JudgedByBodyAsync(IReadOnlyList<int> ids, ReportingPeriod period)
    {
        var parts = PeriodParts.Of(period);
        var (first, end) = parts.Months ?? (DateOnly.MaxValue, DateOnly.MaxValue);
        var result = new List<BodyGroup>();
        foreach (var (from, to) in parts.Edges)
            result.AddRange(await db.ConferenceBodyFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.HeldOn >= from && f.HeldOn <= to)
                .GroupBy(f => f.ResponsibleOrganizationId).Select(g => new BodyGroup(g.Key, g.Sum(f => f.Judged), g.Sum(f => f.Settled))).ToListAsync());
        if (parts.Months is not null)
            result.AddRange(await db.UnitMonthBodyFigures.AsNoTracking().Where(m => ids.Contains(m.UnitId) && m.Month >= first && m.Month < end)
                .GroupBy(m => m.ResponsibleOrganizationId).Select(g => new BodyGroup(g.Key, g.Sum(m => m.Judged), g.Sum(m => m.Settled))).ToListAsync());
        return result;
    }

    /// <summary>
    /// Rows by name, as the top topics are (each commune has its own "Đất đai"), the most judged first, then by name in
    /// Vietnamese order.
    /// </summary>
    private static List<VerdictRow> RowsBy(IEnumerable<(int? Key, int Judged, int Settled)> counts, Func<int?, string> name) =>
        counts.GroupBy(c => name(c.Key))
            .Select(g => new VerdictRow(g.First().Key, g.Key, g.Sum(c => c.Judged), g.Sum(c => c.Settled)))
            .OrderByDescending(r => r.Judged).ThenBy(r => r.Name, VietnameseOrder.Comparer).ToList();
}
