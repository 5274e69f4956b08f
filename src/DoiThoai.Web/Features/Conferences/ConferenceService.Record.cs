using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>Reading what the minutes record beyond their rows (ADR 0020): the unit's place, the period, figures, findings.</summary>
public sealed partial class ConferenceService
{
    private async Task<RecordView> RecordAsync(int id, int unitId)
    {
        var c = await db.Conferences.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.HeldOnUnknown, x.ReviewedPeriodKind, x.ReviewedPeriodYear, x.ReviewedPeriodNumber, x.HeldOn, x.UnnamedSpeakerCount, x.UnnamedSpeakerKind })
            .FirstAsync();
        var period = new Conference
        {
            HeldOn = c.HeldOn, ReviewedPeriodKind = c.ReviewedPeriodKind, ReviewedPeriodYear = c.ReviewedPeriodYear, ReviewedPeriodNumber = c.ReviewedPeriodNumber,
        }.ReviewedPeriod;
        var figures = await db.CitedFigures.AsNoTracking().Where(f => f.ConferenceId == id).OrderBy(f => f.Order)
            .Select(f => new CitedFigureLine(f.Id, f.Order, f.What, f.Count, f.Source)).ToListAsync();
        var findings = await db.MinutesFindings.AsNoTracking().Where(f => f.ConferenceId == id).OrderBy(f => f.Order)
            .Select(f => new FindingLine(f.Id, f.Order, f.Kind, f.Content, f.Figure)).ToListAsync();
        return new RecordView(await PlaceAsync(unitId), c.HeldOnUnknown, period?.Name, c.UnnamedSpeakerCount, c.UnnamedSpeakerKind, figures, findings);
    }

    /// <summary>"phường Kỳ Phương, thị xã Kỳ Anh, tỉnh Hà Tĩnh": the unit and every unit above it, as they stand today.</summary>
    private async Task<string> PlaceAsync(int unitId)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync();
        var ids = UnitPath.Ids(path);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Kind, u.Name }).ToDictionaryAsync(u => u.Id);
        return UnitPlace.Of(ids.Reverse().Where(units.ContainsKey).Select(i => (units[i].Kind, units[i].Name)));
    }

    private async Task<List<ConclusionLine>> WithCoordinatorsAsync(List<ConclusionLine> items)
    {
        var ids = items.Select(i => i.Id).ToList();
        var coordinators = (await db.ConclusionItemCoordinators.AsNoTracking().Where(c => ids.Contains(c.ConclusionItemId))
                .OrderBy(c => c.Id).Select(c => new { c.ConclusionItemId, c.Organization!.Name }).ToListAsync())
            .ToLookup(c => c.ConclusionItemId, c => c.Name);
        return items.Select(i => i with { Coordinators = coordinators[i.Id].ToList() }).ToList();
    }

    /// <summary>Who raised a petition, each part that was entered: the person, the body they spoke for, the residential group.</summary>
    private static string? RaisedBy(string? person, string? organization, string? unit, UnitKind? unitKind)
    {
        var group = unit is null ? null : unitKind is { } kind ? $"{kind.Label()} {unit}" : unit;
        var parts = new[] { person, organization, group }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
