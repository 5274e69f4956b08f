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
public sealed class PublicAnswers(AppDbContext db, PublicAnswerChoices choices, SearchIndexState index, IConfiguration configuration)
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
            : await PublicAnswerSearch.PageAsync(db, query, words, filter.UnitId, filter.Page, await index.HasFullTextAsync(db), cancellationToken);
        var rows = await RowsAsync(page.Items, cancellationToken);
        var shown = page.With(page.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList());
        var (units, topics) = await choices.GetAsync(db, cancellationToken);
        return new PublicPetitionList(filter, shown, units, topics, capped);
    }

    /// <summary>
    /// A page of the newest published answers, chosen over ids in the order of the (IsPublic, PublishedAtUtc) index:
    /// the ids are read in that order as far as one past <see cref="CountLimit"/>, which both counts them and holds
    /// every page a reader may open, so one walk serves the count and the page.
    /// </summary>
    private static async Task<BoundedList<int>> NewestAsync(IQueryable<FollowUpItem> query, int page, CancellationToken cancellationToken)
    {
        var ids = await Newest(query).Select(f => f.Id).Take(CountLimit + 1).ToListAsync(cancellationToken);
        page = PageWithin(ids.Count, page);
        return Bounded(ids.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, ids.Count);
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
    internal static IOrderedQueryable<FollowUpItem> Newest(IQueryable<FollowUpItem> query) =>
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
            query = OfTopic(db, query, topicIds, await FewPetitionsAsync(topicIds, cancellationToken));
        }
        return query;
    }

    /// <summary>The answers whose petition has one of the topics, written for the way chosen (<see cref="FewPetitionsAsync"/>).</summary>
    internal static IQueryable<FollowUpItem> OfTopic(AppDbContext db, IQueryable<FollowUpItem> query, List<int?> topicIds, bool fewPetitions) =>
        fewPetitions
            ? query.Where(f => topicIds.Contains(f.Petition!.TopicId))
            : query.Where(f => topicIds.Contains(db.Petitions.Where(p => p.Id == f.PetitionId).Select(p => p.TopicId).FirstOrDefault()));

    /// <summary>
    /// Whether the topic's petitions are few enough to be read first (SQLite's own choice for the join, through the
    /// petitions' topic index) rather than walking the newest answers and asking each for its petition's topic (a
    /// correlated subquery, which the planner cannot turn into that join). Each way costs about what the other costs
    /// at <see cref="FewPetitions"/> petitions (about 60 ms of CPU at a district's ten years); past it, a topic holds
    /// one petition in thirty or more, and a walk finds the thousand answers a reader may page through soon.
    /// </summary>
    private async Task<bool> FewPetitionsAsync(List<int?> topicIds, CancellationToken cancellationToken)
    {
        var few = configuration.GetValue("PublicAnswers:FewPetitions", FewPetitions);
        return await db.Petitions.Where(p => topicIds.Contains(p.TopicId)).Select(p => p.Id).Take(few + 1).CountAsync(cancellationToken) <= few;
    }

    /// <summary>
    /// The number of a topic's petitions up to which they are read first (<see cref="FewPetitionsAsync"/>); the setting
    /// <c>PublicAnswers:FewPetitions</c> changes it (tests take each way on the demo's few petitions).
    /// </summary>
    public const int FewPetitions = 60_000;

    private async Task<Dictionary<int, PublicPetitionRow>> RowsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new PublicPetitionRow(f.Id, f.Kind, FollowUpItem.ContentOf(f),
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), f.Petition!.Topic!.Name, f.Conference!.Title,
                new ConferenceWhen(f.Conference.HeldOn, f.Conference.HeldOnUnknown, f.Conference.ReviewedPeriodKind, f.Conference.ReviewedPeriodYear, f.Conference.ReviewedPeriodNumber),
                f.ResponsibleOrganization!.Name, f.Result, f.State, f.PublishedAtUtc))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
}
