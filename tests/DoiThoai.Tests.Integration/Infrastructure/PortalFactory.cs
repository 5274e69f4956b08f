using System.Diagnostics;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>
/// The portal through its real pipeline, on its own SQLite file with migrations applied and demo data
/// seeded, in the "Testing" environment (so error pages are the production ones). When
/// <c>DOITHOAI_TEST_SQLSERVER</c> holds a connection string to a SQL Server, each factory gets a fresh
/// database there instead (dropped on dispose), except factories that test SQLite itself (<see cref="RequiresSqlite"/>).
/// On SQLite a new file starts as a copy of the run's <see cref="DemoDatabaseTemplate"/>, so the start checks the
/// migrations and the demo data instead of building them; each start's duration goes to <see cref="StartupLog"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string SqlServerVariable = "DOITHOAI_TEST_SQLSERVER";

    private DatabaseChoice? _database;
    private bool _sqlServerDatabaseCreated;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "doithoai-tests", Guid.NewGuid().ToString("N"));
    public string LogFolder => Path.Combine(Folder, "logs");

    /// <summary>The SQLite file; a test that reads it must run on SQLite (<see cref="SqlitePortalFactory"/>).</summary>
    public string DatabasePath => UsesSqlServer
        ? throw new InvalidOperationException($"{GetType().Name} runs on SQL Server; a test that reads the SQLite file needs a SqlitePortalFactory.")
        : SqliteFile;

    /// <summary>True when this factory's portal runs on SQL Server (the variable is set and the factory does not need SQLite).</summary>
    public bool UsesSqlServer => Database.SqlServerConnection is not null;

    /// <summary>Extra settings a test class needs, applied on top of the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>
    /// Factories about SQLite itself (its file, its locks, backups) stay on SQLite whatever the environment says.
    /// A factory that names its own SQLite file or SQLite setting is one of them.
    /// </summary>
    protected virtual bool RequiresSqlite =>
        Settings.Keys.Any(k => k.StartsWith("ConnectionStrings:Sqlite", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Database:Sqlite", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether this factory stays on SQLite even when a SQL Server is configured.</summary>
    public bool StaysOnSqlite => RequiresSqlite;

    /// <summary>
    /// Whether a new SQLite file starts as a copy of the demo template. Tests of SQLite itself start from an empty file,
    /// as a new installation does, so the migrations keep one test that applies them all.
    /// <c>DOITHOAI_TEST_TEMPLATE=0</c> turns the template off for a whole run (to compare, or to rule it out).
    /// </summary>
    protected virtual bool StartsFromTemplate => Environment.GetEnvironmentVariable("DOITHOAI_TEST_TEMPLATE") != "0";

    private string SqliteFile => Path.Combine(Folder, "portal.db");
    private bool _copiedTemplate;

    private DatabaseChoice Database => _database ??= Choose(Environment.GetEnvironmentVariable(SqlServerVariable), RequiresSqlite, SqliteFile);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        _sqlServerDatabaseCreated = UsesSqlServer;
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Logging:Folder", LogFolder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // Services are configured after every setting, a subclass's own included, and before the database is prepared.
        builder.ConfigureServices((context, _) =>
        {
            if (!StartsFromTemplate || UsesSqlServer) return;
            var configuration = context.Configuration;
            _copiedTemplate = DemoDatabaseTemplate.CopyIfStartingFresh(
                DemoDatabaseTemplate.FileOf(configuration.GetConnectionString("Sqlite")),
                configuration.GetValue<bool>("Seed:DemoData"), context.HostingEnvironment.EnvironmentName);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Built here, on the test's thread, never inside another portal's start.
        if (StartsFromTemplate && !UsesSqlServer) DemoDatabaseTemplate.EnsureBuilt();
        var clock = Stopwatch.StartNew();
        var host = base.CreateHost(builder);
        StartupLog.Write(GetType().Name, clock.Elapsed, _copiedTemplate);
        return host;
    }

    /// <summary>The database settings a factory gets; <paramref name="sqlServer"/> is the variable's value (a server, any database in it is replaced).</summary>
    public static DatabaseChoice Choose(string? sqlServer, bool requiresSqlite, string sqliteFile)
    {
        if (string.IsNullOrWhiteSpace(sqlServer) || requiresSqlite)
            return new DatabaseChoice(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={sqliteFile}",
            }, null, null);

        var name = $"DoiThoaiTest_{Guid.NewGuid():N}";
        var connection = new SqlConnectionStringBuilder(sqlServer) { InitialCatalog = name }.ConnectionString;
        return new DatabaseChoice(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = connection,
            // The fresh database is created and migrated by the portal's start, as production does with this setting.
            ["Database:MigrateOnStartup"] = "true",
        }, connection, name);
    }

    /// <summary>A client that does not follow redirects, so tests see 302s and their targets.</summary>
    public HttpClient CreateBareClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs work against the portal's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && _sqlServerDatabaseCreated) DropSqlServerDatabase(Database);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void DropSqlServerDatabase(DatabaseChoice database)
    {
        SqlConnection.ClearAllPools();
        var master = new SqlConnectionStringBuilder(database.SqlServerConnection) { InitialCatalog = "master", Pooling = false };
        using var connection = new SqlConnection(master.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // The name is ours (DoiThoaiTest_ and a guid), never input.
        command.CommandText = $"""
            IF DB_ID(N'{database.SqlServerDatabase}') IS NOT NULL
            BEGIN
                ALTER DATABASE [{database.SqlServerDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
                DROP DATABASE [{database.SqlServerDatabase}];
            END
            """;
        command.ExecuteNonQuery();
    }
}

/// <summary>The settings of one factory's database; on SQL Server also its connection string and database name.</summary>
public sealed record DatabaseChoice(IReadOnlyDictionary<string, string?> Settings, string? SqlServerConnection, string? SqlServerDatabase);

/// <summary>A portal that always runs on SQLite, for tests of SQLite itself (its file, WAL, locks, backups).</summary>
public class SqlitePortalFactory : PortalFactory
{
    protected override bool RequiresSqlite => true;
    protected override bool StartsFromTemplate => false;
}
