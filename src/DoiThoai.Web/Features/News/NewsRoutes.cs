namespace DoiThoai.Web.Features.News;

/// <summary>Addresses under /tin-tuc that are pages of their own, so no post may take them as its slug.</summary>
public static class NewsRoutes
{
    private static readonly HashSet<string> Reserved = ["tim-kiem", "chuyen-muc", "anh", "thong-ke", "the", "trang", "ma-kiem-tra"];

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    public static string CategorySlug(Domain.News.NewsCategory category) => Domain.Slug.From(Domain.EnumLabels.Label(category));

    public static Domain.News.NewsCategory? CategoryFrom(string? slug) =>
        Enum.GetValues<Domain.News.NewsCategory>().Cast<Domain.News.NewsCategory?>().FirstOrDefault(c => CategorySlug(c!.Value) == slug);
}
