using System.Text;

namespace DoiThoai.Web.Domain.Search;

/// <summary>
/// What a person typed, as words the index knows: folded (<see cref="VietnameseText.Fold"/>), split where the index
/// splits (anything but a letter or a digit), at most <see cref="MaxWords"/>. Nothing typed reaches the index's query
/// language: every word is quoted and holds only letters and digits, so <c>"</c>, <c>*</c>, <c>-</c>, <c>(</c>,
/// <c>AND</c> or <c>NEAR</c> are words or nothing, never operators. The last word is also a prefix ("moi tru" finds
/// "môi trường") once it has <see cref="MinPrefixLength"/> letters.
/// </summary>
public sealed record SearchWords(IReadOnlyList<string> Words, bool LastIsPrefix)
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;
    public const int MinPrefixLength = 2;

    public bool IsEmpty => Words.Count == 0;

    public static SearchWords Parse(string? typed)
    {
        // A repeated word counts once, at its last place, so the word typed last stays the prefix.
        var words = Split(VietnameseText.Fold(typed)).Take(MaxWords).Reverse().Distinct().Reverse().ToList();
        var endsInWord = typed is { Length: > 0 } && char.IsLetterOrDigit(typed[^1]);
        return new SearchWords(words, words.Count > 0 && words[^1].Length >= MinPrefixLength && endsInWord);
    }

    /// <summary>The words of a folded text, as the index splits it (FTS5's unicode61 tokenizer).</summary>
    public static IEnumerable<string> Split(string folded)
    {
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { if (word.Length < MaxWordLength) word.Append(c); continue; }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
    }

    /// <summary>True when a folded word of a text is one of these words, or starts with the last one when it is a prefix.</summary>
    public bool Matches(string foldedWord)
    {
        for (var i = 0; i < Words.Count; i++)
            if (Matches(foldedWord, i)) return true;
        return false;
    }

    /// <summary>True when a folded word of a text is the search's word at <paramref name="index"/> (or starts with it, for the prefix).</summary>
    public bool Matches(string foldedWord, int index) =>
        foldedWord == Words[index]
        || (index == Words.Count - 1 && LastIsPrefix && foldedWord.StartsWith(Words[index], StringComparison.Ordinal));

    /// <summary>The words as an FTS5 expression on the <c>Text</c> column: every word required, each quoted.</summary>
    public string ToFts5() => string.Join(" AND ", Words.Select((w, i) =>
        $"Text:\"{w}\"" + (i == Words.Count - 1 && LastIsPrefix ? "*" : "")));

    /// <summary>The words as a SQL Server CONTAINS condition: every word required, each quoted, the prefix with <c>*</c>.</summary>
    public string ToContains() => string.Join(" AND ", Words.Select((w, i) =>
        i == Words.Count - 1 && LastIsPrefix ? $"\"{w}*\"" : $"\"{w}\""));
}
