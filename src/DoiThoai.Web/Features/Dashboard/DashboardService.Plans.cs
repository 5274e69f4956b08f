using DoiThoai.Web.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>How the units of the subtree keep their yearly dialogue plans.</summary>
public sealed partial class DashboardService
{
    private sealed record PlanGroup(int UnitId, bool Held, bool Late, int Count);
    private sealed record PlanRaw(List<PlanGroup> Entries, List<int> UnitsWithPlan);

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
}
