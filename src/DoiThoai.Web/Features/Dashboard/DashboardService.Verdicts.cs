using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The share of answers their raisers judged settled, per unit, responsible body and topic (issue 18, ADR 0022).</summary>
public sealed partial class DashboardService
{
    public const string NoBody = "Chưa giao cơ quan chủ trì";

    /// <summary>
    /// The totals and the per-unit rows come from the grouped figures the dashboard has already read (<see cref="Raw"/>),
    /// with the on-time share of the same rows; the per-body and per-topic rows from the period's judged items, read from
    /// their own filtered index a conference at a time: the figures are not kept per body.
    /// </summary>
    private async Task<VerdictFigures> VerdictsAsync(IReadOnlyList<int> ids, ReportingPeriod period, Raw raw, Func<int, int> rowOf,
        IReadOnlyList<UnitFigures> byUnit, Totals totals)
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

        var judged = await FiguresOf(ids, period)
            .Join(db.FollowUps.Where(i => i.Verdict != null && i.MergedIntoId == null), f => f.ConferenceId, i => i.ConferenceId, (f, i) => i)
            .GroupBy(i => new { i.ResponsibleOrganizationId, i.Petition!.TopicId, i.Verdict })
            .Select(g => new JudgedGroup(g.Key.ResponsibleOrganizationId, g.Key.TopicId, g.Key.Verdict!.Value, g.Count()))
            .ToListAsync();
        var bodyIds = judged.Where(j => j.BodyId is not null).Select(j => j.BodyId!.Value).Distinct().ToList();
        var bodyNames = await db.Organizations.AsNoTracking().IgnoreQueryFilters().Where(o => bodyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var topicIds = judged.Where(j => j.TopicId is not null).Select(j => j.TopicId!.Value).Distinct().ToList();
        var topicNames = await db.Topics.AsNoTracking().IgnoreQueryFilters().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
        return new VerdictFigures(total, totals.OnTimeRate, units,
            RowsBy(judged, j => j.BodyId, id => id is { } b ? bodyNames.GetValueOrDefault(b, NoBody) : NoBody),
            RowsBy(judged, j => j.TopicId, id => id is { } t ? topicNames.GetValueOrDefault(t, NoTopic) : NoTopic));
    }

    /// <summary>Rows by a key, the most judged first, then by name in Vietnamese order.</summary>
    private static List<VerdictRow> RowsBy(List<JudgedGroup> judged, Func<JudgedGroup, int?> key, Func<int?, string> name) =>
        judged.GroupBy(key)
            .Select(g => new VerdictRow(g.Key, name(g.Key), g.Sum(j => j.Count), g.Where(j => j.Verdict == RaiserVerdict.Settled).Sum(j => j.Count)))
            .OrderByDescending(r => r.Judged).ThenBy(r => r.Name, VietnameseOrder.Comparer).ToList();

    private sealed record JudgedGroup(int? BodyId, int? TopicId, RaiserVerdict Verdict, int Count);
}
