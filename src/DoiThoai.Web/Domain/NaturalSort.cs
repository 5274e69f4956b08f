using System.Text;

namespace DoiThoai.Web.Domain;

/// <summary>
/// A key that sorts names as people read them: "Chi hội số 2" before "Chi hội số 10". Every run of digits is padded
/// to the same width and the text is folded, so an ordinal comparison of keys gives the natural order.
/// </summary>
public static class NaturalSort
{
    private const int Width = 12;

    public static string Key(string? text)
    {
        var folded = VietnameseText.Fold(text ?? "");
        var key = new StringBuilder(folded.Length + Width);
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                key.Append(folded[i++]);
                continue;
            }
            var start = i;
            while (i < folded.Length && char.IsAsciiDigit(folded[i])) i++;
            var digits = folded[start..i].TrimStart('0');
            key.Append(digits.Length >= Width ? digits : digits.PadLeft(Width, '0'));
        }
        return key.ToString();
    }

    /// <summary>The texts in natural order; equal keys keep the texts' own ordinal order, so the result is stable.</summary>
    public static IEnumerable<string> Order(IEnumerable<string> texts) =>
        texts.OrderBy(Key, StringComparer.Ordinal).ThenBy(t => t, StringComparer.Ordinal);
}
