using DoiThoai.Web.Documents;

namespace DoiThoai.Web.Features.Documents;

/// <summary>Registration of official documents: their templates (per unit or the repository's) and issuers.</summary>
public static class DocumentServices
{
    public static IServiceCollection AddDocuments(this IServiceCollection services) =>
        services.AddScoped<DocumentIssuers>().AddScoped<DocumentTemplates>();
}
