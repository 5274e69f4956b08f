namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// The distributed cache and the output cache's store: Redis when "Redis:Configuration" is set, so every node
/// shares the cached public pages and a tag eviction (a news post published on one node) reaches all of them;
/// otherwise in memory, one cache per node.
/// </summary>
public static class DistributedCache
{
    /// <summary>Prefix of every key the portal writes to Redis, so a Redis shared with other apps keeps them apart.</summary>
    public const string InstanceName = "DoiThoai:";

    public static IServiceCollection AddDoiThoaiDistributedCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Redis:Configuration"] is not { Length: > 0 } redis)
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = InstanceName;
        });
        // Replaces the in-memory store that AddOutputCache would add, whichever of the two is registered first.
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = InstanceName;
        });
        return services;
    }
}
