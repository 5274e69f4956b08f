using DoiThoai.Web.Domain.Search;

namespace DoiThoai.Web.Features.Search;

/// <summary>
/// Orders the matching entries best first with BM25's term-frequency part (the words found more often in a shorter
/// text rank higher), newest first among equals. Computed here rather than by the database's bm25(), whose word
/// weights read every row that holds the word: for "dân" that is most of the district (ADR 0019). Also drops an
/// entry whose words do not all match, which only the LIKE reading can return.
/// </summary>
public static class SearchRanking
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static List<SearchEntry> Rank(IReadOnlyList<SearchEntry> entries, SearchWords words)
    {
        var scored = entries.Select(e => (Entry: e, Counts: Counts(e.Text, words))).Where(s => s.Counts.All(c => c > 0)).ToList();
        if (scored.Count == 0) return [];
        var lengths = scored.ToDictionary(s => s.Entry.Id, s => (double)Math.Max(1, SearchWords.Split(s.Entry.Text).Count()));
        var averageLength = lengths.Values.Average();
        return scored
            .Select(s => (s.Entry, Score: s.Counts.Sum(tf => tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[s.Entry.Id] / averageLength)))))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Entry.Id)
            .Select(s => s.Entry).ToList();
    }

    /// <summary>How many times each word of the search occurs among the text's words.</summary>
    public static int[] Counts(string foldedText, SearchWords words)
    {
        var counts = new int[words.Words.Count];
        foreach (var word in SearchWords.Split(foldedText))
            for (var i = 0; i < counts.Length; i++)
                if (words.Matches(word, i)) counts[i]++;
        return counts;
    }
}
