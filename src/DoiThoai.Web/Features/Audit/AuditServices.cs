namespace DoiThoai.Web.Features.Audit;

/// <summary>Registration of the history pages.</summary>
public static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<HistoryQuery>();
        return services;
    }
}
