namespace DoiThoai.Web.Features.Users;

/// <summary>Registration of the user administration feature.</summary>
public static class UserServices
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<UserService>();
        return services;
    }
}
