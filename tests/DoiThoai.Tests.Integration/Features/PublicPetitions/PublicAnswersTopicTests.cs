using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.PublicPetitions;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.PublicPetitions;

/// <summary>The public answers read a topic's answers by walking the newest answers (every topic counts as frequent).</summary>
public sealed class WalkingPortalFactory : PortalFactory
{
    // Its test reads SQLite's plan of the walk.
    protected override bool RequiresSqlite => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PublicAnswers:FewPetitions"] = "0" };
}

/// <summary>A topic's petitions read first, the way a rare topic is read (the demo's topics all have few petitions).</summary>
public sealed class PublicAnswersTopicTests(PortalFactory factory) : PublicAnswersTopicRules(factory), IClassFixture<PortalFactory>;

/// <summary>The newest answers walked and each asked for its petition's topic, the way a frequent topic is read at scale.</summary>
public sealed class PublicAnswersTopicWalkTests(WalkingPortalFactory factory) : PublicAnswersTopicRules(factory), IClassFixture<WalkingPortalFactory>
{
    [Fact]
    public async Task A_frequent_topic_walks_the_publication_index_and_never_reads_the_topics_petitions_or_sorts()
    {
        var plan = await factory.WithDbAsync(async db =>
        {
            // The generated district's statistics (docs/performance.md): with them SQLite reads the join from the topic's
            // petitions and sorts (the plan that took seconds there); the walk must keep to the publication index.
            await db.Database.ExecuteSqlRawAsync("""
                ANALYZE;
                DELETE FROM sqlite_stat1 WHERE tbl IN ('FollowUps', 'Petitions');
                INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
                    ('FollowUps', 'IX_FollowUps_Verdicts', '272193 3 2 2 2 2'),
                    ('FollowUps', 'IX_FollowUps_Unit_Responsible', '998508 3329 1990 10'),
                    ('FollowUps', 'IX_FollowUps_Verdict_VerdictDecidedAtUtc', '998508 332836 332836'),
                    ('FollowUps', 'IX_FollowUps_Public_Unit', '998508 499254 1665 393'),
                    ('FollowUps', 'IX_FollowUps_List_Unit', '998508 3329 3 2 2 2 2 2 1'),
                    ('FollowUps', 'IX_FollowUps_List_State', '998508 166418 68 2 2 2 2 2 1'),
                    ('FollowUps', 'IX_FollowUps_List_Deadline', '998508 269 68 2 2 2 2 2 1'),
                    ('FollowUps', 'IX_FollowUps_Code', '998508 1'),
                    ('FollowUps', 'IX_FollowUps_UnitId_State_Deadline', '998508 3329 607 2'),
                    ('FollowUps', 'IX_FollowUps_ResponsibleUnitId_State_Deadline', '998508 19579 3979 3'),
                    ('FollowUps', 'IX_FollowUps_ResponsibleOrganizationId', '998508 998508'),
                    ('FollowUps', 'IX_FollowUps_PetitionId', '998508 1'),
                    ('FollowUps', 'IX_FollowUps_IsPublic_PublishedAtUtc', '998508 499254 136'),
                    ('FollowUps', 'IX_FollowUps_Dashboard', '998508 10 10 10 4 1 1'),
                    ('Petitions', 'IX_Petitions_TopicId_IsDeleted', '2000085 3334 3334'),
                    ('Petitions', 'IX_Petitions_Code', '2000085 1'),
                    ('Petitions', 'IX_Petitions_Dashboard', '2000085 21 21 6 2'),
                    ('Petitions', 'IX_Petitions_UnitId_Kind', '2000085 6667 1667'),
                    ('Petitions', 'IX_Petitions_UnitId', '2000085 6667'),
                    ('Petitions', 'IX_Petitions_RaisedByUnitId', '2000085 2000085'),
                    ('Petitions', 'IX_Petitions_RaisedByPersonId', '2000085 2000085'),
                    ('Petitions', 'IX_Petitions_RaisedByOrganizationId', '2000085 2000085'),
                    ('Petitions', 'IX_Petitions_ConferenceId', '2000085 21'),
                    ('Petitions', 'IX_Petitions_AnsweredByPersonId', '2000085 2000085'),
                    ('Petitions', 'IX_Petitions_AddressedToId', '2000085 2000085');
                ANALYZE sqlite_schema;
                """);
            var topicIds = await db.Topics.OrderBy(t => t.Id).Select(t => (int?)t.Id).Take(3).ToListAsync();
            var ids = PublicAnswers.Newest(PublicAnswers.OfTopic(db, PublicAnswers.Published(db), topicIds, fewPetitions: false))
                .Select(f => f.Id).Take(PublicAnswers.CountLimit + 1);
            return await QueryPlan.ExplainAsync(db, ids.ToQueryString());
        });
        Assert.True(plan.Any(step => step.Contains("IX_FollowUps_IsPublic_PublishedAtUtc")), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
        Assert.DoesNotContain(plan, step => step.Contains("IX_Petitions_TopicId"));
    }
}

/// <summary>
/// A topic on the public answers page (issue 17 reads it two ways by the topic's size, <c>PublicAnswers.FewPetitionsAsync</c>):
/// either way it shows exactly the published answers whose petition has a topic of that name, in every unit's catalogue,
/// with an exact count, and nothing unpublished.
/// </summary>
public abstract partial class PublicAnswersTopicRules(PortalFactory factory)
{
    [GeneratedRegex(@"(?<count>[\d.]+) kiến nghị</p>")]
    private static partial Regex CountText();

