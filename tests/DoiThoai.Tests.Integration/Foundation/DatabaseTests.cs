using Microsoft.AspNetCore.Hosting;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Foundation;

public class DatabaseTests(SqlitePortalFactory factory) : IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public async Task Start_applies_every_sqlite_migration_to_an_empty_database()
    {
        factory.CreateClient();
        var (all, applied) = await factory.WithDbAsync(async db =>
            (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_a_busy_timeout()
    {
        factory.CreateClient();
        var (mode, timeout) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var journal = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "PRAGMA busy_timeout;";
            var busy = Convert.ToInt64(await command.ExecuteScalarAsync());
            return (journal, busy);
        });
        Assert.Equal("wal", mode);
        Assert.True(timeout >= 5000, $"busy_timeout was {timeout} ms");
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        factory.CreateClient();
        var before = await CountsAsync();
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        Assert.Equal(before, await CountsAsync());
        Assert.True(before.Units > 20 && before.Organizations > 40 && before.Users == DemoDataSeeder.Accounts.Count);
    }

    [Fact]
    public async Task Demo_data_holds_the_units_the_seed_articles_name()
    {
        factory.CreateClient();
        var names = await factory.WithDbAsync(db => db.Units.Select(u => u.Name).ToListAsync());
        Assert.Contains("Kỳ Phương", names);
        Assert.Contains("Thanh Bình", names);
        Assert.Contains("Hồng Lĩnh", names);
        var frontCommittees = await factory.WithDbAsync(db =>
            db.Organizations.CountAsync(o => o.Kind == Web.Domain.OrganizationKind.FrontWorkCommittee && o.Unit!.Code.StartsWith("NB-NB-TB")));
        Assert.Equal(18, frontCommittees);
    }

    private Task<(int Units, int Organizations, int Users)> CountsAsync() => factory.WithDbAsync(async db =>
        (await db.Units.IgnoreQueryFilters().CountAsync(),
         await db.Organizations.IgnoreQueryFilters().CountAsync(),
         await db.Users.CountAsync()));
}

/// <summary>A second start on the same file: the data is reused and nothing is seeded twice.</summary>
public class RestartTests
{
    private sealed class SameFileFactory(string databasePath) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}" };
    }

    [Fact]
    public async Task A_second_start_reuses_the_database_and_seeds_nothing_twice()
    {
        var path = Path.Combine(Path.GetTempPath(), "doithoai-tests", $"restart-{Guid.NewGuid():N}.db");
        int unitsFirst, auditFirst;
        await using (var first = new SameFileFactory(path))
        {
            first.CreateClient();
            unitsFirst = await first.WithDbAsync(db => db.Units.CountAsync());
            auditFirst = await first.WithDbAsync(db => db.AuditEntries.CountAsync());
        }
        await using (var second = new SameFileFactory(path))
        {
            second.CreateClient();
            Assert.Equal(unitsFirst, await second.WithDbAsync(db => db.Units.CountAsync()));
            Assert.Equal(auditFirst, await second.WithDbAsync(db => db.AuditEntries.CountAsync()));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}

public class MigrationModelTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqliteAppDbContext.");
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        // No server is contacted: the model is compared with the migration snapshot.
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqlServerAppDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}

public class ProductionTests
{
    private sealed class ProductionFactory(bool demoData) : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Seed:DemoData", demoData ? "true" : "false");
        }
    }

    [Fact]
    public async Task Production_starts_with_no_demo_user()
    {
        await using var factory = new ProductionFactory(demoData: false);
        factory.CreateClient();
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(Web.Authorization.Roles.All.Count, await factory.WithDbAsync(db => db.Roles.CountAsync()));
    }

    [Fact]
    public async Task Production_refuses_to_seed_demo_data()
    {
        await using var factory = new ProductionFactory(demoData: true);
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
    }
}

[Collection(ReadOnlyPortal.Name)]
public class DemoConferenceTests(PortalFactory factory)
{
    [Fact]
    public async Task The_five_seed_conferences_exist_with_their_counts()
    {
        factory.CreateClient();
        // The coming dialogue that takes questions before it (DemoQuestions) is not one of the articles' conferences.
        var conferences = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title != DoiThoai.Web.Features.Questions.DemoQuestions.Title)
            .Select(c => new
            {
                c.Id, c.HeldOn, c.Kind, Petitions = c.Petitions.Count, c.StatedOpinionCount, c.StatedPetitionCount, Speeches = c.Speeches.Count,
                c.UnnamedSpeakerCount, CitedFigures = c.CitedFigures.Select(f => f.Count).ToList(),
            })
            .ToListAsync());
        var figures = await factory.WithDbAsync(db => db.ConferenceFigures.ToDictionaryAsync(f => f.ConferenceId));
        Assert.Equal(5, conferences.Count);

        var kyPhuong = conferences.Single(c => c.HeldOn == new DateOnly(2022, 6, 28));
        // The article states 13 opinions and 34 petitions; six petitions are itemized by topic, 28 are counted without detail.
        Assert.Equal((13, 34), (kyPhuong.StatedOpinionCount, kyPhuong.StatedPetitionCount));
        Assert.Equal((13, 28), (figures[kyPhuong.Id].UnitemizedOpinions, figures[kyPhuong.Id].UnitemizedPetitions));

        // 27 opinions from 09 delegates the article does not name (ADR 0020: a count, not invented speeches).
        var thanhBinh = conferences.Single(c => c.HeldOn == new DateOnly(2019, 8, 23));
        Assert.Equal(27, thanhBinh.Petitions + figures[thanhBinh.Id].UnitemizedOpinions);
        Assert.Equal((0, 9), (thanhBinh.Speeches, thanhBinh.UnnamedSpeakerCount));

        // The 326 opinions came from the Front's consultations: a cited figure, not this briefing's opinions.
        var hongLinh = conferences.Single(c => c.HeldOn == new DateOnly(2023, 4, 6));
        Assert.Equal([326], hongLinh.CitedFigures);
        Assert.Equal(0, figures[hongLinh.Id].UnitemizedOpinions);
    }

    [Fact]
    public async Task Parts_of_a_conference_carry_its_unit_and_file_their_history_under_it()
    {
        factory.CreateClient();
        var mismatched = await factory.WithDbAsync(db => db.Petitions.CountAsync(p => p.UnitId != p.Conference!.UnitId));
        Assert.Equal(0, mismatched);
        var (conferenceId, speechIds) = await factory.WithDbAsync(async db =>
        {
            var conference = await db.Conferences.FirstAsync(c => c.HeldOn == new DateOnly(2022, 6, 28));
            return (conference.Id, await db.Speeches.Where(s => s.ConferenceId == conference.Id).Select(s => s.Id.ToString()).ToListAsync());
        });
        var history = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.RootKey == "Conference/" + conferenceId && a.EntityType == "Speech").Select(a => a.EntityId).ToListAsync());
        Assert.Equal(speechIds.Order(), history.Order());
    }
}
