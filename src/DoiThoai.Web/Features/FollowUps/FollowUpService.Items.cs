using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>Content items (splitting and merging), answer templates, prepared answers and the raiser's e-mail.</summary>
public sealed partial class FollowUpService
{
    /// <summary>The story's parts beyond the item itself: raisers, related items, templates, notices to the raiser.</summary>
    private async Task<FollowUpStory> WithDetailsAsync(FollowUpStory story, FollowUpItem item)
    {
        var raisers = await db.FollowUps.AsNoTracking().Where(f => (f.Id == item.Id || f.MergedIntoId == item.Id) && f.Petition != null)
            .OrderBy(f => f.Id)
            .Select(f => f.Petition!.RaisedByPerson!.FullName ?? f.Petition.RaisedByOrganization!.Name ?? f.Petition.RaisedByUnit!.Name)
            .ToListAsync();
        var siblings = item.PetitionId is { } petitionId
            ? await db.FollowUps.AsNoTracking().Where(f => f.PetitionId == petitionId && f.Id != item.Id && f.MergedIntoId == null).OrderBy(f => f.Id)
                .Select(f => new RelatedItem(f.Id, FollowUpItem.ContentOf(f), f.State)).ToListAsync()
            : [];
        var merged = await db.FollowUps.AsNoTracking().Where(f => f.MergedIntoId == item.Id).OrderBy(f => f.Id)
            .Select(f => new RelatedItem(f.Id, FollowUpItem.ContentOf(f), f.State)).ToListAsync();
        var notices = await db.RaiserNotices.AsNoTracking().Where(n => n.FollowUpItemId == item.Id).OrderBy(n => n.Id)
            .Select(n => new RaiserNoticeLine(n.Kind, n.Recipients, n.CreatedAtUtc, n.SentAtUtc)).ToListAsync();
        var raiserEmail = item.PetitionId is { } id ? await db.Petitions.Where(p => p.Id == id).Select(p => p.RaiserEmail).FirstOrDefaultAsync() : null;
        return story with
        {
            Raisers = raisers.OfType<string>().Distinct().ToList(),
            SiblingItems = siblings,
            MergedItems = merged,
            MergedIntoId = item.MergedIntoId,
            PreparedAnswer = item.PreparedAnswer,
            PreparedAction = item.PreparedAction,
            RaiserEmail = raiserEmail,
            Templates = await TemplatesForAsync(item),
            RaiserNotices = notices,
        };
    }

    /// <summary>
    /// Splits an item into content items, one per line: the item keeps the first line, each other line becomes
    /// a new item of the same petition, in the same state of reception (new), to be assigned on its own.
    /// </summary>
    public async Task<string?> SplitAsync(FollowUpItem item, SplitInput input)
    {
        var parts = input.Parts();
        if (parts.Count < 2) return "Hãy nhập ít nhất hai nội dung, mỗi dòng một nội dung.";
        if (parts.Count > 50) return "Mỗi lần tách tối đa 50 nội dung.";
        if (parts.Any(p => p.Length > 4000)) return "Mỗi nội dung không được dài quá 4000 ký tự.";
        if (item.MergedIntoId is not null) return "Nội dung này đã được gộp vào nội dung khác.";
        if (!Deadlines.IsOpen(item.State)) return "Chỉ tách nội dung chưa giải quyết xong.";

        item.ContentText = parts[0];
        AddEvent(item, FollowUpEventKind.Transition, null, $"Tách thành {parts.Count} nội dung.");
        foreach (var part in parts.Skip(1))
        {
            var split = new FollowUpItem
            {
                UnitId = item.UnitId, ConferenceId = item.ConferenceId, PetitionId = item.PetitionId, ConclusionItemId = null,
                Kind = item.Kind, ContentText = part, State = FollowUpState.New, Priority = item.Priority,
            };
            split.Events.Add(new FollowUpEvent
            {
                Kind = FollowUpEventKind.Transition, StateAfter = FollowUpState.New,
                Text = $"Tách từ nội dung số {item.Id}.", AtUtc = clock.GetUtcNow().UtcDateTime, UserId = actor.UserId, UserName = actor.UserName,
            });
            db.FollowUps.Add(split);
        }
        return await SaveAsync(item, input.Version);
    }

    /// <summary>
    /// Merges an item into another that says the same thing: it leaves lists and counts, and its raiser becomes
    /// one of the target's raisers. Both must be open; the caller has checked both are in the user's scope.
    /// </summary>
    public async Task<string?> MergeAsync(FollowUpItem item, FollowUpItem target, Guid version)
    {
        if (item.Id == target.Id) return "Không thể gộp một nội dung vào chính nó.";
        if (item.MergedIntoId is not null || target.MergedIntoId is not null) return "Một trong hai nội dung đã được gộp trước đó.";
        if (!Deadlines.IsOpen(item.State) || !Deadlines.IsOpen(target.State)) return "Chỉ gộp các nội dung chưa giải quyết xong.";
        if (await db.FollowUps.AnyAsync(f => f.MergedIntoId == item.Id)) return "Nội dung này đang có nội dung khác gộp vào; hãy gộp theo chiều ngược lại.";

        item.MergedIntoId = target.Id;
        AddEvent(item, FollowUpEventKind.Transition, null, $"Gộp vào nội dung số {target.Id}.");
        AddEvent(target, FollowUpEventKind.Transition, null, $"Nhận gộp nội dung số {item.Id}, giữ người nêu của cả hai.");
        target.Version = Guid.NewGuid();
        return await SaveAsync(item, version);
    }

