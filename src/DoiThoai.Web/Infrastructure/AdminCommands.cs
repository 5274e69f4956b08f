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
/// </summary>
public static class AdminCommands
{
    private static readonly HashSet<string> Commands = ["migrate", "create-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await RoleSeeder.EnsureRolesAsync(services);
        Console.WriteLine("Đã cập nhật cơ sở dữ liệu.");
        return args[0] == "create-admin" ? await CreateAdminAsync(services, db, Options(args)) : 0;
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

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
            if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[i + 1];
        return options;
    }
}
