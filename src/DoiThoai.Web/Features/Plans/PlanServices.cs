namespace DoiThoai.Web.Features.Plans;

/// <summary>Registration of dialogue plans.</summary>
public static class PlanServices
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanService>();
        return services;
    }
}
