using System.Diagnostics;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>The documented production commands, run as a separate process the way an operator runs them.</summary>
public class AdminCommandTests
{
    private sealed class ExistingFileFactory(string databasePath) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
            ["Seed:DemoData"] = "false",
        };
    }

    private static async Task<(int ExitCode, string Output)> RunPortalCommandAsync(string databasePath, string password, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["Logging__Folder"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "logs");
        start.Environment["DOITHOAI_ADMIN_PASSWORD"] = password;
        start.WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task Create_admin_makes_the_first_administrator_who_can_sign_in()
    {
        var folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "cmd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "production.db");
        const string password = "quản trị viên đầu tiên của tỉnh";

        var (exitCode, output) = await RunPortalCommandAsync(databasePath, password,
            "create-admin", "--email", "admin@tinh.local", "--name", "Nguyễn Văn Quản", "--unit", "HT", "--unit-name", "Hà Tĩnh", "--unit-kind", "Province");
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(password, output);

        await using var factory = new ExistingFileFactory(databasePath);
        var roles = await factory.WithDbAsync(db => db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Administrator], roles);
        var client = await factory.SignedInClientAsync("admin@tinh.local", password);
        Assert.Contains("Nguyễn Văn Quản", await client.GetStringAsync("/Staff"));
    }

    [Fact]
    public async Task Create_admin_refuses_a_common_password()
    {
        var folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "cmd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (exitCode, output) = await RunPortalCommandAsync(Path.Combine(folder, "p.db"), "password1234",
            "create-admin", "--email", "a@tinh.local", "--unit", "HT", "--unit-name", "Hà Tĩnh");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("quá phổ biến", output);
    }
}
