using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Registration of Identity, authorization and MVC, kept out of Program.cs; no feature services (each feature registers its own).</summary>
public static class WebServices
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IServiceCollection AddDoiThoaiIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole<int>>(options =>
            {
                // OWASP ASVS 5 V6.2: at least 12 characters, no composition rules, common passwords refused.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedSignIns", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: a code is accepted once (ASVS 6.5.1).
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // A locked account or a changed password ends existing sessions at the next check.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 60)));

        services.ConfigureApplicationCookie(options =>
        {
            // Name, HttpOnly, SameSite=Lax and Secure: SecureCookie below, with Identity's other cookies.
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Error/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A refusal is a 403 page at the same address, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Every cookie the portal sets is HttpOnly, SameSite and, outside Development and Testing, Secure with
        // the __Host- prefix (https only, this host only, path /).
        foreach (var (scheme, name) in new[]
                 {
                     (IdentityConstants.ApplicationScheme, "DoiThoai.Auth"), (IdentityConstants.TwoFactorUserIdScheme, "DoiThoai.TwoFactor"),
                     (IdentityConstants.TwoFactorRememberMeScheme, "DoiThoai.TwoFactorRemember"), (IdentityConstants.ExternalScheme, "DoiThoai.External"),
                 })
            services.AddOptions<CookieAuthenticationOptions>(scheme)
                .Configure<IHostEnvironment>((options, environment) => SecureCookie(options.Cookie, name, SameSiteMode.Lax, environment));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) => SecureCookie(options.Cookie, "DoiThoai.Antiforgery", SameSiteMode.Strict, environment));
        services.AddOptions<CookieTempDataProviderOptions>()
            .Configure<IHostEnvironment>((options, environment) => SecureCookie(options.Cookie, "DoiThoai.TempData", SameSiteMode.Lax, environment));

        // Sign-in posts per client address and minute (Infrastructure/Security/SignInRateLimit.cs); the middleware runs in Program.cs.
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SignInRateLimit>(SignInRateLimit.PolicyName);
        });

        var dataProtection = services.AddDataProtection()
            .SetApplicationName("DoiThoai")
            .PersistKeysToDbContext<AppDbContext>();
        ProtectKeysWithCertificate(dataProtection, configuration);
        return services;
    }

    /// <summary>
    /// With "DataProtection:CertificatePath" (a PFX; its password in "DataProtection:CertificatePassword", from the
    /// environment) the keys are stored encrypted with that certificate. Certificates named in
    /// "DataProtection:PreviousCertificatePaths" (same password unless "DataProtection:PreviousCertificatePassword")
    /// still decrypt keys written before a rotation.
    /// </summary>
    private static void ProtectKeysWithCertificate(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path) return;
        var password = configuration["DataProtection:CertificatePassword"];
        var current = LoadCertificate(path, password);
        var previous = configuration.GetSection("DataProtection:PreviousCertificatePaths").Get<string[]>() ?? [];
        var previousPassword = configuration["DataProtection:PreviousCertificatePassword"] ?? password;
        dataProtection.ProtectKeysWithCertificate(current);
        // Decryption looks up certificates by thumbprint in the machine's store unless they are given here.
        X509Certificate2[] readable = [current, .. previous.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => LoadCertificate(p, previousPassword))];
        dataProtection.UnprotectKeysWithAnyCertificate(readable);
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"The data protection certificate {path} does not exist (DataProtection:CertificatePath).");
        // Ephemeral: the private key stays in memory, no key file is left on the server.
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"The data protection certificate {path} has no private key.");
        return certificate;
    }

    /// <summary>Development and Testing run on plain http; everywhere else cookies travel over https only.</summary>
    public static bool HttpsOnlyCookies(IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    private static void SecureCookie(CookieBuilder cookie, string name, SameSiteMode sameSite, IHostEnvironment environment)
    {
        var httpsOnly = HttpsOnlyCookies(environment);
        cookie.Name = httpsOnly ? "__Host-" + name : name;
        cookie.HttpOnly = true;
        cookie.SameSite = sameSite;
        cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // __Host- requires path / and no domain, also when the portal runs under a path base.
        if (httpsOnly)
        {
            cookie.Path = "/";
            cookie.Domain = null;
        }
    }

    public static IServiceCollection AddDoiThoaiAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddAccessPolicies();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<RecordAuthorization>();
        services.AddScoped<IRecordAuthorization>(sp => sp.GetRequiredService<RecordAuthorization>());
        services.AddScoped<IAuthorizationHandler, UnitScopedRecordHandler>();
        return services;
    }

    public static IServiceCollection AddDoiThoaiMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<RequireTwoFactorFilter>();
                // A form that cannot be read is refused with its reason (400/413); a form posted twice saves once (ADR 0008).
                options.Filters.Add<Forms.UnreadableFormFilter>();
                options.Filters.Add<Forms.FormSubmissionFilter>();
                VietnameseModelBindingMessages.Apply(options.ModelBindingMessageProvider);
                // Dates read as typed in Vietnam, dd/MM/yyyy, in forms and query strings alike (ADR 0014).
                options.ModelBinderProviders.Insert(0, new Forms.DateModelBinderProvider());
                options.ModelMetadataDetailsProviders.Add(new VietnameseImplicitRequired());
            })
            .AddRazorOptions(options =>
            {
                // Views live beside their controller: Features/{Feature}/{View}.cshtml.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese];
            options.SupportedUICultures = [Vietnamese];
            options.RequestCultureProviders.Clear();
        });
        // Vietnamese letters are written as they are, not as &#x...; entities: readable and lighter pages.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHstsSettings();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddHostedService<Forms.FormSubmissionPurge>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoConferences>();
        return services;
    }
}
