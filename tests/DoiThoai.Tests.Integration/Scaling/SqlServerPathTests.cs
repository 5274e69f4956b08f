using DoiThoai.Tests.Integration.Foundation;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Scaling;

/// <summary>The settings <see cref="PortalFactory"/> gives the portal with and without DOITHOAI_TEST_SQLSERVER; no server is contacted.</summary>
public class SqlServerPathTests
{
    // Windows authentication: no account secret in the repository, even a made-up one.
    private const string Server = "Server=sql.test.invalid;Database=ShouldBeReplaced;Integrated Security=True;TrustServerCertificate=True";

    [Fact]
    public void With_a_server_each_factory_gets_a_fresh_migrated_database_of_its_own()
    {
        var first = PortalFactory.Choose(Server, requiresSqlite: false, "/tmp/unused.db");
        var second = PortalFactory.Choose(Server, requiresSqlite: false, "/tmp/unused.db");

        Assert.Equal("SqlServer", first.Settings["Database:Provider"]);
        Assert.Equal("true", first.Settings["Database:MigrateOnStartup"]);
        Assert.False(first.Settings.ContainsKey("ConnectionStrings:Sqlite"));
        var connection = new SqlConnectionStringBuilder(first.Settings["ConnectionStrings:SqlServer"]);
        Assert.Matches("^DoiThoaiTest_[0-9a-f]{32}$", connection.InitialCatalog);
        Assert.Equal(first.SqlServerDatabase, connection.InitialCatalog);
        Assert.Equal(first.SqlServerConnection, first.Settings["ConnectionStrings:SqlServer"]);
        // The server, the account and its options come from the variable; only the database is replaced.
        Assert.Equal("sql.test.invalid", connection.DataSource);
        Assert.True(connection.IntegratedSecurity);
        Assert.True(connection.TrustServerCertificate);
        Assert.NotEqual(first.SqlServerDatabase, second.SqlServerDatabase);
    }

    [Fact]
    public void Without_a_server_or_for_a_sqlite_test_the_factory_stays_on_its_sqlite_file()
    {
        foreach (var choice in new[]
                 {
                     PortalFactory.Choose(null, requiresSqlite: false, "/tmp/portal.db"),
                     PortalFactory.Choose("  ", requiresSqlite: false, "/tmp/portal.db"),
                     PortalFactory.Choose(Server, requiresSqlite: true, "/tmp/portal.db"),
                 })
        {
            Assert.Equal("Sqlite", choice.Settings["Database:Provider"]);
            Assert.Equal("Data Source=/tmp/portal.db", choice.Settings["ConnectionStrings:Sqlite"]);
            Assert.Null(choice.SqlServerConnection);
            Assert.False(choice.Settings.ContainsKey("ConnectionStrings:SqlServer"));
        }
    }

    [Fact]
    public void The_sql_server_settings_make_the_portal_register_its_sql_server_context()
    {
        // The portal's own registration, fed the settings a factory would give it: the SQL Server context and
        // connection, built without opening a connection.
        var choice = PortalFactory.Choose(Server, requiresSqlite: false, "/tmp/unused.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(choice.Settings).Build();
        Assert.Equal(DatabaseProvider.SqlServer, DataServices.ProviderFrom(configuration));
        var services = new ServiceCollection().AddLogging().AddDoiThoaiData(configuration, Path.GetTempPath());
        services.AddSingleton<Microsoft.AspNetCore.Http.IHttpContextAccessor, Microsoft.AspNetCore.Http.HttpContextAccessor>();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.IsType<SqlServerAppDbContext>(db);
        Assert.Equal(choice.SqlServerDatabase, new SqlConnectionStringBuilder(db.Database.GetConnectionString()).InitialCatalog);
    }

    [Fact]
    public void Factories_of_sqlite_tests_keep_sqlite_even_when_a_server_is_configured()
    {
        using var forced = new SqlitePortalFactory();
        using var busy = new ImpatientPortal();
        using var plain = new PortalFactory();
        Assert.True(forced.StaysOnSqlite);
        Assert.True(busy.StaysOnSqlite);
        Assert.False(plain.StaysOnSqlite);
    }
}
