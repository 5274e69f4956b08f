using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Faults;

/// <summary>A bulk assignment or a batch answer that fails half-way changes no item, no timeline and no audit entry.</summary>
public class InterruptedBatchTests(FaultPortal portal) : IClassFixture<FaultPortal>
{
    private const string Body = "Ban Dân vận Thị ủy Kỳ Anh";

    private sealed record ItemState(int Id, FollowUpState State, Guid Version, int? ResponsibleOrganizationId, DateOnly? Deadline, string? Result);

    /// <summary>Three new items of their own, from petitions of a new conference of Kỳ Phương (in Kỳ Anh).</summary>
    private Task<List<ItemState>> FreshItemsAsync() => portal.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        var conference = new Conference { Title = "Hội nghị cho đợt xử lý bị ngắt", UnitId = unit.Id, Kind = ConferenceKind.Dialogue,
            Status = ConferenceStatus.Held, HeldOn = new DateOnly(2026, 3, 2) };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        var items = Enumerable.Range(1, 3).Select(n => FollowUpOpening.For(new Petition
        {
            ConferenceId = conference.Id, UnitId = unit.Id, Order = n, Kind = PetitionKind.Petition, Content = $"Kiến nghị số {n} của đợt bị ngắt",
        })!).ToList();
        db.FollowUps.AddRange(items);
        await db.SaveChangesAsync();
        return items.Select(f => new ItemState(f.Id, f.State, f.Version, f.ResponsibleOrganizationId, f.Deadline, f.Result)).ToList();
    });

    private Task<List<ItemState>> ItemsAsync(IReadOnlyList<int> ids) => portal.WithDbAsync(db => db.FollowUps.AsNoTracking()
        .Where(f => ids.Contains(f.Id)).OrderBy(f => f.Id)
        .Select(f => new ItemState(f.Id, f.State, f.Version, f.ResponsibleOrganizationId, f.Deadline, f.Result))
        .ToListAsync());

    private Task<(int Events, int Audit)> TrailAsync() => portal.WithDbAsync(async db =>
        (await db.FollowUpEvents.CountAsync(), await db.AuditEntries.CountAsync()));

    private static IEnumerable<KeyValuePair<string, string>> Selection(IEnumerable<ItemState> items) =>
        items.Select(i => new KeyValuePair<string, string>("Bulk.Selected", $"{i.Id}:{i.Version}"));

    private async Task<IEnumerable<KeyValuePair<string, string>>> AssignmentAsync(IEnumerable<ItemState> items)
    {
        var organization = await portal.WithDbAsync(db => db.Organizations.Where(o => o.Name == Body).Select(o => o.Id).SingleAsync());
        return [.. Selection(items), new("Bulk.ResponsibleOrganizationId", organization.ToString()), new("Bulk.Deadline", "2099-12-31")];
    }

    /// <summary>Posts with the crash armed; the answer must be the whole Vietnamese error page.</summary>
    private async Task PostCrashingAsync(HttpClient client, string url, int writesBeforeTheCrash, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync("/FollowUps");
        var crashes = portal.Crash.Crashes;
        portal.Crash.CrashAfter(url, writesBeforeTheCrash);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        portal.Crash.Disarm();

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.Contains("</html>", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Theory]
    [InlineData(0)]  // the item changes and their timeline
    [InlineData(1)]  // after them, the audit entries of the same save
    public async Task A_bulk_assignment_that_crashes_half_way_assigns_nothing(int writesBeforeTheCrash)
    {
        var district = await portal.SignedInClientAsync(Demo.DistrictStaff);
        var items = await FreshItemsAsync();
        Assert.Equal(3, items.Count);
        var trail = await TrailAsync();

        await PostCrashingAsync(district, "/FollowUpBatches/Assign", writesBeforeTheCrash, await AssignmentAsync(items));

        Assert.Equal(items, await ItemsAsync([.. items.Select(i => i.Id)]));
        Assert.Equal(trail, await TrailAsync());

        // Sent again with nothing failing, the same selection is assigned whole (the versions were not spent).
        var again = await district.PostFormAsync("/FollowUps", "/FollowUpBatches/Assign", await AssignmentAsync(items));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.All(await ItemsAsync([.. items.Select(i => i.Id)]), i => Assert.Equal(FollowUpState.Assigned, i.State));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_batch_answer_that_crashes_half_way_answers_nothing(int writesBeforeTheCrash)
    {
        var district = await portal.SignedInClientAsync(Demo.DistrictStaff);
        var fresh = await FreshItemsAsync();
        var assigned = await district.PostFormAsync("/FollowUps", "/FollowUpBatches/Assign", await AssignmentAsync(fresh));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var items = await ItemsAsync([.. fresh.Select(i => i.Id)]);
        Assert.All(items, i => Assert.Equal(FollowUpState.Assigned, i.State));
        var trail = await TrailAsync();
        IEnumerable<KeyValuePair<string, string>> fields = [.. Selection(items), new("Bulk.Operation", "Resolve"), new("Bulk.Text", "Đã giải quyết xong.")];

        await PostCrashingAsync(district, "/FollowUpBatches/Run", writesBeforeTheCrash, fields);

        Assert.Equal(items, await ItemsAsync([.. items.Select(i => i.Id)]));
        Assert.Equal(trail, await TrailAsync());

        var again = await district.PostFormAsync("/FollowUps", "/FollowUpBatches/Run", fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.All(await ItemsAsync([.. items.Select(i => i.Id)]), i => Assert.Equal(FollowUpState.Resolved, i.State));
    }
}
