using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Search;

/// <summary>
/// Search by words over the records of the user's scope (ADR 0019): the index finds the newest matches of the scope,
/// <see cref="SearchRanking"/> orders them, and one page of them is read back from the records to be shown.
/// </summary>
public sealed class SearchService(AppDbContext db, SearchIndexState index)
{
    public const int PageSize = 20;

    public async Task<SearchPage> SearchAsync(UserScope scope, SearchInput input, CancellationToken cancellationToken = default)
    {
        var words = SearchWords.Parse(input.Q);
        if (words.IsEmpty) return SearchPage.NotSearched(input);
        var filter = new SearchFilter(words, scope.UnitId, input.Kind, input.From, input.To);
        var candidates = await SearchCandidates.FindAsync(db, filter, await index.HasFullTextAsync(db), cancellationToken);
        var ranked = SearchRanking.Rank(candidates, words);
        var pageCount = Math.Max(1, (int)Math.Ceiling(ranked.Count / (double)PageSize));
        var page = Math.Clamp(input.Page, 1, pageCount);
        var shown = ranked.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new SearchPage(input, true, await ResultsAsync(shown, words, cancellationToken), page, pageCount, ranked.Count,
            candidates.Count >= SearchCandidates.Cap);
    }

    /// <summary>The shown entries with their records' texts as written, their conference and unit.</summary>
    private async Task<List<SearchResult>> ResultsAsync(List<SearchEntry> entries, SearchWords words, CancellationToken cancellationToken)
    {
        List<int> Ids(SearchKind kind) => entries.Where(e => e.Kind == kind).Select(e => e.RecordId).ToList();
        var conferenceIds = entries.Select(e => e.ConferenceId).Distinct().ToList();
        var conferences = await db.Conferences.AsNoTracking().Where(c => conferenceIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.Place, c.Summary, c.ConclusionText, c.FindingsText, UnitKind = c.Unit!.Kind, UnitName = c.Unit.Name,
                When = new ConferenceWhen(c.HeldOn, c.HeldOnUnknown, c.ReviewedPeriodKind, c.ReviewedPeriodYear, c.ReviewedPeriodNumber) })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var petitionIds = Ids(SearchKind.Petition);
        var petitions = await db.Petitions.AsNoTracking().Where(p => petitionIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => Join(p.Content, p.OnTheSpotAnswer), cancellationToken);
        var conclusionIds = Ids(SearchKind.ConclusionItem);
        var conclusions = await db.ConclusionItems.AsNoTracking().Where(i => conclusionIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Content, cancellationToken);
        var itemIds = Ids(SearchKind.FollowUp);
        var items = await db.FollowUps.AsNoTracking().Where(f => itemIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => Join(f.ContentText, f.Result), cancellationToken);

        var results = new List<SearchResult>();
        foreach (var e in entries)
        {
            if (!conferences.TryGetValue(e.ConferenceId, out var c)) continue;
            var text = e.Kind switch
            {
                SearchKind.Conference => Join(c.Title, c.Place, c.Summary, c.ConclusionText, c.FindingsText),
                SearchKind.Petition => petitions.GetValueOrDefault(e.RecordId),
                SearchKind.ConclusionItem => conclusions.GetValueOrDefault(e.RecordId),
                _ => items.GetValueOrDefault(e.RecordId),
            };
            if (text is null) continue;
            results.Add(new SearchResult(e.Kind, LinkOf(e), c.Title, $"{c.UnitKind.Label()} {c.UnitName}", c.When, SearchSnippet.Highlight(text, words)));
        }
        return results;
    }

    private static string Join(params string?[] texts) => string.Join(" · ", texts.Where(t => !string.IsNullOrWhiteSpace(t)));

    private static string LinkOf(SearchEntry e) => e.Kind switch
    {
        SearchKind.FollowUp => $"/FollowUps/Details/{e.RecordId}",
        SearchKind.Petition => $"/Conferences/Details/{e.ConferenceId}#petitions-h",
        SearchKind.ConclusionItem => $"/Conferences/Details/{e.ConferenceId}#conclusion-h",
        _ => $"/Conferences/Details/{e.ConferenceId}",
    };
}

/// <summary>Whether the database has a full-text index to ask (SQL Server may lack the feature); asked once per process.</summary>
public sealed class SearchIndexState
{
    private bool? _hasFullText;

    public async Task<bool> HasFullTextAsync(AppDbContext db)
    {
        if (_hasFullText is { } known) return known;
        if (db.Database.IsSqlite()) return (_hasFullText = true).Value;
        var count = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*) AS Value FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('dbo.SearchEntries')").SingleAsync();
        return (_hasFullText = count > 0).Value;
    }
}
