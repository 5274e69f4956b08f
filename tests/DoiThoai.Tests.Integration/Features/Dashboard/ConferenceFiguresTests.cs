using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// The per-conference figures the dashboards read are kept by every save: after any sequence of changes they equal
/// figures built from scratch, and dashboards counted from them equal counts over the records.
/// </summary>
public class ConferenceFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private sealed record Snapshot(string Figures, string Topics);

    private Task<Snapshot> SnapshotAsync() => factory.WithDbAsync(async db =>
    {
        var figures = await db.ConferenceFigures.AsNoTracking().OrderBy(f => f.ConferenceId).ToListAsync();
        var topics = await db.ConferenceTopicFigures.AsNoTracking().OrderBy(f => f.ConferenceId).ThenBy(f => f.TopicId).ToListAsync();
        return new Snapshot(
            string.Join("\n", figures.Select(f => System.Text.Json.JsonSerializer.Serialize(f))),
            string.Join("\n", topics.Select(t => $"{t.ConferenceId} {t.UnitId} {t.HeldOn} {t.TopicId} {t.Count}")));
    });

    /// <summary>A conference of the ward with opinions and petitions of every kind and items in open and done states.</summary>
    /// <remarks>Its two open items are <paramref name="daysLate"/> days overdue and, unless <paramref name="allOverdue"/>, due in 20 days.</remarks>
    private async Task<int> NewConferenceAsync(string unitCode, DateOnly heldOn, int daysLate = 3, bool allOverdue = false) => await factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var topics = await db.Topics.Where(t => t.UnitId == unit.Id || t.Unit!.Path.Length < unit.Path.Length).Take(2).Select(t => t.Id).ToListAsync();
        var conference = new Conference { Title = "Đối thoại kiểm tra số liệu", UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = heldOn };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        PetitionKind[] kinds = [PetitionKind.Opinion, PetitionKind.Opinion, PetitionKind.Petition, PetitionKind.Petition, PetitionKind.Proposal, PetitionKind.Question];
        var petitions = kinds.Select((k, i) => new Petition
        {
            ConferenceId = conference.Id, UnitId = unit.Id, Order = i + 1, Kind = k, Content = $"Nội dung {i + 1}",
            TopicId = topics.Count == 0 || i % 3 == 2 ? null : topics[i % topics.Count],
        }).ToList();
        db.Petitions.AddRange(petitions);
        await db.SaveChangesAsync();
        var open = new[] { (FollowUpState.Assigned, Today.AddDays(-daysLate)), (FollowUpState.InProgress, allOverdue ? Today.AddDays(-daysLate - 1) : Today.AddDays(20)) };
        db.FollowUps.AddRange(petitions.Where(p => p.Kind != PetitionKind.Opinion).Select((p, i) => new FollowUpItem
        {
            UnitId = unit.Id, ConferenceId = conference.Id, PetitionId = p.Id, Kind = FollowUpKind.Petition,
            State = i < 2 ? open[i].Item1 : FollowUpState.Resolved, Deadline = i < 2 ? open[i].Item2 : new DateOnly(2024, 6, 30),
            // The third is done on the deadline day at 20:00 in Vietnam (13:00 UTC): on time. The fourth a day late.
            ClosedAtUtc = i switch { 2 => new DateTime(2024, 6, 30, 13, 0, 0, DateTimeKind.Utc), 3 => new DateTime(2024, 6, 30, 18, 0, 0, DateTimeKind.Utc), _ => null },
        }));
        await db.SaveChangesAsync();
        return conference.Id;
    });

    [Fact]
    public async Task Figures_follow_every_change_and_equal_figures_built_from_scratch()
    {
        var id = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2024, 5, 10));

        var figures = await factory.WithDbAsync(db => db.ConferenceFigures.AsNoTracking().SingleAsync(f => f.ConferenceId == id));
        Assert.Equal((2, 2, 1, 1), (figures.Opinions, figures.Petitions, figures.Proposals, figures.Questions));
        Assert.Equal((1, 1, 2), (figures.ItemsAssigned, figures.ItemsInProgress, figures.ItemsResolved));
        Assert.Equal((2, 1), (figures.DoneWithDeadline, figures.DoneLate));
        Assert.Equal((2, Today.AddDays(20)), (figures.OpenWithDeadline, figures.LatestOpenDeadline));

        // A petition deleted, an item merged into another, one reopened, the conference moved to another day and ward.
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.Where(p => p.ConferenceId == id && p.Kind == PetitionKind.Opinion).OrderBy(p => p.Order).FirstAsync();
            db.Petitions.Remove(petition);
            var items = await db.FollowUps.Where(f => f.ConferenceId == id).OrderBy(f => f.Id).ToListAsync();
            items[1].MergedIntoId = items[0].Id;
            items[3].State = FollowUpState.InProgress;
            items[3].ClosedAtUtc = null;
            await db.SaveChangesAsync();
            var conference = await db.Conferences.SingleAsync(c => c.Id == id);
            conference.HeldOn = new DateOnly(2024, 7, 1);
            conference.UnitId = await db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });

        figures = await factory.WithDbAsync(db => db.ConferenceFigures.AsNoTracking().SingleAsync(f => f.ConferenceId == id));
        Assert.Equal(1, figures.Opinions);
        Assert.Equal((1, 1, 1, 1, 0), (figures.ItemsAssigned, figures.ItemsInProgress, figures.ItemsResolved, figures.DoneWithDeadline, figures.DoneLate));
        Assert.Equal(new DateOnly(2024, 7, 1), figures.HeldOn);
        Assert.All(await factory.WithDbAsync(db => db.ConferenceTopicFigures.Where(t => t.ConferenceId == id).ToListAsync()),
            t => Assert.Equal(figures.UnitId, t.UnitId));

        // A second conference, then the first one deleted: it leaves the figures.
        var other = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2024, 8, 1));
        await factory.WithDbAsync(async db =>
        {
            db.Conferences.Remove(await db.Conferences.SingleAsync(c => c.Id == id));
            return await db.SaveChangesAsync();
        });
        Assert.False(await factory.WithDbAsync(db => db.ConferenceFigures.AnyAsync(f => f.ConferenceId == id)));
        Assert.False(await factory.WithDbAsync(db => db.ConferenceTopicFigures.AnyAsync(f => f.ConferenceId == id)));
        Assert.True(await factory.WithDbAsync(db => db.ConferenceFigures.AnyAsync(f => f.ConferenceId == other)));

        // What every save kept equals what a full build makes from the records.
        var kept = await SnapshotAsync();
        var built = await factory.WithDbAsync(async db =>
        {
            await db.ConferenceTopicFigures.ExecuteDeleteAsync();
            await db.ConferenceFigures.ExecuteDeleteAsync();
            return await ConferenceFiguresBuilder.BuildMissingAsync(db);
        });
        Assert.Equal(await factory.WithDbAsync(db => db.Conferences.CountAsync()), built);
        var rebuilt = await SnapshotAsync();
        Assert.Equal(kept.Figures, rebuilt.Figures);
        Assert.Equal(kept.Topics, rebuilt.Topics);
    }

    [Fact]
    public async Task A_record_moved_to_another_conference_leaves_the_first_ones_figures_too()
    {
        var from = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2024, 9, 1));
        var to = await NewConferenceAsync("HT-KA-KPH", new DateOnly(2024, 9, 2));
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.FirstAsync(p => p.ConferenceId == from && p.Kind == PetitionKind.Question);
            petition.ConferenceId = to;
            var item = await db.FollowUps.FirstAsync(f => f.PetitionId == petition.Id);
            item.ConferenceId = to;
            return await db.SaveChangesAsync();
        });
        var (a, b) = await factory.WithDbAsync(async db => (
            await db.ConferenceFigures.AsNoTracking().SingleAsync(f => f.ConferenceId == from),
            await db.ConferenceFigures.AsNoTracking().SingleAsync(f => f.ConferenceId == to)));
        Assert.Equal((0, 2), (a.Questions, b.Questions));
        Assert.Equal(3, a.ItemsAssigned + a.ItemsInProgress + a.ItemsResolved);
        Assert.Equal(5, b.ItemsAssigned + b.ItemsInProgress + b.ItemsResolved);
    }

    [Fact]
    public async Task Overdue_counts_items_past_their_deadline_also_when_the_conference_has_one_to_come_and_lists_the_longest_both_ways()
    {
        // More conferences with overdue items than the list is long, so it must pick the longest overdue among them:
        // earliest deadlines spread, some equal (ties at the bound), some conferences with every open item overdue.
        for (var i = 0; i < DashboardService.OverdueListSize + 8; i++)
            await NewConferenceAsync("HT-KA-KPH", new DateOnly(2025, 2, 3).AddDays(i), daysLate: 10 + i % 17, allOverdue: i % 3 == 0);
        // Walked in deadline order through every overdue conference, and, past a walk of one, sought unit by unit.
        async Task<DashboardFigures?> FiguresAsync(int walkLimit) => await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            var scope = new UserScope(0, "Kiểm tra", unit.Id, unit.Name, unit.Path, new HashSet<string> { Roles.WardStaff });
            var service = new DashboardService(db, TimeProvider.System) { OverdueWalkLimit = walkLimit };
            return await service.FiguresAsync(scope, ReportingPeriod.WholeYear(2025), unit.Id);
        });
        var figures = await FiguresAsync(walkLimit: 100_000);
        var sought = await FiguresAsync(walkLimit: 1);
        var expected = await factory.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            var items = await db.FollowUps.Where(f => f.Conference!.UnitId == unitId && f.Conference.HeldOn.Year == 2025 && f.MergedIntoId == null).ToListAsync();
            var overdue = items.Where(i => Deadlines.IsOverdue(i.State, i.Deadline, Today)).ToList();
            return (Count: overdue.Count, List: overdue.OrderBy(i => i.Deadline).ThenBy(i => i.Id).Take(DashboardService.OverdueListSize).Select(i => i.Id).ToList());
        });
        Assert.NotNull(figures);
        Assert.True(expected.Count > DashboardService.OverdueListSize);
        Assert.Equal(expected.Count, figures.Totals.Overdue);
        Assert.Equal(expected.List, figures.Overdue.Select(o => o.Id).ToList());
        Assert.Equal(expected.List, sought!.Overdue.Select(o => o.Id).ToList());
    }
}
