using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Search;

/// <summary>
/// The search words of a working list (the follow-up list, the conference list) asked of the full-text index
/// (ADR 0019): the records of the filter's unit and period that hold the words, whatever their age, newest first and
/// at most <see cref="Limit"/> of them. The list keeps those its other filters keep and shows them in its own order.
/// </summary>
public sealed class ListSearch(AppDbContext db, SearchIndexState index, IConfiguration configuration)
{
    public const int DefaultLimit = 10_000;

    /// <summary>The most matches a list reads ("Search:ListLimit"; tests lower it to reach it with a few records).</summary>
    public int Limit { get; } = configuration.GetValue("Search:ListLimit", DefaultLimit);

    public async Task<ListMatches> FindAsync(SearchFilter filter, CancellationToken cancellationToken = default)
    {
        var hits = await SearchCandidates.HitsAsync(db, filter, await index.HasFullTextAsync(db), Limit + 1, cancellationToken);
        return new ListMatches(hits.Take(Limit).ToList(), hits.Count > Limit);
    }

    /// <summary>
    /// The records of these conferences (a handful: those outside a scope that gave items to its bodies) that hold
    /// every word, matched here over their entries as the index would match them.
    /// </summary>
    public async Task<List<SearchHit>> InConferencesAsync(SearchWords words, IReadOnlyCollection<int> conferenceIds, CancellationToken cancellationToken = default)
    {
        if (conferenceIds.Count == 0) return [];
        var entries = await db.SearchEntries.AsNoTracking().Where(e => conferenceIds.Contains(e.ConferenceId))
            .Select(e => new { e.Kind, e.RecordId, e.UnitId, e.Text }).ToListAsync(cancellationToken);
        return entries.Where(e => SearchRanking.Counts(e.Text, words).All(c => c > 0))
            .Select(e => new SearchHit(e.Kind, e.RecordId, e.UnitId)).ToList();
    }
}

/// <summary>What a list's words found; <paramref name="Capped"/>: more records hold them than were read.</summary>
public sealed record ListMatches(IReadOnlyList<SearchHit> Hits, bool Capped)
{
    public List<int> IdsOf(SearchKind kind) => Hits.Where(h => h.Kind == kind).Select(h => h.RecordId).Distinct().ToList();
}
