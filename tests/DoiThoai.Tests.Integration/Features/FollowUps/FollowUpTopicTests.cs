using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>The item keeps its petition's topic through every save (ADR 0027), so the list's topic filter stays right.</summary>
public sealed class FollowUpTopicTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_seeded_item_carries_its_petitions_topic()
    {
        var wrong = await factory.WithDbAsync(db => db.FollowUps.IgnoreQueryFilters()
            .CountAsync(f => f.PetitionId != null && f.TopicId != f.Petition!.TopicId));
        var withTopic = await factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.TopicId != null));
        Assert.Equal(0, wrong);
        Assert.True(withTopic > 0, "no seeded item has a topic: the test proves nothing");
    }

    [Fact]
    public async Task A_petition_given_another_topic_passes_it_to_its_items_in_the_same_save()
    {
        var (petitionId, newTopic) = await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.FirstAsync(p => p.TopicId != null && db.FollowUps.Any(f => f.PetitionId == p.Id));
            var other = await db.Topics.Where(t => t.Id != petition.TopicId).Select(t => t.Id).FirstAsync();
            petition.TopicId = other;
            await db.SaveChangesAsync();
            return (petition.Id, other);
        });

        var topics = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.PetitionId == petitionId).Select(f => f.TopicId).ToListAsync());
        Assert.NotEmpty(topics);
        Assert.All(topics, t => Assert.Equal(newTopic, t));
    }
}
