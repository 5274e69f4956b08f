using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>The lookup by code (/tra-cuu), the raiser's verdict and the Front's list of unsettled answers.</summary>
public static class LookupServices
{
    /// <summary>Lookups and verdicts per client address and 10 minutes: enough for a family's codes, far too few to try codes.</summary>
    public const string LookupLimit = "public-lookup";

    public static IServiceCollection AddLookup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LookupService>();
        services.AddScoped<VerdictList>();
        services.AddScoped<Receipts>();
        var permits = configuration.GetValue("Lookup:PerAddressPer10Minutes", 30);
        services.AddRateLimiter(options => options.AddPolicy(LookupLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 })));
        return services;
    }
}
