using System.Globalization;
using System.Text;

namespace DoiThoai.Web.Domain;

/// <summary>
/// Alphabetical order as Vietnamese dictionaries sort: letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
/// (so "Tập" comes before "Thiết" and "Đ" after every "D"), then the tones, unmarked, huyền, hỏi, ngã, sắc, nặng, as a
/// tie-break. <see cref="Key"/> turns a name into a string whose ordinal order is that order, for lists to sort by.
/// </summary>
public static class VietnameseOrder
{
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    public static readonly IComparer<string> Comparer =
        Comparer<string>.Create((a, b) => string.CompareOrdinal(Key(a), Key(b)));

    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var letters = new StringBuilder(text.Length);
        var tones = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            switch (ch)
            {
                // Marks that make another letter of the alphabet: the letter before them becomes ă, â, ê, ô, ơ or ư.
                case '\u0306' or '\u0302' or '\u031B': Remark(letters, ch); continue;
                // Tones: a second-level difference, kept apart so that they never outweigh a letter.
                case '\u0300': Tone(tones, '1'); continue;
                case '\u0309': Tone(tones, '2'); continue;
                case '\u0303': Tone(tones, '3'); continue;
                case '\u0301': Tone(tones, '4'); continue;
                case '\u0323': Tone(tones, '5'); continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var rank = Alphabet.IndexOf(ch);
            // Letters sort after digits, spaces and punctuation, which keep their own code (all below U+0100).
            letters.Append(rank < 0 ? ch : (char)(0x100 + rank));
            tones.Append('0');
        }
        return $"{letters}\u0001{tones}\u0001{text}";
    }

    private static void Tone(StringBuilder tones, char tone)
    {
        if (tones.Length > 0) tones[^1] = tone;
    }

    private static void Remark(StringBuilder letters, char mark)
    {
        if (letters.Length == 0) return;
        var last = letters[^1] - 0x100;
        if (last < 0 || last >= Alphabet.Length) return;
        var marked = (Alphabet[last], mark) switch
        {
            ('a', '\u0306') => 'ă', ('a', '\u0302') => 'â', ('e', '\u0302') => 'ê', ('o', '\u0302') => 'ô',
            ('o', '\u031B') => 'ơ', ('u', '\u031B') => 'ư', _ => '\0',
        };
        if (marked != '\0') letters[^1] = (char)(0x100 + Alphabet.IndexOf(marked));
    }
}
