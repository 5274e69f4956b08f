using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Creates the portal's roles when missing; runs at every start, in every environment.</summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<int>(role));
        }
    }
}
