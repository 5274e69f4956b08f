namespace DoiThoai.Web.Domain.News;

/// <summary>Tags typed as "đối thoại, Mặt trận": trimmed, no empties, no duplicates (ignoring diacritics and case).</summary>
public static class NewsTags
{
    public const int MaxTags = 10;

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Length > 50 ? t[..50].Trim() : t)
            .DistinctBy(VietnameseText.Fold)
            .Take(MaxTags)
            .ToList();

    public static string Normalize(string? text) => string.Join(", ", Parse(text));
}
