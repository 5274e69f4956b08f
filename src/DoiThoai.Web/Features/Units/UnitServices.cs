namespace DoiThoai.Web.Features.Units;

/// <summary>Registration of the units feature.</summary>
public static class UnitServices
{
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddScoped<UnitService>();
        services.AddScoped<UnitChoices>();
        return services;
    }
}
