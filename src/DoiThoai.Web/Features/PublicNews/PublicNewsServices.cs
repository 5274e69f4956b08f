using System.Threading.RateLimiting;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Caching;
using DoiThoai.Web.Features.PublicNews.Counters;
using DoiThoai.Web.Features.PublicNews.Polls;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.PublicNews;

/// <summary>
/// The public news portal's one entry: what it registers (<see cref="AddPublicNews"/>) and the middleware it adds
/// (<see cref="UsePublicNews"/>). Its parts live in folders of their own: <c>Caching</c> (output cache policies,
/// the fast path and its page store), <c>Counters</c> (views, visits, the flusher that writes them) and
/// <c>Polls</c> (telling voters apart). The rate limiter and the output cache middleware are the pipeline's own,
/// called in Program.cs; the policies they apply to the news pages are added here.
/// </summary>
public static class PublicNewsServices
{
    public const string CommentLimit = "news-comments";
    public const string VoteLimit = "news-votes";

    public static IServiceCollection AddPublicNews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddOutputCache(NewsCache.AddPolicies);
        services.AddSingleton<NewsCache>();
        services.AddSingleton<IPublicCopies>(sp => sp.GetRequiredService<NewsCache>());
        services.AddSingleton<NewsPageStore>();
        services.AddSingleton<ViewBuffer>();
        services.AddSingleton<VisitorCounter>();
        services.AddSingleton<ICaptchaCodeSource, RandomCaptchaCodes>();
        services.AddSingleton<Captcha>();
        services.AddSingleton<AddressKey>();
        services.AddSingleton<PollVoters>();
        services.AddSingleton<NewsCounterFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<NewsCounterFlusher>());
        services.AddScoped<PublicNewsService>();

        var commentsPerWindow = configuration.GetValue("News:CommentsPerIpPer10Minutes", 5);
        services.AddRateLimiter(options =>
        {
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
    /// Near the front, after the security headers, the exception handler and HSTS, so its answers carry theirs:
    /// anonymous readers' pages marked <see cref="ServedFromMemoryAttribute"/> are answered from memory without the
    /// rest of the pipeline (<see cref="NewsFastPath"/>); every other reader is counted once the rest has answered
    /// (<see cref="NewsTraffic"/>), output cache hits included.
    /// </summary>
    public static WebApplication UsePublicNews(this WebApplication app)
    {
        app.UseMiddleware<NewsFastPath>();
        app.UseMiddleware<NewsTraffic>();
        return app;
    }
}
