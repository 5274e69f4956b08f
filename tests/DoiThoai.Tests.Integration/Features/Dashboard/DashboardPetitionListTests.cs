using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// The opinions and petitions behind a dashboard's count (<c>/Dashboard/Petitions</c>): with each filter, every page
/// holds the rows a direct query gives, newest conference first, then by conference and order, and the total is exact.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public class DashboardPetitionListTests(PortalFactory factory)
{
    private sealed record Filter(PetitionKind? Kind, string? Topic, bool PetitionsOnly);

    public static TheoryData<string> Filters => ["all", "kind", "petitions-only", "topic"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_page_holds_the_rows_of_a_direct_query_in_order(string name)
    {
        var (shown, expected) = await factory.WithDbAsync(async db =>
        {
            var district = await db.Units.SingleAsync(u => u.Code == "HT-KA");
            var ids = await db.Units.Where(u => u.Path.StartsWith(district.Path)).Select(u => u.Id).ToListAsync();
            var period = ReportingPeriod.Custom(new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 31));
            var topic = await db.Petitions.Where(p => p.TopicId != null).GroupBy(p => p.Topic!.Name).OrderByDescending(g => g.Count())
                .Select(g => g.Key).FirstAsync();
            var filter = name switch
            {
                "kind" => new Filter(PetitionKind.Petition, null, false),
                "petitions-only" => new Filter(null, null, true),
                "topic" => new Filter(null, topic, false),
                _ => new Filter(null, null, false),
            };
            var all = await db.Petitions
                .Where(p => ids.Contains(p.Conference!.UnitId) && p.Conference.HeldOn >= period.From && p.Conference.HeldOn <= period.To)
                .Where(p => filter.Kind == null || p.Kind == filter.Kind)
                .Where(p => !filter.PetitionsOnly || p.Kind != PetitionKind.Opinion)
                .Where(p => filter.Topic == null || (filter.Topic == DashboardService.NoTopic ? p.TopicId == null : p.Topic!.Name == filter.Topic))
                .OrderByDescending(p => p.Conference!.HeldOn).ThenBy(p => p.ConferenceId).ThenBy(p => p.Order)
                .Select(p => $"{p.ConferenceId} {p.Kind} {p.Topic!.Name} {p.Content}").ToListAsync();
            var service = new DashboardService(db, TimeProvider.System);
            var first = await service.PetitionsAsync(ids, period, filter.Kind, filter.Topic, filter.PetitionsOnly, 1);
            var lines = new List<string>();
            for (var page = 1; page <= first.PageCount; page++)
                lines.AddRange((await service.PetitionsAsync(ids, period, filter.Kind, filter.Topic, filter.PetitionsOnly, page)).Items
                    .Select(l => $"{l.ConferenceId} {l.Kind} {l.Topic} {l.Content}"));
            return ((first.TotalCount, lines), all);
        });
        Assert.True(expected.Count > 0, $"The demo data should hold rows for the filter {name}.");
        Assert.Equal(expected.Count, shown.TotalCount);
        Assert.Equal(expected, shown.lines);
    }
}
