namespace DoiThoai.Web.Features.Minutes;

/// <summary>Registration of minutes and their import from Excel.</summary>
public static class MinutesServices
{
    public static IServiceCollection AddMinutes(this IServiceCollection services)
    {
        services.AddScoped<MinutesService>();
        services.AddScoped<MinutesImport>();
        services.AddScoped<MinutesRecord>();
        return services;
    }
}
