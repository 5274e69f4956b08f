using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Prints the address and the demo sign-ins once the server listens.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app, bool demoData)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            // Written to the console only, never through the logger, so the demo password stays out of log files.
            var output = Console.Out;
            output.WriteLine();
            output.WriteLine("=== DoiThoai – Cổng thông tin đối thoại đã sẵn sàng ===");
            foreach (var address in addresses) output.WriteLine($"Địa chỉ: {address}");
            if (demoData)
            {
                output.WriteLine($"Tài khoản dùng thử (mật khẩu chung: {DemoDataSeeder.DemoPassword}):");
                foreach (var account in DemoDataSeeder.Accounts)
                    output.WriteLine($"  {Authorization.Roles.Label(account.Role),-20} {account.Email}");
            }
            output.WriteLine("Nhấn Ctrl+C để dừng.");
            output.WriteLine();
        });
    }
}