    /// <summary>The templates an item may use: those of its conference's unit and the units above, for its topic or any.</summary>
    private async Task<IReadOnlyList<SelectListItem>> TemplatesForAsync(FollowUpItem item)
    {
        var unitPath = await db.Units.Where(u => u.Id == item.UnitId).Select(u => u.Path).FirstAsync();
        var topicId = item.PetitionId is { } id ? await db.Petitions.Where(p => p.Id == id).Select(p => p.TopicId).FirstOrDefaultAsync() : null;
        return await db.AnswerTemplates.AsNoTracking()
            .Where(t => db.Units.Any(u => u.Id == t.UnitId && unitPath.StartsWith(u.Path)) && (t.TopicId == null || t.TopicId == topicId))
            .OrderBy(t => t.Title)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString()))
            .ToListAsync();
    }

    /// <summary>Templates of the user's unit, the units below and above: what a batch may pick from.</summary>
    public async Task<IReadOnlyList<SelectListItem>> TemplatesNearAsync(UserScope scope) =>
        await db.AnswerTemplates.AsNoTracking()
            .Where(t => db.Units.Any(u => u.Id == t.UnitId && (u.Path.StartsWith(scope.Path) || scope.Path.StartsWith(u.Path))))
            .OrderBy(t => t.Title)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString()))
            .ToListAsync();

    /// <summary>A template filled for one item, or null when the template is not one the item may use.</summary>
    public async Task<string?> FillTemplateAsync(FollowUpItem item, int templateId)
    {
        if (!(await TemplatesForAsync(item)).Any(t => t.Value == templateId.ToString())) return null;
        var body = await db.AnswerTemplates.Where(t => t.Id == templateId).Select(t => t.Body).FirstAsync();
        return TemplateFiller.Fill(body, (await FieldsAsync([item.Id]))[item.Id]);
    }

    /// <summary>Each item's template fields, read in one query.</summary>
    private async Task<Dictionary<int, TemplateFields>> FieldsAsync(IReadOnlyCollection<int> ids) =>
        (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new
        {
            f.Id,
            Raiser = f.Petition!.RaisedByPerson!.FullName ?? f.Petition.RaisedByOrganization!.Name ?? f.Petition.RaisedByUnit!.Name,
            Conference = f.Conference!.Title,
            f.Conference.HeldOn,
            Responsible = f.ResponsibleOrganization!.Name,
            Content = FollowUpItem.ContentOf(f),
        }).ToListAsync())
        .ToDictionary(f => f.Id, f => new TemplateFields(f.Raiser, f.Conference, f.HeldOn, f.Responsible, f.Content));

    /// <summary>Keeps an answer ready without giving it; it is given with the others of the round by a batch.</summary>
    public async Task<string?> PrepareAsync(FollowUpItem item, PrepareInput input)
    {
        if (input.PreparedAction is not (FollowUpAction.Resolve or FollowUpAction.Explain)) return "Chỉ chuẩn bị trả lời hoặc giải trình.";
        if (!Deadlines.IsOpen(item.State)) return "Nội dung đã có trả lời.";
        item.PreparedAnswer = string.IsNullOrWhiteSpace(input.Answer) ? null : input.Answer.Trim();
        item.PreparedAction = item.PreparedAnswer is null ? null : input.PreparedAction;
        return await SaveAsync(item, input.Version);
    }

    /// <summary>Records (or clears) the raiser's e-mail on the petition, so they can be told the answer.</summary>
    public async Task<string?> SetRaiserEmailAsync(FollowUpItem item, RaiserEmailInput input)
    {
        if (item.PetitionId is not { } petitionId) return "Nội dung kết luận không có người nêu để báo.";
        var petition = await db.Petitions.FirstAsync(p => p.Id == petitionId);
        petition.RaiserEmail = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        return await SaveAsync(item, input.Version);
    }

    /// <summary>Whether the user may take a batch operation at all (the state machine still decides per item).</summary>
    public static bool RoleMayBatch(UserScope scope, BatchOperation operation) => AccessPolicy.RoleMayTakeAction(scope.Roles, operation switch
    {
        BatchOperation.Close => FollowUpAction.Close,
        BatchOperation.Start => FollowUpAction.Start,
        BatchOperation.Explain => FollowUpAction.Explain,
        _ => FollowUpAction.Resolve,
    });
}
