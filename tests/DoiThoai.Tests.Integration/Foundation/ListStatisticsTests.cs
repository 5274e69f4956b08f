using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>
/// The catch-up's statistics (ADR 0017, 0023) cover an index a migration adds to a table that already has them: the
/// conference-date order of the district's follow-up list walks <c>IX_Conferences_HeldOn_IsDeleted</c> only once it
/// has a row in <c>sqlite_stat1</c>.
/// </summary>
public class ListStatisticsTests(PendingCatchUpPortal factory) : IClassFixture<PendingCatchUpPortal>
{
    private const string NewIndex = "IX_Conferences_Test_Title";

    [Fact]
    public async Task A_new_index_on_an_analysed_table_is_seen_as_missing_statistics_and_gets_them()
    {
        await factory.WithDbAsync(db => ListStatistics.RefreshIfNeededAsync(db));
        Assert.False(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db)));
        Assert.False(await factory.WithDbAsync(db => ListStatistics.RefreshIfNeededAsync(db)));

        // What a migration does: a new index on the conferences, which have their statistics already.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync($"CREATE INDEX {NewIndex} ON Conferences (Title)"));
        Assert.True(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db, "Conferences")));
        Assert.False(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db, "FollowUps")));

        Assert.True(await factory.WithDbAsync(db => ListStatistics.RefreshIfNeededAsync(db)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE idx = {0}", NewIndex).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db)));
    }

    [Fact]
    public async Task The_notices_item_and_date_index_has_statistics_after_the_catch_up()
    {
        await factory.WithDbAsync(async db =>
        {
            // SQLite counts nothing for an empty table: one notice at least.
            var item = await db.FollowUps.Select(f => f.Id).FirstAsync();
            db.FollowUpNotices.Add(new FollowUpNotice { FollowUpItemId = item, Kind = NoticeKind.Overdue, Deadline = new(1999, 1, 1), CreatedAtUtc = new DateTime(1999, 2, 1) });
            await db.SaveChangesAsync();
            return await db.Database.ExecuteSqlRawAsync("ANALYZE FollowUpNotices");
        });
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE idx = 'IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc'"));
        Assert.True(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db, "FollowUpNotices")));

        Assert.True(await factory.CatchUp.RunAsync());

        Assert.Equal(1, await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE idx = 'IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc'").SingleAsync()));
    }

    [Fact]
    public async Task The_conference_date_index_has_statistics_after_the_catch_up()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE Conferences"));
        // The state the migration that adds the index leaves: the table's other indexes counted, this one not.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE idx = 'IX_Conferences_HeldOn_IsDeleted'"));
        Assert.True(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db)));

        Assert.True(await factory.CatchUp.RunAsync());

        Assert.Equal(1, await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE idx = 'IX_Conferences_HeldOn_IsDeleted'").SingleAsync()));
    }
}
