using DoiThoai.Web.Infrastructure.Security;

namespace DoiThoai.Web.Features.Account;

/// <summary>Registration of sign-in; Identity itself is set up in Infrastructure/WebServices.cs.</summary>
public static class AccountServices
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        // Sign-in gives the same work and answer for an e-mail with no account (PasswordSignIn.cs).
        services.AddSingleton<UnknownAccountFailures>();
        services.AddScoped<PasswordSignIn>();
        return services;
    }
}
