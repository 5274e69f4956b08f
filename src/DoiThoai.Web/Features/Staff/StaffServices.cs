namespace DoiThoai.Web.Features.Staff;

/// <summary>Registration of the staff home.</summary>
public static class StaffServices
{
    public static IServiceCollection AddStaffHome(this IServiceCollection services)
    {
        services.AddScoped<StaffHome>();
        return services;
    }
}
