using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Start-up database work, only what a request needs to be correct and what is quick (ADR 0023): migrations (SQLite
/// always, SQL Server by setting), WAL mode, missing conference figures, roles, demo data. The long catch-up after an
/// upgrade or a data load (statistics, citations, codes, search entries) is <see cref="CatchUpWork"/>'s, after start.
/// </summary>
public static class DatabaseSetup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
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

            // WAL lets readers go on while one writer writes; the mode is stored in the file.
            if (provider == DatabaseProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

            // Kept before the first answer: without a conference's figures every dashboard and report would count it
            // as nothing, a wrong page rather than a slow one. When none is missing it is one check of each table
            // (well under a second at a district's ten years); a full build after an upgrade takes about 2 minutes.
            await BuildMissingFiguresAsync(db, logger);
            await RoleSeeder.EnsureRolesAsync(services);
            if (configuration.GetValue<bool>("Seed:DemoData"))
            {
                if (app.Environment.IsProduction())
                    throw new InvalidOperationException("Demo data must not be seeded in Production.");
                // Through the save path: the demo records get their codes, figures and search entries as they are saved.
                await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
            }
        }

        var catchUp = app.Services.GetRequiredService<CatchUpWork>();
        if (catchUp.Mode == CatchUpMode.Inline) await catchUp.RunAsync();
    }

    /// <summary>Figures of conferences that have none (after the migration that added them, or a data load), with progress in the log.</summary>
    public static async Task BuildMissingFiguresAsync(AppDbContext db, ILogger logger)
    {
        var built = await ConferenceFiguresBuilder.BuildMissingAsync(db, (done, total) =>
            logger.LogInformation("Conference figures built: {Done}/{Total}", done, total));
        if (built > 0) logger.LogInformation("Built the figures of {Count} conferences", built);
    }
}
