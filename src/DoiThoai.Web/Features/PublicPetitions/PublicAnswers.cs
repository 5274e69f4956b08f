using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>
/// The published answers a reader may see, one page at a time: newest publication first, or best match first when
/// words are given (<see cref="PublicAnswerSearch"/>). Only the page's rows are read in full.
/// </summary>
public sealed class PublicAnswers(AppDbContext db, PublicAnswerChoices choices, SearchIndexState index)
{
    public const int PageSize = 20;

    /// <summary>
    /// A reader opens at most <see cref="BoundedList{T}.MaxPages"/> pages of one filter, 1,000 answers: rows past them
    /// are not counted either ("Hơn 1.000"), so no filter reads more than that many answers.
    /// </summary>
    public const int CountLimit = BoundedList<int>.MaxPages * PageSize;

    /// <summary>
    /// The one rule of what the public sees: a published, answered item that was not merged into another, of a
    /// conference that is not deleted (the items' and conferences' query filters leave out deleted rows).
    /// </summary>
    public static IQueryable<FollowUpItem> Published(AppDbContext db) =>
        PublicRows(db).AsNoTracking().Where(f => f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId)
            && FollowUpStateMachine.AnsweredStates.Contains(f.State));

    /// <summary>
    /// The items marked public, written <c>IsPublic = 1</c>: SQLite seeks the indexes that lead with IsPublic on that,
    /// but reads every item for the bare <c>WHERE IsPublic</c> that a boolean test becomes.
    /// </summary>
    public static IQueryable<FollowUpItem> PublicRows(AppDbContext db) => db.FollowUps.FromSql($"SELECT * FROM FollowUps WHERE IsPublic = 1");

    public async Task<PublicPetitionList> ReadAsync(PublicPetitionFilter filter, CancellationToken cancellationToken = default)
    {
        var query = await FilterAsync(Published(db), filter, cancellationToken);
        var words = SearchWords.Parse(filter.Q);
        var (page, capped) = words.IsEmpty
            ? (await NewestAsync(query, filter.Page, cancellationToken), false)
            : await PublicAnswerSearch.PageAsync(db, query, words, filter.Page, await index.HasFullTextAsync(db), cancellationToken);
        var rows = await RowsAsync(page.Items, cancellationToken);
        var shown = page.With(page.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList());
        var (units, topics) = await choices.GetAsync(db, cancellationToken);
        return new PublicPetitionList(filter, shown, units, topics, capped);
    }

    /// <summary>
    /// A page of the newest published answers, chosen over ids in the order of the (IsPublic, PublishedAtUtc) index.
    /// The count walks the same order (unordered, SQLite took a state index and read every answered item) and stops
    /// at <see cref="CountLimit"/>.
    /// </summary>
    private static async Task<BoundedList<int>> NewestAsync(IQueryable<FollowUpItem> query, int page, CancellationToken cancellationToken)
    {
        var ordered = Newest(query).Select(f => f.Id);
        var count = await ordered.Take(CountLimit + 1).CountAsync(cancellationToken);
        page = PageWithin(count, page);
        return Bounded(await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken), page, count);
    }

    /// <summary>The page asked for, within the pages that exist and at most the last one a reader may open.</summary>
    public static int PageWithin(int count, int page) =>
        Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(Math.Min(count, CountLimit) / (double)PageSize)));

    /// <summary>One page of a list of <paramref name="count"/> answers (counted as far as one past the limit).</summary>
    public static BoundedList<int> Bounded(IReadOnlyList<int> items, int page, int count, bool countIsLowerBound = false) =>
        new(items, page, PageSize, Math.Min(count, CountLimit), countIsLowerBound || count > CountLimit, count > CountLimit);

    /// <summary>
    /// Most recently published first. IsPublic leads the order (it is the same for every row kept) so that SQLite walks
    /// the (IsPublic, PublishedAtUtc) index and stops after a page: a bare "WHERE IsPublic" is no equality it can seek.
    /// </summary>
    private static IOrderedQueryable<FollowUpItem> Newest(IQueryable<FollowUpItem> query) =>
        query.OrderByDescending(f => f.IsPublic).ThenByDescending(f => f.PublishedAtUtc).ThenByDescending(f => f.Id);

    private async Task<IQueryable<FollowUpItem>> FilterAsync(IQueryable<FollowUpItem> query, PublicPetitionFilter filter, CancellationToken cancellationToken)
    {
        if (filter.UnitId is { } unitId)
        {
            var subtree = await db.Units.InSubtree(await db.Units.PathOfAsync(unitId)).Select(u => u.Id).ToListAsync(cancellationToken);
            query = query.Where(f => subtree.Contains(f.UnitId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            // The units' catalogues share names ("Đất đai" in every commune): the name stands for all of them.
            var topicIds = await db.Topics.Where(t => t.Name == filter.Topic).Select(t => (int?)t.Id).ToListAsync(cancellationToken);
            query = query.Where(f => topicIds.Contains(f.Petition!.TopicId));
        }
        return query;
    }

    private async Task<Dictionary<int, PublicPetitionRow>> RowsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new PublicPetitionRow(f.Id, f.Kind, FollowUpItem.ContentOf(f),
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), f.Petition!.Topic!.Name, f.Conference!.Title,
                new ConferenceWhen(f.Conference.HeldOn, f.Conference.HeldOnUnknown, f.Conference.ReviewedPeriodKind, f.Conference.ReviewedPeriodYear, f.Conference.ReviewedPeriodNumber),
                f.ResponsibleOrganization!.Name, f.Result, f.State, f.PublishedAtUtc))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
}
