using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Search;

/// <summary>
/// One searchable record in the words index (ADR 0019): its folded text and the tokens that restrict a search to
/// a scope, a kind and years. Written only by <c>Data/SearchEntriesBuilder</c>, one conference's entries at a time;
/// the database's full-text index (SQLite FTS5, SQL Server FULLTEXT) is kept over <see cref="Text"/> and <see cref="Tags"/>.
/// </summary>
public class SearchEntry
{
    /// <summary>The full-text index's row id (FTS5 <c>rowid</c>); newer entries have larger ids.</summary>
    public long Id { get; set; }
    public SearchKind Kind { get; set; }
    public int RecordId { get; set; }
    public int ConferenceId { get; set; }
    public int UnitId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Unit, kind and year tokens (<see cref="SearchTokens"/>): a search's scope is part of its match.</summary>
    public string Tags { get; set; } = "";

    /// <summary>The record's words, folded by <see cref="VietnameseText.Fold"/>.</summary>
    public string Text { get; set; } = "";
}

/// <summary>What a search result is; the number is also its kind token.</summary>
public enum SearchKind
{
    [Display(Name = "Hội nghị")] Conference = 1,
    [Display(Name = "Ý kiến, kiến nghị")] Petition = 2,
    [Display(Name = "Kết luận")] ConclusionItem = 3,
    [Display(Name = "Nội dung theo dõi")] FollowUp = 4,
}
