namespace DoiThoai.Web.Features.Conferences;

/// <summary>Registration of the conferences feature.</summary>
public static class ConferenceServices
{
    public static IServiceCollection AddConferences(this IServiceCollection services)
    {
        services.AddScoped<ConferenceService>();
        services.AddScoped<MinutesExport>();
        return services;
    }
}
