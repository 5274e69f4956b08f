using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>
/// The demo database, migrated and seeded once per test run by the portal's own start, then copied into each
/// portal's own SQLite file before that portal starts (docs/adr/0013-shared-test-database-template.md).
/// Each test still gets a real SQLite file of its own; the portal's start then finds every migration applied
/// and every demo record present, so it only checks instead of building them again.
/// </summary>
public static class DemoDatabaseTemplate
{
    // One build per test process; a failed build fails every portal that wanted a copy, loudly.
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds the template now if this run has none yet (outside any other portal's start).</summary>
    public static void EnsureBuilt() => _ = Template.Value;

    /// <summary>
    /// Copies the template into <paramref name="path"/> when the portal about to start would migrate and seed the
    /// demo data into a new file there, exactly what the template holds; otherwise (an existing file, no demo data,
    /// Production) leaves the file alone.
    /// </summary>
    public static bool CopyIfStartingFresh(string? path, bool seedsDemoData, string environment)
    {
        // The seed is the same in every environment that allows it (Production refuses it at start).
        if (path is null || !seedsDemoData || environment == "Production" || File.Exists(path) || !Template.IsValueCreated)
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The backup API copies a consistent image whatever the template's journal holds; the portal's start
        // switches the copy to WAL again, as it does for every file.
        // Many portals copy at once; a reader that meets another one's lock waits a moment and tries again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var source = new SqliteConnection($"Data Source={Template.Value};Mode=ReadOnly;Pooling=False");
                using var target = new SqliteConnection($"Data Source={path};Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
                return true;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 5 && attempt < 10) // SQLITE_BUSY, e.g. BUSY_RECOVERY
            {
                SqliteConnection.ClearAllPools();
                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <summary>The SQLite file a connection string names, or null.</summary>
    public static string? FileOf(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString) ? null : new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "template-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "template.db");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var portal = new TemplatePortal(folder, file))
            portal.CreateClient().Dispose();
        // Closing the last connection checkpoints the log into the file.
        SqliteConnection.ClearAllPools();
        ForgetWhatTheStartMadeForItself(file);
        StartupLog.Write(nameof(DemoDatabaseTemplate), clock.Elapsed, fromTemplate: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return file;
    }

    /// <summary>
    /// The template keeps the demo data only, not what its start made for that one portal: its data protection key
    /// (a portal that names a certificate must write its own, encrypted), the secrets sealed with that key, job leases
    /// its background jobs took and form keys. Each copy makes its own on first need, as a new portal always did.
    /// </summary>
    private static void ForgetWhatTheStartMadeForItself(string file)
    {
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM "DataProtectionKeys";
                DELETE FROM "PortalSecrets";
                DELETE FROM "JobLeases";
                DELETE FROM "FormSubmissions";
                """;
            command.ExecuteNonQuery();
            // A rollback journal, not WAL: read-only copiers then never have to recover a log another one left, which
            // SQLite refuses to several at once (SQLITE_BUSY_RECOVERY).
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The same start as <see cref="PortalFactory"/>'s defaults: Testing, SQLite, demo data.</summary>
    private sealed class TemplatePortal(string folder, string file) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(folder);
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={file}");
            builder.UseSetting("Seed:DemoData", "true");
            builder.UseSetting("Logging:Folder", Path.Combine(folder, "logs"));
        }
    }
}
