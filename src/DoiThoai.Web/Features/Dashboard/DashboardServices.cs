namespace DoiThoai.Web.Features.Dashboard;

/// <summary>Registration of dashboards, dialogue plans and reports.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        services.AddScoped<Plans.PlanService>();
        return services;
    }
}