    private async Task<string> PageAsync(string query) =>
        WebUtility.HtmlDecode(await factory.CreateBareClient().GetStringAsync($"/kien-nghi?{query}"));

    /// <summary>The published answers of a topic name, counted straight from the records.</summary>
    private Task<int> ExpectedAsync(string topic, int? unitId = null) => factory.WithDbAsync(async db =>
    {
        var path = unitId is null ? "/" : await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
        var units = await db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync();
        return await db.FollowUps
            .Where(f => f.IsPublic && f.MergedIntoId == null && FollowUpStateMachine.AnsweredStates.Contains(f.State)
                && db.Conferences.Any(c => c.Id == f.ConferenceId) && f.Petition!.Topic!.Name == topic && units.Contains(f.UnitId))
            .CountAsync();
    });

    [Fact]
    public async Task A_topic_shows_exactly_its_published_answers_and_no_unpublished_one()
    {
        var (topic, unitId, items) = await factory.WithDbAsync(async db =>
        {
            var candidates = db.FollowUps.Where(f => f.Petition!.Topic != null && !f.IsPublic && f.MergedIntoId == null && f.ContentText == null);
            var name = await candidates.GroupBy(f => f.Petition!.Topic!.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var found = await candidates.Include(f => f.Petition).Where(f => f.Petition!.Topic!.Name == name).OrderBy(f => f.Id).Take(2).ToListAsync();
            Assert.Equal(2, found.Count);
            var at = DateTime.UtcNow;
            for (var i = 0; i < found.Count; i++)
            {
                // The second one is answered but kept from the public.
                var publish = i == 0;
                (found[i].State, found[i].Result, found[i].IsPublic, found[i].PublishedAtUtc) =
                    (FollowUpState.Resolved, $"Đã trả lời chủ đề thử số {i}.", publish, publish ? at.AddSeconds(i) : null);
            }
            await db.SaveChangesAsync();
            return (name, found[0].UnitId, found.Select(f => f.Petition!.Content).ToList());
        });

        var page = await PageAsync($"Topic={Uri.EscapeDataString(topic)}");
        var expected = await ExpectedAsync(topic);
        Assert.True(expected >= 1);
        Assert.Equal(expected, int.Parse(CountText().Match(page).Groups["count"].Value.Replace(".", "")));
        Assert.Contains("Đã trả lời chủ đề thử số 0.", page);
        Assert.DoesNotContain("Đã trả lời chủ đề thử số 1.", page);

        var inUnit = await PageAsync($"UnitId={unitId}&Topic={Uri.EscapeDataString(topic)}&Page=50");
        Assert.Equal(await ExpectedAsync(topic, unitId), int.Parse(CountText().Match(inUnit).Groups["count"].Value.Replace(".", "")));
        Assert.Contains(items[0], inUnit);

        var other = await factory.WithDbAsync(db => db.Topics.Where(t => t.Name != topic).Select(t => t.Name).FirstAsync());
        Assert.DoesNotContain("Đã trả lời chủ đề thử số", await PageAsync($"Topic={Uri.EscapeDataString(other)}"));
    }
}
