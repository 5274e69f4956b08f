using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Start-up database work: migrations (SQLite always, SQL Server by setting), WAL mode, missing conference figures and final citations, roles, demo data.</summary>
public static class DatabaseSetup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var logger = services.GetRequiredService<ILogger<AppDbContext>>();

        var provider = DataServices.ProviderFrom(configuration);
        if (provider == DatabaseProvider.Sqlite || configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await db.Database.MigrateAsync();
            logger.LogInformation("Database migrated ({Provider})", provider);
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await ListStatistics.EnsureAsync(db);
        }

        await BuildMissingFiguresAsync(db, logger);
        await PublicCodeBackfill.FillMissingAsync(db, logger);
        await BuildMissingSearchEntriesAsync(db, logger);
        // Minutes finalized before final records kept their citations get them once, from the catalogues as they are.
        if (await FinalCitations.TakeMissingAsync(db) is > 0 and var cited)
            logger.LogInformation("Kept the citations of {Count} final minutes", cited);
        await RoleSeeder.EnsureRolesAsync(services);
        if (configuration.GetValue<bool>("Seed:DemoData"))
        {
            if (app.Environment.IsProduction())
                throw new InvalidOperationException("Demo data must not be seeded in Production.");
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    /// <summary>Figures of conferences that have none (after the migration that added them, or a data load), with progress in the log.</summary>
    public static async Task BuildMissingFiguresAsync(AppDbContext db, ILogger logger)
    {
        var built = await ConferenceFiguresBuilder.BuildMissingAsync(db, (done, total) =>
            logger.LogInformation("Conference figures built: {Done}/{Total}", done, total));
        if (built > 0) logger.LogInformation("Built the figures of {Count} conferences", built);
    }

    /// <summary>Search entries of conferences that have none (after the migration that added them, or a data load), ADR 0019.</summary>
    public static async Task BuildMissingSearchEntriesAsync(AppDbContext db, ILogger logger)
    {
        var built = await SearchEntriesBuilder.BuildMissingAsync(db, (done, total) =>
            logger.LogInformation("Search entries built: {Done}/{Total} conferences", done, total));
        if (built > 0) logger.LogInformation("Built the search entries of {Count} conferences", built);
    }
}
