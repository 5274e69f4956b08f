using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.News;

/// <summary>Everything the news portal registers and the middleware it adds, kept out of the shared start-up files.</summary>
public static class NewsServices
{
    public const string CommentLimit = "news-comments";
    public const string VoteLimit = "news-votes";

    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOutputCache(NewsCache.AddPolicies);
        services.AddSingleton<NewsCache>();
        services.AddSingleton<NewsPageStore>();
        services.AddSingleton<ViewBuffer>();
        services.AddSingleton<VisitorCounter>();
        services.AddSingleton<ICaptchaCodeSource, RandomCaptchaCodes>();
        services.AddSingleton<Captcha>();
        services.AddSingleton<PublicNews.AddressKey>();
        services.AddSingleton<PublicNews.PollVoters>();
        services.AddSingleton<NewsCounterFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<NewsCounterFlusher>());
        services.AddScoped<NewsService>();
        services.AddScoped<PublicNews.PublicNewsService>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var commentsPerWindow = configuration.GetValue("News:CommentsPerIpPer10Minutes", 5);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per address: one person cannot flood the moderation queue, and a crowd behind one address still gets a few.
            options.AddPolicy(CommentLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = commentsPerWindow, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));
            options.AddPolicy(VoteLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>
    /// After authentication (signed-in staff are never served from or stored in the cache): readers are
    /// counted first, so cached answers count too; then the rate limits; then the cache.
    /// </summary>
    public static IApplicationBuilder UseNews(this IApplicationBuilder app) =>
        app.UseMiddleware<NewsTraffic>().UseRateLimiter().UseOutputCache();

    /// <summary>
    /// Near the front, after the security headers and HSTS: anonymous readers' cached public pages are answered
    /// from memory without the rest of the pipeline (<see cref="NewsFastPath"/>).
    /// </summary>
    public static IApplicationBuilder UseNewsFastPath(this IApplicationBuilder app) => app.UseMiddleware<NewsFastPath>();
}
