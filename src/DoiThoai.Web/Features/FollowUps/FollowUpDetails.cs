using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Organizations;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// An item's page: its whole story, read in one projection (EF runs it as one statement per list it holds), and
/// what the user may do to it now, as the item offers it. Before this projection the page took about twenty queries.
/// </summary>
public sealed class FollowUpDetails(AppDbContext db, FollowUpRecords records, ConferenceOrganizations organizations, ItemTemplates templates,
    IConfiguration configuration)
{
    public async Task<FollowUpStory> StoryAsync(FollowUpItem item, UserScope scope, AssignInput? assign = null, ProgressInput? progress = null)
    {
        var source = await db.FollowUps.AsNoTracking().AsSplitQuery().Where(f => f.Id == item.Id).OrderBy(f => f.Id).Select(f => new
        {
            Content = FollowUpItem.ContentOf(f),
            WholePetition = f.ContentText != null ? f.Petition!.Content : null,
            Topic = f.Petition!.Topic!.Name,
            TopicId = f.Petition != null ? f.Petition.TopicId : null,
            Answer = f.Petition!.OnTheSpotAnswer,
            RaiserEmail = f.Petition!.RaiserEmail,
            ConferenceTitle = f.Conference!.Title,
            f.Conference.HeldOn,
            ConferenceUnitId = f.Conference.UnitId,
            UnitPath = db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Path).First(),
            Responsible = f.ResponsibleOrganization!.Name,
            Coordinators = f.Coordinators.OrderBy(c => c.Id).Select(c => new { c.OrganizationId, c.Organization!.Name }).ToList(),
            Timeline = f.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
                .Select(e => new TimelineLine(e.Id, e.AtUtc, e.UserName, e.Kind, e.Action, e.StateAfter, e.Text, e.Percent,
                    e.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentLink(a.Id, a.FileName, a.Length)).ToList())).ToList(),
            // Lists beside the item are joined on equal keys only (SQLite has no APPLY): its own row is left out in memory.
            Raiser = f.Petition!.RaisedByPerson!.FullName ?? f.Petition.RaisedByOrganization!.Name ?? f.Petition.RaisedByUnit!.Name,
            Siblings = db.FollowUps.Where(s => s.PetitionId != null && s.PetitionId == f.PetitionId && s.MergedIntoId == null).OrderBy(s => s.Id)
                .Select(s => new RelatedItem(s.Id, FollowUpItem.ContentOf(s), s.State)).ToList(),
            Merged = db.FollowUps.Where(m => m.MergedIntoId == f.Id).OrderBy(m => m.Id)
                .Select(m => new
                {
                    Item = new RelatedItem(m.Id, FollowUpItem.ContentOf(m), m.State),
                    Raiser = m.Petition != null ? m.Petition.RaisedByPerson!.FullName ?? m.Petition.RaisedByOrganization!.Name ?? m.Petition.RaisedByUnit!.Name : null,
                }).ToList(),
            Notices = db.RaiserNotices.Where(n => n.FollowUpItemId == f.Id).OrderBy(n => n.Id)
                .Select(n => new RaiserNoticeLine(n.Kind, n.Recipients, n.CreatedAtUtc, n.SentAtUtc)).ToList(),
        }).FirstAsync();

        var today = records.Today;
        return new FollowUpStory(item.Id, item.Version, item.Kind, item.State, source.Content, item.ConferenceId, source.ConferenceTitle, source.HeldOn,
            source.Topic, source.Answer, source.Responsible, source.Coordinators.Select(c => c.Name).ToList(), item.AssignedOn, item.Deadline,
            item.Priority, item.ProgressPercent, item.Result, item.Assessment, source.Timeline,
            item.Offers(action => AccessPolicy.RoleMayTakeAction(scope.Roles, action), AccessPolicy.MayMonitor(scope.Roles)),
            Deadlines.IsOverdue(item.State, item.Deadline, today), item.IsPublic,
            await organizations.ChoicesAsync(source.ConferenceUnitId),
            assign ?? new AssignInput
            {
                Version = item.Version, ResponsibleOrganizationId = item.ResponsibleOrganizationId,
                CoordinatorIds = source.Coordinators.Select(c => c.OrganizationId).ToList(),
                Deadline = item.Deadline ?? Deadlines.Default(today, DefaultDays(item.Kind)), Priority = item.Priority,
            },
            progress ?? new ProgressInput { Version = item.Version, Percent = item.ProgressPercent },
            FileTypes.Accept(FileTypes.Documents))
        {
            WholePetition = source.WholePetition,
            // Everyone who raised it: its own raiser and those of the items merged into it, in the order the items were made.
            Raisers = source.Merged.Select(m => (m.Item.Id, m.Raiser)).Append((item.Id, source.Raiser)).OrderBy(r => r.Item1)
                .Select(r => r.Item2).OfType<string>().Distinct().ToList(),
            SiblingItems = source.Siblings.Where(s => s.Id != item.Id).ToList(),
            MergedItems = source.Merged.Select(m => m.Item).ToList(),
            MergedIntoId = item.MergedIntoId,
            PreparedAnswer = item.PreparedAnswer,
            PreparedAction = item.PreparedAction,
            RaiserEmail = source.RaiserEmail,
            Templates = await templates.ForUnitAsync(source.UnitPath, source.TopicId),
            RaiserNotices = source.Notices,
        };
    }

    /// <summary>
    /// Days given to answer, per kind: setting <c>FollowUp:DefaultDays:{Kind}</c>, else 15 for a question,
    /// 60 for a conclusion item and 30 (a month, as offices practise) for the rest.
    /// </summary>
    public int DefaultDays(FollowUpKind kind) => configuration.GetValue<int?>($"FollowUp:DefaultDays:{kind}") ?? kind switch
    {
        FollowUpKind.Question => 15,
        FollowUpKind.ConclusionItem => 60,
        _ => 30,
    };
}

