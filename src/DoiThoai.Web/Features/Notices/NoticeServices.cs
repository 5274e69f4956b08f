namespace DoiThoai.Web.Features.Notices;

public static class NoticeServices
{
    /// <summary>
    /// Notices and e-mail. Whether the background scan runs is decided when it starts, from "Notices:Enabled"
    /// and the environment, so this needs neither configuration nor environment here.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<NoticeScanner>();
        services.AddScoped<NoticeService>();
        services.AddScoped<RaiserNotifier>();
        services.AddHostedService<NoticeBackgroundService>();
        return services;
    }
}
