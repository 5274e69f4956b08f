using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Following petitions and conclusion items to closure. The controller authorizes the item and the role;
/// this service applies the state machine, writes the timeline and saves only over the version the user saw.
/// </summary>
public sealed partial class FollowUpService(AppDbContext db, MinutesService minutes, IAuditActor actor, TimeProvider clock, FileStore files,
    IConfiguration configuration, RaiserNotifier raisers)
{
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Items whose conference still exists: deleting a conference takes its follow-up with it.</summary>
    private IQueryable<FollowUpItem> Live => db.FollowUps.Where(f => db.Conferences.Any(c => c.Id == f.ConferenceId));

    public Task<FollowUpItem?> FindAsync(int id) => Live.FirstOrDefaultAsync(f => f.Id == id);

    public Task<List<FollowUpItem>> FindManyAsync(IEnumerable<int> ids) => Live.Where(f => ids.Contains(f.Id)).ToListAsync();

    public async Task<FollowUpList> ListAsync(UserScope scope, FollowUpFilter filter)
    {
        var today = Today;
        // Items merged into another leave the lists: the surviving item speaks for both.
        var live = Live.Where(f => f.MergedIntoId == null);
        var query = filter.Mine
            ? live.Where(f => db.Units.Any(u => u.Id == f.ResponsibleUnitId && u.Path.StartsWith(scope.Path)))
            : live.Where(f => db.Units.Any(u => (u.Id == f.UnitId || u.Id == f.ResponsibleUnitId) && u.Path.StartsWith(scope.Path)));
        if (filter.State is { } state) query = query.Where(f => f.State == state);
        else if (filter.OpenOnly) query = query.Where(f => f.State != FollowUpState.Resolved && f.State != FollowUpState.Explained && f.State != FollowUpState.Closed);
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.UnitId is { } unitId)
        {
            var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync() ?? "-";
            query = query.Where(f => db.Units.Any(u => u.Id == f.UnitId && u.Path.StartsWith(unitPath)));
        }
        if (filter.From is { } heldFrom) query = query.Where(f => f.Conference!.HeldOn >= heldFrom);
        if (filter.To is { } heldTo) query = query.Where(f => f.Conference!.HeldOn <= heldTo);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = VietnameseText.Fold(filter.Q);
            query = query.Where(f => f.Petition != null ? f.Petition.SearchText.Contains(folded) : f.ConclusionItem!.SearchText.Contains(folded));
        }
        if (filter.OverdueOnly)
            query = query.Where(f => f.Deadline < today && f.State != FollowUpState.Resolved && f.State != FollowUpState.Explained && f.State != FollowUpState.Closed);

        // Items with a deadline first, the nearest first; then the rest, newest conference first.
        var page = await PagedList<FollowUpRow>.CreateAsync(query.AsNoTracking()
            .OrderBy(f => f.Deadline == null).ThenBy(f => f.Deadline).ThenByDescending(f => f.Conference!.HeldOn)
            .Select(f => new FollowUpRow(f.Id, f.Version, f.Kind, FollowUpItem.ContentOf(f), f.State,
                f.ResponsibleOrganization!.Name, f.Deadline, f.Priority, f.ProgressPercent, f.Conference!.Title, f.Conference.HeldOn, false, false)), filter.Page);
        var rows = page.Items.Select(r => r with
        {
            Overdue = Deadlines.IsOverdue(r.State, r.Deadline, today),
            DueSoon = Deadlines.IsDueSoon(r.State, r.Deadline, today),
        }).ToList();
        return new FollowUpList(filter, page with { Items = rows }, today);
    }

    public async Task<FollowUpStory> StoryAsync(FollowUpItem item, UserScope scope, AssignInput? assign = null, ProgressInput? progress = null) =>
        await WithDetailsAsync(await CoreStoryAsync(item, scope, assign, progress), item);

    private async Task<FollowUpStory> CoreStoryAsync(FollowUpItem item, UserScope scope, AssignInput? assign, ProgressInput? progress)
    {
        var source = await db.FollowUps.AsNoTracking().Where(f => f.Id == item.Id).Select(f => new
        {
            Content = FollowUpItem.ContentOf(f),
            WholePetition = f.ContentText != null ? f.Petition!.Content : null,
            RaisedBy = f.Petition!.RaisedByPerson!.FullName ?? f.Petition.RaisedByOrganization!.Name ?? f.Petition.RaisedByUnit!.Name,
            Topic = f.Petition!.Topic!.Name,
            Answer = f.Petition!.OnTheSpotAnswer,
            ConferenceTitle = f.Conference!.Title,
            f.Conference.HeldOn,
            Responsible = f.ResponsibleOrganization!.Name,
            Coordinators = f.Coordinators.Select(c => c.Organization!.Name).ToList(),
        }).FirstAsync();
        var timeline = await db.FollowUpEvents.AsNoTracking().Where(e => e.FollowUpItemId == item.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new TimelineLine(e.Id, e.AtUtc, e.UserName, e.Kind, e.Action, e.StateAfter, e.Text, e.Percent,
                e.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentLink(a.Id, a.FileName, a.Length)).ToList())).ToListAsync();
        var conference = await db.Conferences.FirstAsync(c => c.Id == item.ConferenceId);
        var actions = FollowUpStateMachine.ActionsFrom(item.State)
            .Where(a => a != FollowUpAction.Assign && AccessPolicy.RoleMayTakeAction(scope.Roles, a)).ToList();
        var coordinatorIds = await db.Set<FollowUpCoordinator>().Where(c => c.FollowUpItemId == item.Id).Select(c => c.OrganizationId).ToListAsync();
        var story = new FollowUpStory(item.Id, item.Version, item.Kind, item.State, source.Content, item.ConferenceId, source.ConferenceTitle,
            source.HeldOn, source.RaisedBy, source.Topic, source.Answer, source.Responsible, source.Coordinators, item.AssignedOn, item.Deadline,
            item.Priority, item.ProgressPercent, item.Result, item.Assessment, timeline, actions,
            AccessPolicy.RoleMayTakeAction(scope.Roles, FollowUpAction.Start),
            scope.Roles.Contains(Roles.FrontStaff) || scope.IsAdministrator,
            Deadlines.IsOverdue(item.State, item.Deadline, Today), item.IsPublic,
            (await minutes.OptionsAsync(conference)).Organizations,
            assign ?? new AssignInput
            {
                Version = item.Version, ResponsibleOrganizationId = item.ResponsibleOrganizationId, CoordinatorIds = coordinatorIds,
                Deadline = item.Deadline ?? Deadlines.Default(Today, DefaultDays(item.Kind)), Priority = item.Priority,
            },
            progress ?? new ProgressInput { Version = item.Version, Percent = item.ProgressPercent },
            FileTypes.Accept(FileTypes.Documents));
        return story with { WholePetition = source.WholePetition };
    }

    /// <summary>Assigns (or re-assigns) the responsible body; null when saved, else the reason shown to the user.</summary>
    public async Task<string?> AssignAsync(FollowUpItem item, AssignInput input)
    {
        var conference = await db.Conferences.FirstAsync(c => c.Id == item.ConferenceId);
        if (!await minutes.OrganizationsAllowedAsync(conference, [input.ResponsibleOrganizationId, .. input.CoordinatorIds.Select(i => (int?)i)]))
            return "Cơ quan được chọn không thuộc đơn vị của hội nghị hoặc các cấp trên của nó.";
        if (input.Deadline < Today) return "Thời hạn không được ở trong quá khứ.";
        var transition = FollowUpStateMachine.Apply(item.State, FollowUpAction.Assign);
        if (!transition.Allowed) return transition.Refusal;

        var organization = await db.Organizations.Where(o => o.Id == input.ResponsibleOrganizationId).Select(o => new Responsible(o.Id, o.UnitId, o.Name)).FirstAsync();
        await ApplyAssignmentAsync(item, organization, input);
        return await SaveAsync(item, input.Version);
    }

    /// <summary>
    /// Assigns many items at once to one body, with one deadline and priority. All or nothing: any item the
    /// state machine refuses, any body outside an item's reach or any item changed meanwhile refuses the batch.
    /// The caller has checked each item's scope. Returns the refusal, or null when every item is assigned.
    /// </summary>
    public async Task<string?> BulkAssignAsync(IReadOnlyList<(FollowUpItem Item, Guid Version)> batch, AssignInput input)
    {
        if (input.Deadline < Today) return "Thời hạn không được ở trong quá khứ.";
        var organization = await db.Organizations.Where(o => o.Id == input.ResponsibleOrganizationId)
            .Select(o => new Responsible(o.Id, o.UnitId, o.Name)).FirstOrDefaultAsync();
        if (organization is null) return "Hãy chọn cơ quan chủ trì giải quyết.";
        foreach (var (item, _) in batch)
        {
            var transition = FollowUpStateMachine.Apply(item.State, FollowUpAction.Assign);
            if (!transition.Allowed) return $"Nội dung số {item.Id}: {transition.Refusal} Chưa giao nội dung nào.";
        }
        // The body's reach is a matter of the conference, so each conference of the batch is checked once.
        foreach (var conferenceId in batch.Select(b => b.Item.ConferenceId).Distinct())
        {
            var conference = await db.Conferences.AsNoTracking().FirstAsync(c => c.Id == conferenceId);
            if (!await minutes.OrganizationsAllowedAsync(conference, [organization.Id, .. input.CoordinatorIds.Select(i => (int?)i)]))
                return $"Nội dung số {batch.First(b => b.Item.ConferenceId == conferenceId).Item.Id}: {organization.Name} không thuộc đơn vị của hội nghị hoặc các cấp trên của nó. Chưa giao nội dung nào.";
        }
        foreach (var (item, version) in batch)
        {
            db.Entry(item).Property(r => r.Version).OriginalValue = version;
            await ApplyAssignmentAsync(item, organization, input);
        }
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "Có nội dung vừa được người khác cập nhật; chưa giao nội dung nào. Hãy tải lại danh sách và chọn lại.";
        }
    }

    /// <summary>Organizations a batch may be given to: those of the user's unit, the units below it and above it.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganizationsNearAsync(UserScope scope) =>
        await db.Organizations.AsNoTracking()
            .Where(o => o.Unit!.Path.StartsWith(scope.Path) || scope.Path.StartsWith(o.Unit!.Path))
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();

    /// <summary>Shows or hides an answered item on the public page; null when saved, else the refusal.</summary>
    public async Task<string?> PublishAsync(FollowUpItem item, bool publish, Guid version)
    {
        if (publish && !Publishable(item.State))
            return "Chỉ công khai nội dung đã giải quyết, đã giải trình hoặc đã đóng.";
        if (publish && string.IsNullOrWhiteSpace(item.Result))
            return "Nội dung chưa có kết quả trả lời để công khai.";
        item.IsPublic = publish;
        item.PublishedAtUtc = publish ? clock.GetUtcNow().UtcDateTime : null;
        AddEvent(item, FollowUpEventKind.Publication, null, publish ? "Công khai kết quả trên cổng thông tin." : "Thôi công khai kết quả.");
        return await SaveAsync(item, version);
    }

    public static bool Publishable(FollowUpState state) => state is FollowUpState.Resolved or FollowUpState.Explained or FollowUpState.Closed;

    private sealed record Responsible(int Id, int UnitId, string Name);

    private async Task ApplyAssignmentAsync(FollowUpItem item, Responsible organization, AssignInput input)
    {
        item.ResponsibleOrganizationId = organization.Id;
        item.ResponsibleUnitId = organization.UnitId;
        item.Deadline = input.Deadline;
        item.Priority = input.Priority;
        item.AssignedOn = Today;
        item.State = FollowUpStateMachine.Apply(item.State, FollowUpAction.Assign).State;
        var coordinators = await db.Set<FollowUpCoordinator>().Where(c => c.FollowUpItemId == item.Id).ToListAsync();
        db.RemoveRange(coordinators);
        db.AddRange(input.CoordinatorIds.Distinct().Where(id => id != organization.Id)
            .Select(id => new FollowUpCoordinator { FollowUpItemId = item.Id, OrganizationId = id }));
        AddEvent(item, FollowUpEventKind.Transition, FollowUpAction.Assign,
            $"Giao {organization.Name} chủ trì, thời hạn {input.Deadline:dd/MM/yyyy}, mức {input.Priority.Label().ToLowerInvariant()}.");
    }

    /// <summary>Moves the item by the state machine; null when saved, else the refusal.</summary>
    public async Task<string?> ActAsync(FollowUpItem item, ActInput input)
    {
        if (await TransitionAsync(item, input.Action!.Value, input.Text) is { } refusal) return refusal;
        var problem = await SaveAsync(item, input.Version);
        if (problem is null) await raisers.SendPendingAsync([item.Id]);
        return problem;
    }

    /// <summary>
    /// Applies one state-machine action to a tracked item with what it implies (result, closing time,
    /// unpublishing, telling the raiser) and its timeline entry; saving is the caller's. Null when applied.
    /// </summary>
    private async Task<string?> TransitionAsync(FollowUpItem item, FollowUpAction action, string? text)
    {
        if (item.MergedIntoId is not null) return "Nội dung này đã được gộp vào nội dung khác; hãy xử lý ở nội dung đó.";
        var transition = FollowUpStateMachine.Apply(item.State, action, text);
        if (!transition.Allowed) return transition.Refusal;
        item.State = transition.State;
        switch (action)
        {
            case FollowUpAction.Resolve:
                item.Result = text!.Trim();
                item.ProgressPercent = 100;
                item.PreparedAnswer = null;
                item.PreparedAction = null;
                break;
            case FollowUpAction.Explain:
                item.Result = text!.Trim();
                item.PreparedAnswer = null;
                item.PreparedAction = null;
                break;
            case FollowUpAction.Close:
                item.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
                break;
            case FollowUpAction.Reopen:
                // No longer answered, so no longer shown to the public.
                item.ClosedAtUtc = null;
                item.IsPublic = false;
                item.PublishedAtUtc = null;
                item.ProgressPercent = Math.Min(item.ProgressPercent, 90);
                break;
        }
        AddEvent(item, FollowUpEventKind.Transition, action, text?.Trim());
        if (action is FollowUpAction.Resolve or FollowUpAction.Explain) await raisers.QueueAsync(item, RaiserNoticeKind.Answered);
        if (action is FollowUpAction.Close) await raisers.QueueAsync(item, RaiserNoticeKind.Closed);
        return null;
    }

    /// <summary>
    /// A progress update on the timeline, with its checked files; the first update starts the work.
    /// Files are written first and removed again when the update is not saved, so nothing is left half-done.
    /// </summary>
    public async Task<string?> ProgressAsync(FollowUpItem item, ProgressInput input, IReadOnlyList<CheckedFile> attached)
    {
        if (item.State == FollowUpState.Assigned) item.State = FollowUpStateMachine.Apply(item.State, FollowUpAction.Start).State;
        if (item.State != FollowUpState.InProgress) return "Chỉ cập nhật tiến độ khi nội dung đã được giao và đang giải quyết.";
        item.ProgressPercent = input.Percent;
        var update = AddEvent(item, FollowUpEventKind.Progress, null, input.Text.Trim(), input.Percent);
        var stored = new List<string>();
        try
        {
            foreach (var file in attached)
            {
                var storedName = await files.SaveAsync(file);
                stored.Add(storedName);
                update.Attachments.Add(new FollowUpAttachment
                {
                    FollowUpItemId = item.Id, FileName = file.FileName, ContentType = file.Type.ContentType, Length = file.Form.Length,
                    StoredName = storedName, UploadedAtUtc = update.AtUtc,
                });
            }
            var problem = await SaveAsync(item, input.Version);
            if (problem is not null) stored.ForEach(files.Delete);
            return problem;
        }
        catch
        {
            stored.ForEach(files.Delete);
            throw;
        }
    }

    /// <summary>An attachment with its item, for the controller to authorize before serving the file.</summary>
    public async Task<(FollowUpAttachment? Attachment, FollowUpItem? Item)> AttachmentAsync(long id)
    {
        var attachment = await db.FollowUpAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        return attachment is null ? (null, null) : (attachment, await FindAsync(attachment.FollowUpItemId));
    }

    /// <summary>The Front's monitoring note and assessment; it changes no state (closing and reopening are actions).</summary>
    public async Task MonitorAsync(FollowUpItem item, MonitorInput input)
    {
        if (input.Assessment is { } assessment) item.Assessment = assessment;
        var note = input.Assessment is { } a ? $"{input.Note.Trim()} (Đánh giá: {a.Label().ToLowerInvariant()})" : input.Note.Trim();
        AddEvent(item, FollowUpEventKind.Monitoring, null, note);
        await db.SaveChangesAsync();
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

    private FollowUpEvent AddEvent(FollowUpItem item, FollowUpEventKind kind, FollowUpAction? action, string? text, int? percent = null) =>
        db.FollowUpEvents.Add(new FollowUpEvent
        {
            FollowUpItemId = item.Id, Kind = kind, Action = action, StateAfter = item.State, Text = text, Percent = percent,
            AtUtc = clock.GetUtcNow().UtcDateTime, UserId = actor.UserId, UserName = actor.UserName,
        }).Entity;

    private async Task<string?> SaveAsync(FollowUpItem item, Guid version) =>
        await db.TrySaveAsync(item, version) ? null : "Nội dung này vừa được người khác cập nhật. Trang đã được tải lại với tình trạng mới nhất; hãy thao tác lại.";
}
