using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.PublicPetitions;

/// <summary>The public answers read a topic's answers by walking the newest answers (every topic counts as frequent).</summary>
public sealed class WalkingPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PublicAnswers:FewPetitions"] = "0" };
}

/// <summary>A topic's petitions read first, the way a rare topic is read (the demo's topics all have few petitions).</summary>
public sealed class PublicAnswersTopicTests(PortalFactory factory) : PublicAnswersTopicRules(factory), IClassFixture<PortalFactory>;

/// <summary>The newest answers walked and each asked for its petition's topic, the way a frequent topic is read at scale.</summary>
public sealed class PublicAnswersTopicWalkTests(WalkingPortalFactory factory) : PublicAnswersTopicRules(factory), IClassFixture<WalkingPortalFactory>;

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
