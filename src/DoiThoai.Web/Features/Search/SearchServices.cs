namespace DoiThoai.Web.Features.Search;

/// <summary>Registration of the search feature.</summary>
public static class SearchServices
{
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services.AddScoped<SearchService>().AddScoped<ListSearch>().AddSingleton<SearchIndexState>();
}
