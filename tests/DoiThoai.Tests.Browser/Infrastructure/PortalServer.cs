using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Browser.Infrastructure;

/// <summary>
/// The portal on a real Kestrel server (a browser cannot reach the in-memory test server), on a
/// random loopback port, with its own SQLite file, demo data and log folder, in the "Testing"
/// environment so the error pages are the production ones.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public PortalServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "doithoai-browser-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Folder, "portal.db");
    public string LogFolder => Path.Combine(Folder, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Logging:Folder", LogFolder);
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
