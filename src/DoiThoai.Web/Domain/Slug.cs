using System.Text;

namespace DoiThoai.Web.Domain;

/// <summary>Vietnamese-aware slugs for addresses and file names: "Hội nghị đối thoại" becomes "hoi-nghi-doi-thoai".</summary>
public static class Slug
{
    public static string From(string? text, int maxLength = 80)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? "khong-ten" : slug;
    }
}
