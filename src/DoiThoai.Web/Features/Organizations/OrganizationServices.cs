namespace DoiThoai.Web.Features.Organizations;

/// <summary>Registration of the responsible organizations feature.</summary>
public static class OrganizationServices
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<OrganizationService>();
        services.AddScoped<ConferenceOrganizations>();
        return services;
    }
}
