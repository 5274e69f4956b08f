using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>
/// Words looked for in the published answers through the staff search's full-text index (ADR 0019), among the entries
/// that carry the public answer token (ADR 0028). Those entries also hold text the public must not read (an on-the-spot
/// answer beside a petition), and a token may lag a change made outside the save path, so the index only proposes records:
/// a proposed record counts only through a published item (<see cref="PublicAnswers.Published"/>), and only when
/// every word is in what the page shows of it, its content and its answer. Ranked as the staff search ranks.
/// </summary>
public static class PublicAnswerSearch
{
    /// <summary>
    /// The newest matching entries read from the index: a frequent word costs the same as a rare one. Every entry read
    /// leads to a published answer (ADR 0028), so the window holds up to the 1,000 answers a reader may page through
    /// (<see cref="PublicAnswers.CountLimit"/>; fewer when an answer is found by its own entry and its petition's too,
    /// and then the page says the search was limited). Each answer proposed is read and ranked: a window twice as long
    /// made a commune's search 100 ms at a district's ten years.
    /// </summary>
    public const int ScanLimit = PublicAnswers.CountLimit;

    private sealed record Match(long Id, SearchKind Kind, int RecordId);

    public static async Task<(BoundedList<int> Page, bool Capped)> PageAsync(AppDbContext db, IQueryable<FollowUpItem> published,
        SearchWords words, int? unitId, int page, bool fullText, CancellationToken cancellationToken)
    {
        var matches = await MatchesAsync(db, words, unitId, fullText, cancellationToken);
        var ranked = await RankAsync(published, matches, words, cancellationToken);
        var capped = matches.Count >= ScanLimit;
        page = PublicAnswers.PageWithin(ranked.Count, page);
        var items = ranked.Skip((page - 1) * PublicAnswers.PageSize).Take(PublicAnswers.PageSize).ToList();
        return (PublicAnswers.Bounded(items, page, ranked.Count, capped), capped);
    }

    /// <summary>
    /// The newest entries that lead to a published answer (<see cref="SearchTokens.PublicAnswer"/>) and whose text holds
    /// every word, newest first: FTS5 on SQLite, CONTAINS or LIKE on SQL Server. Only those records are read, so a
    /// frequent word among the district's hundred thousand titles and millions of petitions costs what it costs among
    /// the answers; on SQLite a chosen unit is part of the match too.
    /// </summary>
    private static async Task<List<Match>> MatchesAsync(AppDbContext db, SearchWords words, int? unitId, bool fullText, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var unit = unitId is { } id ? $" AND Tags:\"{SearchTokens.Unit(id)}\"" : "";
            var expression = $"{words.ToFts5()} AND Tags:\"{SearchTokens.PublicAnswer}\"{unit}";
            return await db.Database.SqlQuery<Match>($"""
                SELECT e.Id, e.Kind, e.RecordId FROM SearchIndex JOIN SearchEntries AS e ON e.Id = SearchIndex.rowid
                WHERE SearchIndex MATCH {expression} ORDER BY SearchIndex.rowid DESC LIMIT {ScanLimit}
                """).ToListAsync(cancellationToken);
        }
        // The token is the only one of its letters among the tags (the others are a letter and digits).
        var entries = db.SearchEntries.AsNoTracking().Where(e => e.Tags.Contains(SearchTokens.PublicAnswer));
        if (fullText) entries = entries.Where(e => EF.Functions.Contains(e.Text, words.ToContains()));
        else foreach (var word in words.Words) entries = entries.Where(e => e.Text.Contains(word));
        return await entries.OrderByDescending(e => e.Id).Take(ScanLimit)
            .Select(e => new Match(e.Id, e.Kind, e.RecordId)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The published items the matches point at (an answer's own entry, or its petition's or conclusion item's), kept
    /// when every word is in their shown content and answer, best first.
    /// </summary>
    private static async Task<List<int>> RankAsync(IQueryable<FollowUpItem> published, List<Match> matches, SearchWords words, CancellationToken cancellationToken)
    {
        List<int> Ids(SearchKind kind) => matches.Where(m => m.Kind == kind).Select(m => m.RecordId).Distinct().ToList();
        var (itemIds, petitionIds, conclusionIds) = (Ids(SearchKind.FollowUp), Ids(SearchKind.Petition), Ids(SearchKind.ConclusionItem));
        var found = await published
            // Thousands of ids: each list is one JSON parameter, not EF's default of one parameter per id.
            .Where(f => EF.Parameter(itemIds).Contains(f.Id) || EF.Parameter(petitionIds).Contains(f.PetitionId!.Value)
                || EF.Parameter(conclusionIds).Contains(f.ConclusionItemId!.Value))
            .Select(f => new { f.Id, f.PetitionId, f.ConclusionItemId, Content = FollowUpItem.ContentOf(f), f.Result })
            .ToListAsync(cancellationToken);

        // The newest entry that proposed an item stands for its age when two rank the same.
        var newest = new Dictionary<(SearchKind, int), long>();
        foreach (var m in matches) newest.TryAdd((m.Kind, m.RecordId), m.Id);
        long AgeOf(int id, int? petitionId, int? conclusionId) => new[]
        {
            newest.GetValueOrDefault((SearchKind.FollowUp, id)),
            petitionId is { } p ? newest.GetValueOrDefault((SearchKind.Petition, p)) : 0,
            conclusionId is { } c ? newest.GetValueOrDefault((SearchKind.ConclusionItem, c)) : 0,
        }.Max();

        var shown = found.Select(f => new SearchEntry
        {
            Id = AgeOf(f.Id, f.PetitionId, f.ConclusionItemId), RecordId = f.Id,
            Text = VietnameseText.Fold(string.Join('\n', f.Content, f.Result)),
        }).ToList();
        return SearchRanking.Rank(shown, words).Select(e => e.RecordId).ToList();
    }
}
