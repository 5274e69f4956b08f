using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Search;

/// <summary>What one search asks the index: the words, the user's unit token, and the optional kind and period.</summary>
public sealed record SearchFilter(SearchWords Words, int ScopeUnitId, SearchKind? Kind, DateOnly? From, DateOnly? To)
{
    /// <summary>Years named by a period of at most this many years become year tokens of the match.</summary>
    private const int MaxYearTokens = 12;

    public IReadOnlyList<string> TagTokens
    {
        get
        {
            var tokens = new List<string> { SearchTokens.Unit(ScopeUnitId) };
            if (Kind is { } kind) tokens.Add(SearchTokens.Kind(kind));
            return tokens;
        }
    }

    public IReadOnlyList<string> YearTokens =>
        From is { } from && To is { } to && to >= from && to.Year - from.Year < MaxYearTokens
            ? Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(SearchTokens.Year).ToList()
            : [];

    /// <summary>The whole FTS5 match: the scope, kind and year tokens on <c>Tags</c>, every word on <c>Text</c>.</summary>
    public string ToFts5()
    {
        var tags = TagTokens.Select(t => $"Tags:\"{t}\"").ToList();
        if (YearTokens.Count > 0) tags.Add($"Tags:({string.Join(" OR ", YearTokens.Select(y => $"\"{y}\""))})");
        return string.Join(" AND ", tags.Append(Words.ToFts5()));
    }

    /// <summary>The tokens as a SQL Server CONTAINS condition on <c>Tags</c>.</summary>
    public string ToContainsTags()
    {
        var tags = TagTokens.Select(t => $"\"{t}\"").ToList();
        if (YearTokens.Count > 0) tags.Add($"({string.Join(" OR ", YearTokens.Select(y => $"\"{y}\""))})");
        return string.Join(" AND ", tags);
    }
}

/// <summary>
/// Finds the newest <see cref="Cap"/> entries that match a search, through the database's full-text index: FTS5 on
/// SQLite, CONTAINS on SQL Server, and LIKE where no full-text index exists (a SQL Server without the feature).
/// Reading newest first and stopping at the cap keeps a frequent word as fast as a rare one (ADR 0019);
/// <see cref="SearchRanking"/> then orders them.
/// </summary>
public static class SearchCandidates
{
    public const int Cap = 1000;

    public static Task<List<SearchEntry>> FindAsync(AppDbContext db, SearchFilter filter, bool fullText, CancellationToken cancellationToken)
    {
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        if (db.Database.IsSqlite())
            return db.SearchEntries.FromSql($"""
                SELECT e.* FROM SearchIndex JOIN SearchEntries AS e ON e.Id = SearchIndex.rowid
                WHERE SearchIndex MATCH {filter.ToFts5()} AND e.HeldOn >= {from} AND e.HeldOn <= {to}
                ORDER BY SearchIndex.rowid DESC LIMIT {Cap}
                """).AsNoTracking().ToListAsync(cancellationToken);
        var entries = db.SearchEntries.AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to);
        entries = fullText ? FullText(entries, filter) : Like(entries, filter);
        return entries.OrderByDescending(e => e.Id).Take(Cap).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The kind and id of the newest <paramref name="limit"/> records that match, for a working list to keep those its
    /// other filters keep (ADR 0019). The same reading as <see cref="FindAsync"/> without the texts.
    /// </summary>
    public static Task<List<SearchHit>> HitsAsync(AppDbContext db, SearchFilter filter, bool fullText, int limit, CancellationToken cancellationToken)
    {
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        if (db.Database.IsSqlite())
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT e.Kind, e.RecordId, e.UnitId FROM SearchIndex JOIN SearchEntries AS e ON e.Id = SearchIndex.rowid
                WHERE SearchIndex MATCH {filter.ToFts5()} AND e.HeldOn >= {from} AND e.HeldOn <= {to}
                ORDER BY SearchIndex.rowid DESC LIMIT {limit}
                """).ToListAsync(cancellationToken);
        var entries = db.SearchEntries.AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to);
        entries = fullText ? FullText(entries, filter) : Like(entries, filter);
        return entries.OrderByDescending(e => e.Id).Take(limit).Select(e => new SearchHit(e.Kind, e.RecordId, e.UnitId)).ToListAsync(cancellationToken);
    }

    /// <summary>SQL Server's full-text predicates over the two indexed columns.</summary>
    public static IQueryable<SearchEntry> FullText(IQueryable<SearchEntry> entries, SearchFilter filter)
    {
        var tags = filter.ToContainsTags();
        var words = filter.Words.ToContains();
        return entries.Where(e => EF.Functions.Contains(e.Tags, tags) && EF.Functions.Contains(e.Text, words));
    }

    /// <summary>
    /// Without a full-text index: the tokens matched whole between spaces, the words as substrings. Substrings find a
    /// few more entries than words do; <see cref="SearchRanking"/> keeps only those whose words match.
    /// </summary>
    public static IQueryable<SearchEntry> Like(IQueryable<SearchEntry> entries, SearchFilter filter)
    {
        foreach (var token in filter.TagTokens)
        {
            var padded = $" {token} ";
            entries = entries.Where(e => (" " + e.Tags + " ").Contains(padded));
        }
        var years = filter.YearTokens.Select(y => $" {y} ").ToList();
        if (years.Count > 0) entries = entries.Where(e => years.Any(y => (" " + e.Tags + " ").Contains(y)));
        foreach (var word in filter.Words.Words) entries = entries.Where(e => e.Text.Contains(word));
        return entries;
    }
}

/// <summary>A record that holds a search's words: its kind, its id, and the unit of its conference.</summary>
public sealed record SearchHit(SearchKind Kind, int RecordId, int UnitId);
