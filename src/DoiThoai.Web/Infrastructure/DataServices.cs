using System.Data.Common;
using DoiThoai.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DoiThoai.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Chooses the database provider from configuration ("Database:Provider").</summary>
public static class DataServices
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddDoiThoaiData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddHttpContextAccessor();
        services.AddScoped<IFormKeySource, Forms.FormKeys>();
        services.AddScoped<JobLeases>();
        services.AddSingleton<CatchUpWork>().AddHostedService(sp => sp.GetRequiredService<CatchUpWork>());
        services.AddSaveTimeWork();

        switch (ProviderFrom(configuration))
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(sqlServer))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((scope, o) => o
                    .UseSqlServer(sqlServer)
                    .UseSaveTimeWork(scope)
                    .ConfigureWarnings(IgnoreKnownWarnings));
                break;
            default:
                var sqlite = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((scope, o) => o
                    .UseSqlite(sqlite)
                    .UseSaveTimeWork(scope)
                    .AddInterceptors(new SqliteBusyTimeoutInterceptor(configuration.GetValue("Database:SqliteBusyTimeoutMs", 10_000)))
                    .ConfigureWarnings(IgnoreKnownWarnings)
                    // SQLite rebuilds a table to alter it, between PRAGMA foreign_keys = 0 and 1, which cannot run in a
                    // transaction; EF warns of it on every fresh database. Expected, so kept at Debug, not shown to a new user.
                    .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));
                break;
        }
        return services;
    }

    // Users keep their unit even when it is soft-deleted; their queries ignore the filter on purpose.
    // Bounded counts (Features/Shared/BoundedList) take at most N+1 rows unordered on purpose: ordering only to count
    // would sort the whole list. Every list page itself is ordered.
    private static void IgnoreKnownWarnings(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning,
            CoreEventId.RowLimitingOperationWithoutOrderByWarning);

    /// <summary>Resolves a relative SQLite file against the content root and creates its folder.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/doithoai.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder
            && builder.Mode != SqliteOpenMode.ReadOnly)
            Directory.CreateDirectory(folder);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

/// <summary>
/// Every SQLite connection waits for a lock (10 s unless <c>Database:SqliteBusyTimeoutMs</c> says otherwise)
/// instead of failing at once when another writer holds the database; SQLite retries meanwhile. A write still
/// blocked after that fails as a whole and the user is told to send it again (see the error page, 503).
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
        command.ExecuteNonQuery();
    }
}

/// <summary>The audit actor for a web request: the signed-in user, or the system outside a request.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public int? UserId =>
        int.TryParse(http.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public string UserName => http.HttpContext?.User.Identity?.Name ?? SystemActor.Instance.UserName;
}
