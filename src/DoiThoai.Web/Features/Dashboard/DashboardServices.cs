namespace DoiThoai.Web.Features.Dashboard;

/// <summary>Registration of dashboards and reports.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        return services;
    }
}
