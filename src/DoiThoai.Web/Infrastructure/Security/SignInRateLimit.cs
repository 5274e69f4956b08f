using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Infrastructure.Security;

/// <summary>
/// Sign-in posts (password and authenticator code together) per client address in a fixed one-minute window:
/// <c>Security:SignInPermitsPerMinute</c>, 10 unless set. Over the limit the answer is 429 and the Vietnamese
/// error page (status code pages), with Retry-After. This slows guessing across many accounts, which the
/// per-account lockout alone does not. The "Testing" environment, whose suites sign in hundreds of times from
/// one in-memory client, has no practical limit unless the setting is given.
/// </summary>
public sealed class SignInRateLimit(IConfiguration configuration, IHostEnvironment environment, ILogger<SignInRateLimit> logger)
    : IRateLimiterPolicy<string>
{
    public const string PolicyName = "sign-in";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _permits = configuration.GetValue<int?>("Security:SignInPermitsPerMinute")
        ?? (environment.IsEnvironment("Testing") ? 1_000_000 : 10);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress(httpContext),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = _permits, Window = Window, QueueLimit = 0 });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        logger.LogWarning("Sign-in throttled: more than {Permits} sign-in posts a minute from {Address}",
            _permits, ClientAddress(context.HttpContext));
        return ValueTask.CompletedTask;
    };

    /// <summary>The client's address (the forwarded one behind a trusted proxy); "local" for in-process requests that have none.</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
