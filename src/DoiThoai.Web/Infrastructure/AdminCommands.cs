using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Commands run instead of the web server:
/// <c>migrate</c> applies migrations (the SQL Server path), and
/// <c>create-admin --email E --name "Họ tên" --unit CODE [--unit-name "Hà Tĩnh" --unit-kind Province]</c>
/// creates the first administrator. The password is read from DOITHOAI_ADMIN_PASSWORD or from standard input,
/// never from the command line, so it stays out of shell history and process lists.
/// <c>backup --to FILE</c> takes an online backup of the SQLite database (the portal may keep running);
/// <c>restore --from FILE</c> puts one back (the portal must be stopped). SQL Server uses its own
/// BACKUP/RESTORE DATABASE (docs/deployment.md).
/// <c>rebuild-search</c> rebuilds every conference's search entries from the records (ADR 0019).
/// <c>catch-up</c> does now, in the foreground, what an upgrade left to the background after start (ADR 0023):
/// statistics, citations, codes, search entries; for an operator who wants it done before opening the portal.
/// </summary>
public static class AdminCommands
{
    private static readonly HashSet<string> Commands = ["migrate", "create-admin", "backup", "restore", "rebuild-search", "catch-up"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] is "backup" or "restore") return await BackupOrRestoreAsync(app, args[0], Options(args));
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await DatabaseSetup.BuildMissingFiguresAsync(db, services.GetRequiredService<ILogger<AppDbContext>>());
        await RoleSeeder.EnsureRolesAsync(services);
        Console.WriteLine("Đã cập nhật cơ sở dữ liệu.");
        if (args[0] == "rebuild-search") return await RebuildSearchAsync(db);
        if (args[0] == "catch-up") return await CatchUpAsync(app);
        return args[0] == "create-admin" ? await CreateAdminAsync(services, db, Options(args)) : 0;
    }

    private static async Task<int> CatchUpAsync(WebApplication app)
    {
        // Progress goes to the log, as in the background. Ctrl+C drops the current batch and keeps the others; the next run goes on.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        bool ran;
        try
        {
            ran = await app.Services.GetRequiredService<CatchUpWork>().RunAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Đã dừng; lần chạy sau làm tiếp phần còn thiếu.");
            return 1;
        }
        if (!ran)
        {
            Console.Error.WriteLine("Một máy chủ khác đang làm phần việc bù; hãy chờ máy đó làm xong.");
            return 1;
        }
        Console.WriteLine("Đã làm xong phần việc bù sau nâng cấp.");
        return 0;
    }

    private static async Task<int> RebuildSearchAsync(AppDbContext db)
    {
        var count = await SearchEntriesBuilder.RebuildAllAsync(db, (done, total) =>
        {
            if (done % 10_000 < 500 || done == total) Console.WriteLine($"  {done:N0}/{total:N0} hội nghị");
            return Task.CompletedTask;
        });
        Console.WriteLine($"Đã lập lại chỉ mục tìm kiếm của {count:N0} hội nghị.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, AppDbContext db, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("unit", out var unitCode))
        {
            Console.Error.WriteLine("Cách dùng: create-admin --email E --name \"Họ tên\" --unit MÃ [--unit-name TÊN --unit-kind Province]");
            return 2;
        }

        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == unitCode);
        if (unit is null)
        {
            if (!options.TryGetValue("unit-name", out var unitName)
                || !Enum.TryParse<UnitKind>(options.GetValueOrDefault("unit-kind", "Province"), out var kind))
            {
                Console.Error.WriteLine($"Không có đơn vị mã '{unitCode}'. Thêm --unit-name và --unit-kind để tạo đơn vị gốc.");
                return 2;
            }
            unit = new AdministrativeUnit { Code = unitCode, Name = unitName, Kind = kind };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            unit.Path = UnitPath.ChildOf(UnitPath.Root, unit.Id);
            await db.SaveChangesAsync();
        }

        var password = Environment.GetEnvironmentVariable("DOITHOAI_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Mật khẩu (ít nhất 12 ký tự): ");
            password = Console.ReadLine() ?? "";
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true,
            FullName = options.GetValueOrDefault("name", "Quản trị hệ thống"),
            UnitId = unit.Id, CreatedAtUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine(error.Description);
            return 1;
        }
        Console.WriteLine($"Đã tạo quản trị viên {email} thuộc {unit.DisplayName}.");
        return 0;
    }

    private static async Task<int> BackupOrRestoreAsync(WebApplication app, string command, Dictionary<string, string> options)
    {
        if (DataServices.ProviderFrom(app.Configuration) != DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("Với SQL Server, hãy dùng BACKUP DATABASE / RESTORE DATABASE (xem docs/deployment.md).");
            return 2;
        }
        var connectionString = DataServices.SqliteConnectionString(app.Configuration.GetConnectionString("Sqlite"), app.Environment.ContentRootPath);
        var file = options.GetValueOrDefault(command == "backup" ? "to" : "from");
        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine(command == "backup" ? "Cách dùng: backup --to TỆP" : "Cách dùng: restore --from TỆP (khi cổng đã dừng)");
            return 2;
        }
        try
        {
            if (command == "backup") await SqliteBackup.CreateAsync(connectionString, file);
            else SqliteBackup.Restore(file, connectionString);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
        Console.WriteLine(command == "backup" ? $"Đã sao lưu vào {Path.GetFullPath(file)}." : $"Đã khôi phục từ {Path.GetFullPath(file)}.");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
            if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[i + 1];
        return options;
    }
}
