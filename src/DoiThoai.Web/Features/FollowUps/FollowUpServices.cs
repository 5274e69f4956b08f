namespace DoiThoai.Web.Features.FollowUps;

public static class FollowUpServices
{
    /// <summary>The follow-up use cases, one per thing a user does, and what they share.</summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddScoped<FollowUpRecords>();
        services.AddScoped<ItemTemplates>();
        services.AddScoped<ListFollowUps>();
        services.AddScoped<FollowUpDetails>();
        services.AddScoped<AssignFollowUps>();
        services.AddScoped<ActOnFollowUp>();
        services.AddScoped<FollowUpProgress>();
        services.AddScoped<FollowUpContentItems>();
        services.AddScoped<FollowUpBatches>();
        return services;
    }
}
