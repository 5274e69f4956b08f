using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// The raisers' verdicts per responsible body are read from figures the save path keeps (ADR 0024). After each kind of
/// change that moves a judged item between bodies, periods or counts, the dashboard (whole months and partial ones) and
/// the report's table IX equal a direct count of the judged items.
/// </summary>
public class BodyFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly ReportingPeriod Year = ReportingPeriod.WholeYear(2007);

    /// <summary>5 March to 20 November: March and November partial, the months between whole.</summary>
    private static readonly ReportingPeriod Partial = ReportingPeriod.Custom(new DateOnly(2007, 3, 5), new DateOnly(2007, 11, 20));

    private sealed record Seeded(int ConferenceId, int[] Items, int BodyA, int BodyB);

    /// <summary>A conference of Kỳ Phương with four items: judged settled (body A), not settled (body A), settled (body B), not judged (no body).</summary>
    private Task<Seeded> SeedAsync(string tag, DateOnly heldOn) => factory.WithDbAsync(async db =>
    {
        var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        var bodyA = new Organization { Name = $"Ban kiểm tra số liệu {tag}", UnitId = ward.Id, Kind = OrganizationKind.PeoplesCommittee };
        var bodyB = new Organization { Name = $"Đội kiểm tra số liệu {tag}", UnitId = ward.ParentId!.Value, Kind = OrganizationKind.PeoplesCommittee };
        db.AddRange(bodyA, bodyB);
        var conference = new Conference { Title = $"Đối thoại số liệu cơ quan {tag}", UnitId = ward.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = heldOn };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        (Organization? Body, RaiserVerdict? Verdict)[] facts =
            [(bodyA, RaiserVerdict.Settled), (bodyA, RaiserVerdict.NotSettled), (bodyB, RaiserVerdict.Settled), (null, null)];
        var petitions = facts.Select((_, i) => new Petition
        {
            ConferenceId = conference.Id, UnitId = ward.Id, Order = i + 1, Kind = PetitionKind.Petition, Content = $"Kiến nghị số liệu cơ quan {i + 1}",
        }).ToList();
        db.Petitions.AddRange(petitions);
        await db.SaveChangesAsync();
        var items = facts.Select((x, i) => new FollowUpItem
        {
            UnitId = ward.Id, ConferenceId = conference.Id, PetitionId = petitions[i].Id, Kind = FollowUpKind.Petition,
            State = FollowUpState.Resolved, ResponsibleOrganizationId = x.Body?.Id, ResponsibleUnitId = x.Body?.UnitId,
            ClosedAtUtc = heldOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(20), Result = "Đã trả lời.", ProgressPercent = 100,
            Verdict = x.Verdict, VerdictAtUtc = x.Verdict is null ? null : heldOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(30),
        }).ToList();
        db.FollowUps.AddRange(items);
        await db.SaveChangesAsync();
        return new Seeded(conference.Id, [.. items.Select(i => i.Id)], bodyA.Id, bodyB.Id);
    });

    /// <summary>One change to the records, saved through the save path.</summary>
    private Task ChangeAsync(Action<AppDbContextView> change) => factory.WithDbAsync(async db =>
    {
        change(new AppDbContextView(db));
        return await db.SaveChangesAsync();
    });

    /// <summary>Loads the records a change needs, tracked.</summary>
    private sealed class AppDbContextView(Web.Data.AppDbContext db)
    {
        public Web.Data.AppDbContext Db => db;
        public FollowUpItem Item(int id) => db.FollowUps.Single(f => f.Id == id);
        public Conference Conference(int id) => db.Conferences.Single(c => c.Id == id);
    }

    /// <summary>The district's verdict rows per body on the dashboard, as "name judged settled" lines.</summary>
    private Task<string> DashboardAsync(ReportingPeriod period) => factory.WithDbAsync(async db =>
    {
        var district = await db.Units.SingleAsync(u => u.Code == "HT-KA");
        var scope = new UserScope(0, "Kiểm tra", district.Id, district.Name, district.Path, new HashSet<string> { Roles.DistrictStaff });
        var figures = await new DashboardService(db, TimeProvider.System).FiguresAsync(scope, period, district.Id);
        Assert.NotNull(figures);
        return Lines(figures.Verdicts.ByBody.Select(r => (r.Name, r.Judged, r.Settled)));
    });

    /// <summary>The same rows counted from the judged content items of the district's conferences of the period.</summary>
    private Task<string> CountedAsync(ReportingPeriod period) => factory.WithDbAsync(async db =>
    {
        var district = await db.Units.SingleAsync(u => u.Code == "HT-KA");
        var judged = await db.FollowUps.Where(f => f.Verdict != null && f.MergedIntoId == null)
            .Join(db.Conferences.Where(c => c.Unit!.Path.StartsWith(district.Path) && c.HeldOn >= period.From && c.HeldOn <= period.To),
                f => f.ConferenceId, c => c.Id, (f, c) => new { f.ResponsibleOrganizationId, f.Verdict })
            .ToListAsync();
        var names = await db.Organizations.IgnoreQueryFilters().ToDictionaryAsync(o => o.Id, o => o.Name);
        return Lines(judged.Select(j => (j.ResponsibleOrganizationId is { } id ? names[id] : DashboardService.NoBody, 1, j.Verdict == RaiserVerdict.Settled ? 1 : 0)));
    });

    private static string Lines(IEnumerable<(string Name, int Judged, int Settled)> rows) => string.Join("\n", rows
        .GroupBy(r => r.Name).Select(g => $"{g.Key} {g.Sum(r => r.Judged)} {g.Sum(r => r.Settled)}").Order(StringComparer.Ordinal));

    /// <summary>The report's table IX of the year, from its workbook, signed in as the district's staff.</summary>
    private async Task<string> ReportAsync()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var sheets = Xlsx.Read(new MemoryStream(await client.GetByteArrayAsync("/Reports/Excel?Kind=Year&Year=2007")));
        return Lines(sheets["Hài lòng theo cơ quan"].Select(r => (r[0].Trim(), int.Parse(r[1]), int.Parse(r[2]))));
    }

    /// <summary>Asserts that the dashboard over the year and over partial months, and the report, equal the direct counts; returns the year's.</summary>
    private async Task<string> AssertCountedAsync()
    {
        var year = await CountedAsync(Year);
        Assert.Equal(year, await DashboardAsync(Year));
        Assert.Equal(await CountedAsync(Partial), await DashboardAsync(Partial));
        Assert.Equal(year, await ReportAsync());
        return year;
    }

    [Fact]
    public async Task A_change_of_responsible_body_shows_in_the_next_dashboard_and_report()
    {
        var seeded = await SeedAsync("đổi cơ quan", new DateOnly(2007, 3, 10));
        var before = await AssertCountedAsync();
        await ChangeAsync(v => v.Item(seeded.Items[0]).ResponsibleOrganizationId = seeded.BodyB);
        Assert.NotEqual(before, await AssertCountedAsync());
    }

    [Fact]
    public async Task A_verdict_given_shows_in_the_next_dashboard_and_report()
    {
        var seeded = await SeedAsync("đánh giá mới", new DateOnly(2007, 5, 20));
        var before = await AssertCountedAsync();
        await ChangeAsync(v =>
        {
            var item = v.Item(seeded.Items[3]);
            item.Verdict = RaiserVerdict.Settled;
            item.VerdictAtUtc = DateTime.UtcNow;
        });
        Assert.NotEqual(before, await AssertCountedAsync());
    }

    [Fact]
    public async Task An_item_merged_into_another_leaves_the_next_dashboard_and_report()
    {
        var seeded = await SeedAsync("gộp", new DateOnly(2007, 11, 18));
        var before = await AssertCountedAsync();
        await ChangeAsync(v => v.Item(seeded.Items[1]).MergedIntoId = seeded.Items[0]);
        Assert.NotEqual(before, await AssertCountedAsync());
    }

    [Fact]
    public async Task A_deleted_conference_leaves_the_next_dashboard_and_report()
    {
        var seeded = await SeedAsync("xóa", new DateOnly(2007, 7, 1));
        var before = await AssertCountedAsync();
        await ChangeAsync(v => v.Db.Conferences.Remove(v.Conference(seeded.ConferenceId)));
        Assert.NotEqual(before, await AssertCountedAsync());
    }

    [Fact]
    public async Task A_conference_moved_to_another_ward_and_month_or_out_of_the_period_shows_in_the_next_dashboard_and_report()
    {
        var seeded = await SeedAsync("chuyển", new DateOnly(2007, 4, 15));
        await AssertCountedAsync();
        // Into another ward of the district and a partial month of the custom period: the year's rows stay, the partial period's change.
        var partialBefore = await CountedAsync(Partial);
        await ChangeAsync(v =>
        {
            var conference = v.Conference(seeded.ConferenceId);
            var district = v.Db.Units.Where(u => u.Id == conference.UnitId).Select(u => u.ParentId).Single();
            conference.UnitId = v.Db.Units.Where(u => u.ParentId == district && u.Id != conference.UnitId).OrderBy(u => u.Id).Select(u => u.Id).First();
            conference.HeldOn = new DateOnly(2007, 3, 2);
        });
        var year = await AssertCountedAsync();
        Assert.NotEqual(partialBefore, await CountedAsync(Partial));
        // Out of the year altogether.
        await ChangeAsync(v => v.Conference(seeded.ConferenceId).HeldOn = new DateOnly(2008, 1, 3));
        Assert.NotEqual(year, await AssertCountedAsync());
    }

    [Fact]
    public async Task Body_figures_equal_the_judged_items_when_rebuilt_from_scratch()
    {
        await SeedAsync("dựng lại", new DateOnly(2007, 9, 9));
        var kept = await AssertCountedAsync();
        // The conferences with a judged item lose their figures (as the migration that added the body figures does) and are built again.
        await factory.WithDbAsync(db => db.ConferenceFigures.Where(f => db.FollowUps.Any(i => i.ConferenceId == f.ConferenceId && i.Verdict != null)).ExecuteDeleteAsync());
        Assert.True(await factory.WithDbAsync(db => Web.Data.ConferenceFiguresBuilder.BuildMissingAsync(db)) > 0);
        Assert.Equal(kept, await AssertCountedAsync());
    }
}
