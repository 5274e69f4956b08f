using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
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
    DateOnly HeldOn, string? Responsible, string? Answer, FollowUpState State, DateTime? PublishedAtUtc);

public sealed record PublicPetitionList(PublicPetitionFilter Filter, PagedList<PublicPetitionRow> Page,
    IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics);

/// <summary>The public page of answered petitions that staff chose to publish, by unit and topic.</summary>
[AllowAnonymous]
[Route("kien-nghi")]
public sealed class PublicPetitionsController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PublicPetitionFilter filter)
    {
        var published = db.FollowUps.AsNoTracking().Where(f => f.IsPublic && f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId)
            && FollowUpStateMachine.AnsweredStates.Contains(f.State));
        var query = published;
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Units.PathOfAsync(unitId);
            var subtree = db.Units.InSubtree(path);
            query = query.Where(f => subtree.Any(u => u.Id == f.UnitId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Topic)) query = query.Where(f => f.Petition!.Topic!.Name == filter.Topic);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = VietnameseText.Fold(filter.Q);
            query = query.Where(f => f.Petition != null ? f.Petition.SearchText.Contains(folded) : f.ConclusionItem!.SearchText.Contains(folded));
        }

        var page = await PagedList<PublicPetitionRow>.CreateAsync(query.OrderByDescending(f => f.PublishedAtUtc).ThenByDescending(f => f.Id)
            .Select(f => new PublicPetitionRow(f.Id, f.Kind, FollowUpItem.ContentOf(f),
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), f.Petition!.Topic!.Name, f.Conference!.Title,
                f.Conference.HeldOn, f.ResponsibleOrganization!.Name, f.Result, f.State, f.PublishedAtUtc)), filter.Page);

        var units = await db.Units.AsNoTracking().Where(u => published.Any(f => f.UnitId == u.Id)).OrderBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync();
        var topics = await published.Where(f => f.Petition!.Topic != null).Select(f => f.Petition!.Topic!.Name).Distinct().OrderBy(n => n).ToListAsync();
        return View(new PublicPetitionList(filter, page, units, topics));
    }
}
