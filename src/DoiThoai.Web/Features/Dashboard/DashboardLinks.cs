using System.Text.Json;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The lists behind each number: the conference list, the follow-up list and the petition list, filtered alike.</summary>
public sealed class DashboardLinks(IUrlHelper url, DashboardFigures figures)
{
    private string From => figures.Period.From.ToString("yyyy-MM-dd");
    private string To => figures.Period.To.ToString("yyyy-MM-dd");

    public string Conferences(int? unitId = null, ConferenceKind? kind = null) =>
        url.Action("Index", "Conferences", new { UnitId = unitId ?? figures.Focus.Id, Kind = kind, From, To })!;

    public string FollowUps(int? unitId = null, FollowUpState? state = null, bool overdueOnly = false, bool openOnly = false) =>
        url.Action("Index", "FollowUps", new { Mine = false, OpenOnly = openOnly, OverdueOnly = overdueOnly, State = state, UnitId = unitId ?? figures.Focus.Id, From, To })!;

    public string Petitions(int? unitId = null, PetitionKind? kind = null, string? topic = null, bool petitionsOnly = false) =>
        url.Action("Petitions", "Dashboard", new
        {
            Kind = PeriodKind.Custom, From, To, UnitId = unitId ?? figures.Focus.Id, PetitionKind = kind, Topic = topic,
            PetitionsOnly = petitionsOnly ? true : (bool?)null,
        })!;

    public string FollowUp(int id) => url.Action("Details", "FollowUps", new { id })!;

    public string Plans(int unitId) => url.Action("Index", "Plans", new { Year = figures.PlanYear, UnitId = unitId })!;

    /// <summary>A chart's data for dashboard.js, read from a JSON block (no inline script runs).</summary>
    public static string Chart(string type, string label, IEnumerable<string> labels, IEnumerable<int> values) =>
        JsonSerializer.Serialize(new { type, label, labels, values });
}

/// <summary>How numbers and rates are written on pages and in exports (vi-VN: 1.234 and 85,3 %).</summary>
public static class Figures
{
    public static string N(int value) => value.ToString("N0", Infrastructure.WebServices.Vietnamese);

    public static string Rate(double? value) => value is { } v ? $"{v.ToString("0.0", Infrastructure.WebServices.Vietnamese)} %" : "–";

    /// <summary>"+12" or "−3" against the previous period; empty without one.</summary>
    public static string Change(int current, int? previous) =>
        previous is not { } p ? "" : current == p ? "±0" : current > p ? $"+{N(current - p)}" : $"−{N(p - current)}";
}
