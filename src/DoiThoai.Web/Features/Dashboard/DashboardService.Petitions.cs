using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The itemized opinions and petitions behind a count on the dashboard.</summary>
public sealed partial class DashboardService
{
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
            .Select(p => new PetitionLine(p.ConferenceId, p.Conference!.Title,
                new ConferenceWhen(p.Conference.HeldOn, p.Conference.HeldOnUnknown, p.Conference.ReviewedPeriodKind, p.Conference.ReviewedPeriodYear, p.Conference.ReviewedPeriodNumber), p.Conference.Unit!.Name, p.Kind, p.Topic!.Name, p.Content)), page);
    }

    private IQueryable<Conference> ConferencesOf(IReadOnlyList<int> unitIds, ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return db.Conferences.AsNoTracking().Where(c => unitIds.Contains(c.UnitId) && c.HeldOn >= from && c.HeldOn <= to);
    }
}
