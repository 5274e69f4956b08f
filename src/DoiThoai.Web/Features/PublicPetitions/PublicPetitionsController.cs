using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicPetitions;

public sealed class PublicPetitionFilter
{
    public int? UnitId { get; set; }
    public string? Topic { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

/// <summary>What a reader sees of an answered petition: where it was raised, on what, and the answer. No one's name.</summary>
public sealed record PublicPetitionRow(int Id, FollowUpKind Kind, string Content, string UnitName, string? Topic, string ConferenceTitle,
    ConferenceWhen When, string? Responsible, string? Answer, FollowUpState State, DateTime? PublishedAtUtc);

public sealed record PublicPetitionList(PublicPetitionFilter Filter, BoundedList<PublicPetitionRow> Page,
    IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics, bool SearchLimited = false);

/// <summary>The public page of answered petitions that staff chose to publish, by unit and topic.</summary>
[AllowAnonymous]
[Route("kien-nghi")]
public sealed class PublicPetitionsController(AppDbContext db) : Controller
{
    /// <summary>Words are looked for in at most this many answers, the most recently published: a search costs the same at any size.</summary>
    public const int SearchLimit = 10_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(PublicPetitionFilter filter)
    {
        var published = db.FollowUps.AsNoTracking().Where(f => f.IsPublic && f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId)
            && FollowUpStateMachine.AnsweredStates.Contains(f.State));
        var (query, searchLimited) = await FilterAsync(published, filter);
        // The page is chosen over ids in the order of the (IsPublic, PublishedAtUtc) index; only its rows are read in full.
        var page = await BoundedList<int>.CreateAsync([new(query.Select(f => f.Id), Newest(query).Select(f => f.Id))], filter.Page);
        var rows = await db.FollowUps.AsNoTracking().Where(f => page.Items.Contains(f.Id))
            .Select(f => new PublicPetitionRow(f.Id, f.Kind, FollowUpItem.ContentOf(f),
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), f.Petition!.Topic!.Name, f.Conference!.Title,
                new ConferenceWhen(f.Conference.HeldOn, f.Conference.HeldOnUnknown, f.Conference.ReviewedPeriodKind, f.Conference.ReviewedPeriodYear, f.Conference.ReviewedPeriodNumber),
                f.ResponsibleOrganization!.Name, f.Result, f.State, f.PublishedAtUtc))
            .ToDictionaryAsync(r => r.Id);

        // Each unit and topic is asked whether it has one published answer, rather than reading all the answers.
        var units = await db.Units.AsNoTracking().Where(u => published.Any(f => f.UnitId == u.Id)).OrderBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync();
        var topics = await db.Topics.AsNoTracking().Where(t => published.Any(f => f.Petition!.TopicId == t.Id))
            .Select(t => t.Name).Distinct().OrderBy(n => n).ToListAsync();
        return View(new PublicPetitionList(filter, page.With(page.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList()), units, topics, searchLimited));
    }

    /// <summary>
    /// Most recently published first. IsPublic leads the order (it is the same for every row kept) so that SQLite walks
    /// the (IsPublic, PublishedAtUtc) index and stops after a page: a bare "WHERE IsPublic" is no equality it can seek.
    /// </summary>
    private static IOrderedQueryable<FollowUpItem> Newest(IQueryable<FollowUpItem> query) =>
        query.OrderByDescending(f => f.IsPublic).ThenByDescending(f => f.PublishedAtUtc).ThenByDescending(f => f.Id);

    private async Task<(IQueryable<FollowUpItem> Query, bool SearchLimited)> FilterAsync(IQueryable<FollowUpItem> query, PublicPetitionFilter filter)
    {
        if (filter.UnitId is { } unitId)
        {
            var subtree = await db.Units.InSubtree(await db.Units.PathOfAsync(unitId)).Select(u => u.Id).ToListAsync();
            query = query.Where(f => subtree.Contains(f.UnitId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Topic)) query = query.Where(f => f.Petition!.Topic!.Name == filter.Topic);
        if (string.IsNullOrWhiteSpace(filter.Q)) return (query, false);

        // As in the staff list: words are matched in the most recently published answers, not in every row.
        var folded = VietnameseText.Fold(filter.Q);
        var newest = Newest(query);
        var limited = await newest.Skip(SearchLimit).AnyAsync();
        var candidates = newest.Take(SearchLimit).Select(f => f.Id);
        return (db.FollowUps.AsNoTracking().Where(f => candidates.Contains(f.Id)
            && (f.Petition != null ? f.Petition.SearchText.Contains(folded) : f.ConclusionItem!.SearchText.Contains(folded))), limited);
    }
}
