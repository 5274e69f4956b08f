using DoiThoai.Web.Authorization;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Reports;

/// <summary>Periodic reports (quarter, half-year, nine months, year, custom) as a printable page, an Excel workbook and a Word document.</summary>
public sealed class ReportsController(DashboardService dashboards, DocumentIssuers issuers) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(PeriodInput input, IssuerKind? issuer) =>
        await WithReportAsync(input, issuer, (report, units, error) => View(new ReportPage(input, report, units, error)), showYearOnBadPeriod: true);

    [HttpGet]
    public async Task<IActionResult> Excel(PeriodInput input, IssuerKind? issuer) =>
        await WithReportAsync(input, issuer, (report, _, _) => File(ReportWorkbook.Create(report), Xlsx.ContentType, report.FileName("xlsx")));

    [HttpGet]
    public async Task<IActionResult> Word(PeriodInput input, IssuerKind? issuer, [FromServices] DocumentTemplates templates) =>
        await WithReportAsync(input, issuer, (report, _, _) => File(
            ReportDocument.Create(report, ReportDocument.Heading(report), templates.For(report.Figures.Focus.Id, DocumentKind.Report, report.Issuer.Kind)),
            ReportDocument.ContentType, report.FileName("docx")));

    /// <param name="showYearOnBadPeriod">
    /// The page shows the whole year with the period's problem above the picker, as the dashboard does; a download
    /// of another period than the one asked for would mislead, so downloads refuse it.
    /// </param>
    private async Task<IActionResult> WithReportAsync(PeriodInput input, IssuerKind? issuerKind,
        Func<PeriodicReport, IReadOnlyList<ScopeUnit>, string?, IActionResult> result, bool showYearOnBadPeriod = false)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (issuerKind is { } asked && !Enum.IsDefined(asked)) return BadRequest();
        var (period, error) = input.ToPeriod(dashboards.Today);
        if (period is null)
        {
            if (!showYearOnBadPeriod) return BadRequest(error);
            ModelState.AddModelError("", error!);
            period = ReportingPeriod.WholeYear(dashboards.Today.Year);
        }
        var units = await dashboards.UnitsAsync(scope);
        if (input.UnitId is { } unit && units.All(u => u.Id != unit)) return NotFound();
        var figures = await dashboards.FiguresAsync(scope, period, input.UnitId, units: units);
        if (figures is null) return NotFound();
        var issuer = await issuers.ForAsync(issuerKind ?? ReportIssuer.KindFor(scope.Roles), figures.Focus.Id);
        return result(new PeriodicReport(figures, issuer, figures.Today), units, error);
    }
}

public sealed record ReportPage(PeriodInput Input, PeriodicReport Report, IReadOnlyList<ScopeUnit> Units, string? Error = null);
