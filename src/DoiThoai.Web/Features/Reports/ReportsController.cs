using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Reports;

/// <summary>Periodic reports (quarter, half-year, nine months, year, custom) as a printable page, an Excel workbook and a Word document.</summary>
public sealed class ReportsController(DashboardService dashboards) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(PeriodInput input) =>
        await WithReportAsync(input, (report, units, error) => View(new ReportPage(input, report, units, error)), showYearOnBadPeriod: true);

    [HttpGet]
    public async Task<IActionResult> Excel(PeriodInput input) =>
        await WithReportAsync(input, (report, _, _) => File(ReportWorkbook.Create(report), Xlsx.ContentType, report.FileName("xlsx")));

    [HttpGet]
    public async Task<IActionResult> Word(PeriodInput input) =>
        await WithReportAsync(input, (report, _, _) => File(ReportDocument.Create(report), ReportDocument.ContentType, report.FileName("docx")));

    /// <param name="showYearOnBadPeriod">
    /// The page shows the whole year with the period's problem above the picker, as the dashboard does; a download
    /// of another period than the one asked for would mislead, so downloads refuse it.
    /// </param>
    private async Task<IActionResult> WithReportAsync(PeriodInput input, Func<PeriodicReport, IReadOnlyList<ScopeUnit>, string?, IActionResult> result,
        bool showYearOnBadPeriod = false)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var (period, error) = input.ToPeriod(dashboards.Today);
        if (period is null)
        {
            if (!showYearOnBadPeriod) return BadRequest(error);
            ModelState.AddModelError("", error!);
            period = ReportingPeriod.WholeYear(dashboards.Today.Year);
        }
        var units = await dashboards.UnitsAsync(scope);
        if (input.UnitId is { } asked && units.All(u => u.Id != asked)) return NotFound();
        var figures = await dashboards.FiguresAsync(scope, period, input.UnitId, units: units);
        if (figures is null) return NotFound();
        return result(Build(figures), units, error);
    }

    /// <summary>The report of a unit is issued by its People's Committee, dated today, at the unit's place name.</summary>
    public static PeriodicReport Build(DashboardFigures figures)
    {
        var name = figures.Focus.Name;
        var place = name;
        foreach (var kind in Enum.GetValues<UnitKind>().OrderByDescending(k => k.Label().Length))
            if (name.StartsWith(kind.Label() + " ", StringComparison.Ordinal)) { place = name[(kind.Label().Length + 1)..]; break; }
        var body = $"Ủy ban nhân dân {char.ToLowerInvariant(name[0])}{name[1..]}";
        return new PeriodicReport(figures, body, place, figures.Today);
    }
}

public sealed record ReportPage(PeriodInput Input, PeriodicReport Report, IReadOnlyList<ScopeUnit> Units, string? Error = null);
