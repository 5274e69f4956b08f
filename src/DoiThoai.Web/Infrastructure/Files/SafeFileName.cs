using System.Text;

namespace DoiThoai.Web.Infrastructure.Files;

/// <summary>
/// The name a file is shown and downloaded under, made from whatever the browser sent: no folders,
/// no control or reserved characters, a sensible length, and the extension of what the file really is.
/// The name on disk is never derived from it.
/// </summary>
public static class SafeFileName
{
    private const int MaxStemLength = 100;
    private static readonly HashSet<char> Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', ';', '%'];

    public static string Clean(string? sent, FileType type) => Stem(sent) + type.Extension;

    /// <summary>The cleaned name without its extension, for messages about a file not yet recognised.</summary>
    public static string Stem(string? sent)
    {
        // Browsers on Windows may send a whole path; either separator ends a folder name.
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var stem = Path.GetFileNameWithoutExtension(name).Normalize(NormalizationForm.FormC);

        var cleaned = new StringBuilder(stem.Length);
        foreach (var c in stem)
            cleaned.Append(char.IsControl(c) || Reserved.Contains(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '_' : c);
        stem = cleaned.ToString().Trim().Trim('.', ' ', '_');
        if (stem.Length > MaxStemLength) stem = stem[..MaxStemLength].TrimEnd();
        if (stem.Length == 0) stem = "tep-dinh-kem";
        return stem;
    }
}
