using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// The per-unit, per-month figures that long dashboards read are kept by every save: after edits, deletes and moves of
/// a conference between units and months they equal the sums of the per-conference figures, and a dashboard over
/// whole and partial months reads the same totals as one that adds up the conferences.
/// </summary>
public class UnitMonthFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>Every month row (and year topic row) as text, and the same rows summed from the conference figures.</summary>
    private Task<(string Kept, string Summed, string KeptTopics, string SummedTopics, string KeptYears, string SummedYears)> CompareAsync() => factory.WithDbAsync(async db =>
    {
        static string line(UnitMonthFigures m) => System.Text.Json.JsonSerializer.Serialize(m);
        var kept = (await db.UnitMonthFigures.AsNoTracking().ToListAsync()).OrderBy(m => m.UnitId).ThenBy(m => m.Month).Select(line);
        var summed = (await db.ConferenceFigures.AsNoTracking().ToListAsync())
            .GroupBy(f => (f.UnitId, Month: UnitMonthFigures.MonthOf(f.HeldOn))).OrderBy(g => g.Key.UnitId).ThenBy(g => g.Key.Month)
            .Select(g =>
            {
                var row = new UnitMonthFigures { UnitId = g.Key.UnitId, Month = g.Key.Month };
                foreach (var f in g) row.Add(f);
                return line(row);
            });
        var keptTopics = (await db.UnitMonthTopicFigures.AsNoTracking().ToListAsync())
            .OrderBy(t => t.UnitId).ThenBy(t => t.Month).ThenBy(t => t.TopicId).Select(t => $"{t.UnitId} {t.Month} {t.TopicId} {t.Count}");
        var summedTopics = (await db.ConferenceTopicFigures.AsNoTracking().ToListAsync())
            .GroupBy(t => (t.UnitId, Month: UnitMonthFigures.MonthOf(t.HeldOn), t.TopicId))
            .OrderBy(g => g.Key.UnitId).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.TopicId)
            .Select(g => $"{g.Key.UnitId} {g.Key.Month} {g.Key.TopicId} {g.Sum(t => t.Count)}");
        var keptYears = (await db.UnitYearTopicFigures.AsNoTracking().ToListAsync())
            .OrderBy(t => t.UnitId).ThenBy(t => t.Year).ThenBy(t => t.TopicId).Select(t => $"{t.UnitId} {t.Year} {t.TopicId} {t.Count} {t.Judged} {t.Settled}");
        var summedYears = (await db.ConferenceTopicFigures.AsNoTracking().ToListAsync())
            .GroupBy(t => (t.UnitId, t.HeldOn.Year, t.TopicId))
            .OrderBy(g => g.Key.UnitId).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.TopicId)
            .Select(g => $"{g.Key.UnitId} {g.Key.Year} {g.Key.TopicId} {g.Sum(t => t.Count)} {g.Sum(t => t.Judged)} {g.Sum(t => t.Settled)}");
        return (string.Join("\n", kept), string.Join("\n", summed), string.Join("\n", keptTopics), string.Join("\n", summedTopics),
            string.Join("\n", keptYears), string.Join("\n", summedYears));
    });

    private async Task<int> NewConferenceAsync(string unitCode, DateOnly heldOn) => await factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var topic = await db.Topics.Where(t => t.UnitId == unit.Id || t.Unit!.Path.Length < unit.Path.Length).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        var conference = new Conference { Title = "Đối thoại kiểm tra số liệu tháng", UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = heldOn };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        var petitions = new[] { PetitionKind.Opinion, PetitionKind.Petition, PetitionKind.Question }.Select((k, i) => new Petition
        {
            ConferenceId = conference.Id, UnitId = unit.Id, Order = i + 1, Kind = k, Content = $"Nội dung {i + 1}", TopicId = i == 0 ? null : topic,
        }).ToList();
        db.Petitions.AddRange(petitions);
        await db.SaveChangesAsync();
        db.FollowUps.AddRange(petitions.Where(p => p.Kind != PetitionKind.Opinion).Select((p, i) => new FollowUpItem
        {
            UnitId = unit.Id, ConferenceId = conference.Id, PetitionId = p.Id, Kind = FollowUpKind.Petition,
            State = FollowUpState.Assigned, Deadline = i == 0 ? Today.AddDays(-5) : Today.AddDays(10),
        }));
        await db.SaveChangesAsync();
        return conference.Id;
    });

    [Fact]
    public async Task Month_figures_equal_the_sums_of_the_conference_figures_after_edits_deletes_and_moves()
    {
        var first = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2023, 3, 14));
        var second = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2023, 3, 28));
        var before = await CompareAsync();
        Assert.Equal(before.Summed, before.Kept);

        await factory.WithDbAsync(async db =>
        {
            // One conference moves to another ward and month, a petition of the other is deleted and an item closed.
            var moved = await db.Conferences.SingleAsync(c => c.Id == first);
            moved.UnitId = await db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync();
            moved.HeldOn = new DateOnly(2023, 4, 2);
            db.Petitions.Remove(await db.Petitions.FirstAsync(p => p.ConferenceId == second && p.Kind == PetitionKind.Opinion));
            var item = await db.FollowUps.FirstAsync(f => f.ConferenceId == second);
            item.State = FollowUpState.Resolved;
            item.ClosedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var afterMove = await CompareAsync();
        Assert.Equal(afterMove.Summed, afterMove.Kept);
        Assert.Equal(afterMove.SummedTopics, afterMove.KeptTopics);
        Assert.Equal(afterMove.SummedYears, afterMove.KeptYears);

        // The second conference deleted: its ward's March 2023 has no conference left, so no month row either.
        await factory.WithDbAsync(async db =>
        {
            db.Conferences.Remove(await db.Conferences.SingleAsync(c => c.Id == second));
            return await db.SaveChangesAsync();
        });
        var afterDelete = await CompareAsync();
        Assert.Equal(afterDelete.Summed, afterDelete.Kept);
        Assert.Equal(afterDelete.SummedTopics, afterDelete.KeptTopics);
        Assert.Equal(afterDelete.SummedYears, afterDelete.KeptYears);

        // A full build from scratch makes the same rows as the saves kept.
        await factory.WithDbAsync(async db =>
        {
            await db.UnitMonthTopicFigures.ExecuteDeleteAsync();
            await db.UnitYearTopicFigures.ExecuteDeleteAsync();
            return await db.UnitMonthFigures.ExecuteDeleteAsync();
        });
        Assert.True(await factory.WithDbAsync(db => UnitMonthFiguresBuilder.BuildMissingAsync(db)) > 0);
        var rebuilt = await CompareAsync();
        Assert.Equal(afterDelete.Kept, rebuilt.Kept);
        Assert.Equal(afterDelete.KeptTopics, rebuilt.KeptTopics);
        Assert.Equal(afterDelete.KeptYears, rebuilt.KeptYears);
    }

    [Fact]
    public async Task A_period_of_whole_and_partial_months_counts_as_the_conferences_do()
    {
        // Conferences on a period's first and last days, in whole months between, and with deadlines still to come.
        foreach (var day in new[] { new DateOnly(2021, 1, 15), new DateOnly(2021, 1, 31), new DateOnly(2022, 6, 1), new DateOnly(2024, 12, 20) })
            await NewConferenceAsync("HT-KA-KPH", day);
        var period = ReportingPeriod.Custom(new DateOnly(2021, 1, 15), new DateOnly(2024, 12, 20));
        var (figures, expected) = await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            var scope = new UserScope(0, "Kiểm tra", unit.Id, unit.Name, unit.Path, new HashSet<string> { Roles.WardStaff });
            var shown = await new DashboardService(db, TimeProvider.System).FiguresAsync(scope, period, unit.Id);
            var items = await db.FollowUps.Where(f => f.Conference!.UnitId == unit.Id && f.MergedIntoId == null
                && f.Conference.HeldOn >= period.From && f.Conference.HeldOn <= period.To).ToListAsync();
            var conferences = await db.Conferences.CountAsync(c => c.UnitId == unit.Id && c.HeldOn >= period.From && c.HeldOn <= period.To);
            return (shown, (Conferences: conferences, Items: items.Count, Overdue: items.Count(i => Deadlines.IsOverdue(i.State, i.Deadline, Today))));
        });
        Assert.NotNull(figures);
        Assert.Equal(expected, (figures.Totals.Conferences, figures.Totals.FollowUps, figures.Totals.Overdue));
        Assert.True(expected.Overdue > 0 && expected.Items > expected.Overdue);

        // The topics add up whole years (2022, 2023), the months around them and the days at each end.
        var topics = await factory.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            var names = await db.Topics.IgnoreQueryFilters().ToDictionaryAsync(t => t.Id, t => t.Name);
            return (await db.ConferenceTopicFigures.Where(f => f.UnitId == unitId && f.HeldOn >= period.From && f.HeldOn <= period.To).ToListAsync())
                .GroupBy(f => f.TopicId is { } id ? names[id] : DashboardService.NoTopic)
                .ToDictionary(g => g.Key, g => g.Sum(f => f.Count));
        });
        Assert.NotEmpty(figures.TopTopics);
        Assert.All(figures.TopTopics, t => Assert.Equal(topics[t.Topic], t.Count));
    }
}
