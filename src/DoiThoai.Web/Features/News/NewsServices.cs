namespace DoiThoai.Web.Features.News;

/// <summary>Registration of the editors' news pages; the public side registers in PublicNews/PublicNewsServices.cs.</summary>
public static class NewsServices
{
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddScoped<NewsService>();
        services.AddScoped<ConferenceFactsReader>();
        return services;
    }
}