public sealed record TimelineLine(long Id, DateTime AtUtc, string UserName, FollowUpEventKind Kind, FollowUpAction? Action, FollowUpState StateAfter,
    string? Text, int? Percent, IReadOnlyList<AttachmentLink> Attachments);

public sealed record AttachmentLink(long Id, string FileName, long Length);

/// <summary>An item's whole story, from the conference where it was raised to its closure, and what the user may do to it.</summary>
public sealed record FollowUpStory(
    int Id, Guid Version, FollowUpKind Kind, FollowUpState State, string Content, int ConferenceId, string ConferenceTitle, DateOnly HeldOn,
    string? Topic, string? OnTheSpotAnswer, string? Responsible, IReadOnlyList<string> Coordinators,
    DateOnly? AssignedOn, DateOnly? Deadline, FollowUpPriority Priority, int ProgressPercent, string? Result, FrontAssessment? Assessment,
    IReadOnlyList<TimelineLine> Timeline, FollowUpOffers Offers, bool Overdue, bool IsPublic,
    IReadOnlyList<SelectListItem> Organizations, AssignInput Assign, ProgressInput Progress, string AcceptedFiles)
{
    /// <summary>The petition's whole text when this item is one content item of it.</summary>
    public string? WholePetition { get; init; }

    /// <summary>Everyone who raised what this item covers: its own raiser and those of items merged into it.</summary>
    public IReadOnlyList<string> Raisers { get; init; } = [];

    /// <summary>The other content items split from the same petition.</summary>
    public IReadOnlyList<RelatedItem> SiblingItems { get; init; } = [];
    public IReadOnlyList<RelatedItem> MergedItems { get; init; } = [];
    public int? MergedIntoId { get; init; }
    public string? PreparedAnswer { get; init; }
    public FollowUpAction? PreparedAction { get; init; }
    public string? RaiserEmail { get; init; }
    public IReadOnlyList<SelectListItem> Templates { get; init; } = [];
    public IReadOnlyList<RaiserNoticeLine> RaiserNotices { get; init; } = [];

    /// <summary>Templates are offered where an answer is written: with the resolve or explain action, or a prepared answer.</summary>
    public bool OffersTemplates => Templates.Count > 0 && Offers.Actions.Any(a => a.Action is FollowUpAction.Resolve or FollowUpAction.Explain);
}

public sealed record RelatedItem(int Id, string Content, FollowUpState State);

public sealed record RaiserNoticeLine(RaiserNoticeKind Kind, string Recipients, DateTime CreatedAtUtc, DateTime? SentAtUtc);
