using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The leaders' dashboard (trang tổng hợp) of the user's scope, and the lists behind its counts.</summary>
public sealed class DashboardController(DashboardService dashboards) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(PeriodInput input)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var units = await dashboards.UnitsAsync(scope);
        // A unit outside the user's scope is not shown, nor is anything said of it.
        if (input.UnitId is { } asked && units.All(u => u.Id != asked)) return NotFound();
        var latestYear = await dashboards.LatestYearWithDataAsync(scope, units, input.UnitId);
        if (input.NamesNoPeriod) input = input.ForYear(latestYear ?? dashboards.Today.Year);
        var (period, error) = input.ToPeriod(dashboards.Today);
        if (period is null)
        {
            ModelState.AddModelError("", error!);
            period = ReportingPeriod.WholeYear(dashboards.Today.Year);
        }
        var figures = await dashboards.FiguresAsync(scope, period, input.UnitId, units: units);
        if (figures is null) return NotFound();
        return View(new DashboardPage(input, figures, units, error, latestYear));
    }

    /// <summary>The itemized opinions and petitions behind a count of the dashboard.</summary>
    [HttpGet]
    public async Task<IActionResult> Petitions(PeriodInput input, PetitionKind? petitionKind, string? topic, bool petitionsOnly = false, int page = 1)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var (period, error) = input.ToPeriod(dashboards.Today);
        if (period is null) return BadRequest(error);
        var units = await dashboards.UnitsAsync(scope);
        if (input.UnitId is { } asked && units.All(u => u.Id != asked)) return NotFound();
        var focus = DashboardService.FocusOf(scope, units, input.UnitId);
        if (focus is null) return NotFound();
        var ids = units.Where(u => UnitPath.IsWithin(u.Path, focus.Path)).Select(u => u.Id).ToList();
        var list = await dashboards.PetitionsAsync(ids, period, petitionKind, topic, petitionsOnly, page);
        return View(new PetitionListPage(period, focus, petitionKind, topic, petitionsOnly, list));
    }
}

/// <param name="LatestYear">The latest year the unit held a conference in, offered when the chosen period holds none.</param>
public sealed record DashboardPage(PeriodInput Input, DashboardFigures Figures, IReadOnlyList<ScopeUnit> Units, string? Error, int? LatestYear)
{
    public bool PeriodIsEmpty => Figures.Totals.Conferences == 0;
}

public sealed record PetitionListPage(ReportingPeriod Period, ScopeUnit Focus, PetitionKind? Kind, string? Topic, bool PetitionsOnly,
    Shared.PagedList<PetitionLine> List);
