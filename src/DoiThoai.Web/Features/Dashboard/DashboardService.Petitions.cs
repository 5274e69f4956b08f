using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Dashboard;

/// <summary>The itemized opinions and petitions behind a count on the dashboard.</summary>
public sealed partial class DashboardService
{
    /// <summary>
    /// The itemized opinions and petitions behind a count, one page at a time. The conference's fields are read from the
    /// conference the petitions were joined to, not through each petition's own conference: ordered by that second copy,
    /// the database sorted every petition of the period with its text (a year of a district: 200,000 rows) instead of
    /// walking the conferences by day and stopping at the page.
    /// </summary>
    public async Task<PagedList<PetitionLine>> PetitionsAsync(IReadOnlyList<int> unitIds, ReportingPeriod period, PetitionKind? kind, string? topic, bool petitionsOnly, int page)
    {
        var query = ConferencesOf(unitIds, period).SelectMany(c => c.Petitions, (c, p) => new { Conference = c, Petition = p });
        if (kind is { } k) query = query.Where(x => x.Petition.Kind == k);
        else if (petitionsOnly) query = query.Where(x => x.Petition.Kind != PetitionKind.Opinion);
        if (topic == NoTopic) query = query.Where(x => x.Petition.TopicId == null);
        else if (!string.IsNullOrEmpty(topic)) query = query.Where(x => x.Petition.Topic!.Name == topic);
        return await PagedList<PetitionLine>.CreateAsync(query.AsNoTracking()
            .OrderByDescending(x => x.Conference.HeldOn).ThenBy(x => x.Petition.ConferenceId).ThenBy(x => x.Petition.Order)
            .Select(x => new PetitionLine(x.Petition.ConferenceId, x.Conference.Title,
                new ConferenceWhen(x.Conference.HeldOn, x.Conference.HeldOnUnknown, x.Conference.ReviewedPeriodKind, x.Conference.ReviewedPeriodYear, x.Conference.ReviewedPeriodNumber),
                x.Conference.Unit!.Name, x.Petition.Kind, x.Petition.Topic!.Name, x.Petition.Content)), page);
    }

    private IQueryable<Conference> ConferencesOf(IReadOnlyList<int> unitIds, ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return db.Conferences.AsNoTracking().Where(c => unitIds.Contains(c.UnitId) && c.HeldOn >= from && c.HeldOn <= to);
    }
}
