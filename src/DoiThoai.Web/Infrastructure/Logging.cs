using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Serilog: readable console, structured (compact JSON) rolling files, request logging.
/// No form values or query strings are logged, so passwords and tokens never reach a log.
/// </summary>
public static class Logging
{
    public static void AddDoiThoaiLogging(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Logging:Folder"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs");
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "doithoai-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true),
            // Each host keeps its own logger instead of the static Log.Logger (tests run several hosts at once).
            preserveStaticLogger: true);
    }

    public static void UseDoiThoaiRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "(khách)");
        });
}
