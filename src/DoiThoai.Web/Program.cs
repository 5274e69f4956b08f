using DoiThoai.Web.Features;
using DoiThoai.Web.Features.PublicNews;
using DoiThoai.Web.Infrastructure;
using DoiThoai.Web.Infrastructure.Excel;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.HttpOverrides;

var builder = WebApplication.CreateBuilder(args);
builder.AddDoiThoaiLogging();
builder.Services
    .AddDoiThoaiData(builder.Configuration, builder.Environment.ContentRootPath)
    .AddDoiThoaiIdentity(builder.Configuration)
    .AddDoiThoaiAuthorization()
    .AddDoiThoaiMvc()
    .AddFileStore(builder.Configuration, builder.Environment.ContentRootPath)
    .AddImportLimits(builder.Configuration)
    .AddDoiThoaiDistributedCache(builder.Configuration)
    .AddFeatures(builder.Configuration);

var app = builder.Build();

if (AdminCommands.IsCommand(args))
    return await AdminCommands.RunAsync(app, args);

await app.PrepareDatabaseAsync();

// Behind nginx on loopback: the client's address and https come from X-Forwarded-* (only a loopback proxy is trusted).
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
// CSP, nosniff, frame and referrer rules on every response, static files and error pages included (Infrastructure/SecurityHeaders.cs).
app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    // Generic Vietnamese error pages; no stack trace leaves the server.
    app.UseExceptionHandler("/Error/500");
    app.UseHsts();
}
// Anonymous readers' cached public news pages, answered from memory before the rest of the pipeline, and readers
// counted; after the security headers, the exception handler and HSTS, so its answers carry theirs
// (Features/PublicNews/PublicNewsServices.cs).
app.UsePublicNews();
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseDoiThoaiRequestLogging();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After routing, which names the endpoint's limit: sign-in posts (Infrastructure/Security/SignInRateLimit.cs),
// news comments and poll votes (Features/PublicNews/PublicNewsServices.cs).
app.UseRateLimiter();
// After authentication: signed-in staff are never served from or stored in the output cache (public news pages).
app.UseOutputCache();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
// An unknown address is a 404 for everyone, not a sign-in prompt.
app.MapFallback(context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

StartupBanner.PrintWhenStarted(app, app.Configuration.GetValue<bool>("Seed:DemoData"));

await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
