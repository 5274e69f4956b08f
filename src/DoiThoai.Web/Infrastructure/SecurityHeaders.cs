using Microsoft.AspNetCore.HttpsPolicy;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// The one place the portal's security headers are set, for every response: pages, static files, error
/// pages and redirects. The headers are written when the response starts, so an answer the exception
/// handler cleared and re-ran still carries them. HSTS is not here: UseHsts adds it outside Development, with the
/// settings of <see cref="SecurityHeadersExtensions.AddHstsSettings"/>.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// Scripts only from the site's own files (no inline script, no event attributes, no eval); inline style
    /// attributes are allowed (Quill, Chart.js, Bootstrap). Nothing loads from another site, no plugin runs,
    /// no &lt;base&gt; may redirect relative addresses (ASVS 5 3.4.3 asks for object-src and base-uri 'none'),
    /// forms post only here, and no other site may frame the portal.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Browser features the portal never uses, switched off for it and anything it embeds.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}

public static class SecurityHeadersExtensions
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>
    /// HSTS for a year over the site and its subdomains unless set otherwise (<c>Security:HstsMaxAgeDays</c>,
    /// <c>Security:HstsIncludeSubDomains</c>); the framework's default of 30 days leaves a month-long gap after each visit.
    /// </summary>
    public static IServiceCollection AddHstsSettings(this IServiceCollection services)
    {
        services.AddOptions<HstsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.MaxAge = TimeSpan.FromDays(configuration.GetValue("Security:HstsMaxAgeDays", 365));
            options.IncludeSubDomains = configuration.GetValue("Security:HstsIncludeSubDomains", true);
        });
        return services;
    }
}
