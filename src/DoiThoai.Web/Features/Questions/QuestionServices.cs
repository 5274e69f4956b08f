using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.Questions;

/// <summary>Questions sent before a conference: the public form, their moderation, the demo questions.</summary>
public static class QuestionServices
{
    /// <summary>Questions sent per client address and hour: a family's few questions pass, a flood does not.</summary>
    public const string SendLimit = "public-questions";

    public static IServiceCollection AddQuestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<QuestionSending>();
        services.AddScoped<QuestionModeration>();
        var permits = configuration.GetValue("Questions:PerAddressPerHour", 10);
        services.AddRateLimiter(options => options.AddPolicy(SendLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 })));
        return services;
    }
}
