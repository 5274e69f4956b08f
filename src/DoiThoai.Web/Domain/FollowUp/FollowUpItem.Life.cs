namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>Who did something and when: every change of an item leaves a timeline entry stamped with it.</summary>
public sealed record Stamp(DateTime AtUtc, int? UserId, string UserName);

/// <summary>The body an item is given to, with its unit (kept on the item so scope checks need no join).</summary>
public sealed record ResponsibleBody(int Id, int UnitId, string Name);

/// <summary>
/// An item's life: each change it accepts, the guard that may refuse it (with a message a person can act on), what
/// it implies and the timeline entry it leaves. Services load the item, call one of these, then save; pages show
/// what <see cref="Offers"/> returns. The state table itself is <see cref="FollowUpStateMachine"/>.
/// </summary>
public partial class FollowUpItem
{
    public const int MaxSplitParts = 50;
    public const int MaxContentLength = 4000;

    /// <summary>Not answered yet and not merged into another item: it may still be prepared, split or merged.</summary>
    public bool IsReworkable => MergedIntoId is null && FollowUpStateMachine.IsOpen(State);

    /// <summary>
    /// Takes one action of the state machine with what it implies: a result, the closing time, leaving the public
    /// page when reopened. Null when taken; the caller then tells the raiser (<see cref="FollowUpStateMachine.Tells"/>) and saves.
    /// </summary>
    public string? Take(FollowUpAction action, string? text, Stamp stamp)
    {
        if (MergedIntoId is not null) return "Nội dung này đã được gộp vào nội dung khác; hãy xử lý ở nội dung đó.";
        if (VerdictRefusal(action) is { } waiting) return waiting;
        var transition = FollowUpStateMachine.Apply(State, action, text);
        if (!transition.Allowed) return transition.Refusal;
        State = transition.State;
        switch (action)
        {
            case FollowUpAction.Resolve:
                Result = text!.Trim();
                ProgressPercent = 100;
                PreparedAnswer = null;
                PreparedAction = null;
                break;
            case FollowUpAction.Explain:
                Result = text!.Trim();
                PreparedAnswer = null;
                PreparedAction = null;
                break;
            case FollowUpAction.Close:
                ClosedAtUtc = stamp.AtUtc;
                break;
            case FollowUpAction.Reopen:
                // No longer answered, so no longer shown to the public.
                ClosedAtUtc = null;
                IsPublic = false;
                PublishedAtUtc = null;
                ProgressPercent = Math.Min(ProgressPercent, 90);
                break;
            case FollowUpAction.ReopenAfterVerdict or FollowUpAction.CloseAfterVerdict:
                DecideOnVerdict(action, stamp);
                break;
        }
        Record(FollowUpEventKind.Transition, action, text?.Trim(), stamp);
        return null;
    }

    /// <summary>
    /// Gives the item to a body with a deadline and priority. The caller has checked that the body (and the coordinators,
    /// which it replaces) are ones the conference may name. Null when assigned, else the refusal.
    /// </summary>
    public string? Assign(ResponsibleBody body, DateOnly deadline, FollowUpPriority priority, DateOnly today, Stamp stamp)
    {
        if (deadline < today) return "Thời hạn không được ở trong quá khứ.";
        var transition = FollowUpStateMachine.Apply(State, FollowUpAction.Assign);
        if (!transition.Allowed) return transition.Refusal;
        State = transition.State;
        ResponsibleOrganizationId = body.Id;
        ResponsibleUnitId = body.UnitId;
        Deadline = deadline;
        Priority = priority;
        AssignedOn = today;
        Record(FollowUpEventKind.Transition, FollowUpAction.Assign,
            $"Giao {body.Name} chủ trì, thời hạn {deadline:dd/MM/yyyy}, mức {priority.Label().ToLowerInvariant()}.", stamp);
        return null;
    }

    /// <summary>A progress update on the timeline; the first update starts the work. The entry, for its attachments, or the refusal.</summary>
    public (FollowUpEvent? Update, string? Refusal) ReportProgress(string text, int percent, Stamp stamp)
    {
        if (!FollowUpStateMachine.AcceptsProgress(State)) return (null, "Chỉ cập nhật tiến độ khi nội dung đã được giao và đang giải quyết.");
        if (State != FollowUpState.InProgress) State = FollowUpStateMachine.Apply(State, FollowUpAction.Start).State;
        ProgressPercent = percent;
        return (Record(FollowUpEventKind.Progress, null, text.Trim(), stamp, percent), null);
    }

    /// <summary>
    /// Splits the item into content items, one per part: it keeps the first, each other part becomes a new item of the
    /// same petition, new again, to be assigned on its own. The new items (for the caller to add), or the refusal.
    /// </summary>
    public (IReadOnlyList<FollowUpItem> Parts, string? Refusal) Split(IReadOnlyList<string> parts, Stamp stamp)
    {
        if (parts.Count < 2) return ([], "Hãy nhập ít nhất hai nội dung, mỗi dòng một nội dung.");
        if (parts.Count > MaxSplitParts) return ([], $"Mỗi lần tách tối đa {MaxSplitParts} nội dung.");
        if (parts.Any(p => p.Length > MaxContentLength)) return ([], $"Mỗi nội dung không được dài quá {MaxContentLength} ký tự.");
        if (MergedIntoId is not null) return ([], "Nội dung này đã được gộp vào nội dung khác.");
        if (!FollowUpStateMachine.IsOpen(State)) return ([], "Chỉ tách nội dung chưa giải quyết xong.");

        ContentText = parts[0];
        Record(FollowUpEventKind.Transition, null, $"Tách thành {parts.Count} nội dung.", stamp);
        var split = parts.Skip(1).Select(part => new FollowUpItem
        {
            UnitId = UnitId, ConferenceId = ConferenceId, PetitionId = PetitionId, ConclusionItemId = null, TopicId = TopicId,
            Kind = Kind, ContentText = part, State = FollowUpState.New, Priority = Priority,
        }).ToList();
        foreach (var item in split) item.Record(FollowUpEventKind.Transition, null, $"Tách từ nội dung số {Id}.", stamp);
        return (split, null);
    }

    /// <summary>
    /// Merges the item into another that says the same thing: it leaves lists and counts, and its raiser becomes one of
    /// the target's raisers. Both must be open; an item others were merged into is merged the other way round.
    /// </summary>
    public string? MergeInto(FollowUpItem target, bool othersMergedIntoThis, Stamp stamp)
    {
        if (Id == target.Id) return "Không thể gộp một nội dung vào chính nó.";
        if (MergedIntoId is not null || target.MergedIntoId is not null) return "Một trong hai nội dung đã được gộp trước đó.";
        if (!FollowUpStateMachine.IsOpen(State) || !FollowUpStateMachine.IsOpen(target.State)) return "Chỉ gộp các nội dung chưa giải quyết xong.";
        if (othersMergedIntoThis) return "Nội dung này đang có nội dung khác gộp vào; hãy gộp theo chiều ngược lại.";

        MergedIntoId = target.Id;
        Record(FollowUpEventKind.Transition, null, $"Gộp vào nội dung số {target.Id}.", stamp);
        target.Record(FollowUpEventKind.Transition, null, $"Nhận gộp nội dung số {Id}, giữ người nêu của cả hai.", stamp);
        // The target changed too: whoever has it open must reload before acting on it.
        target.Version = Guid.NewGuid();
        return null;
    }

    /// <summary>
    /// Keeps an answer ready without giving it; it is given with the others of a round by a batch. An empty answer
    /// clears it. A batch leaves a timeline entry (<paramref name="stamp"/>); the item's own form does not.
    /// </summary>
    public string? Prepare(string? answer, FollowUpAction action, Stamp? stamp = null)
    {
        if (action is not (FollowUpAction.Resolve or FollowUpAction.Explain)) return "Chỉ chuẩn bị trả lời hoặc giải trình.";
        if (!FollowUpStateMachine.IsOpen(State)) return "Nội dung đã có trả lời.";
        PreparedAnswer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        PreparedAction = PreparedAnswer is null ? null : action;
        if (stamp is not null) Record(FollowUpEventKind.Progress, null, "Đã chuẩn bị trả lời, chờ công bố cùng đợt.", stamp);
        return null;
    }

    /// <summary>Gives the prepared answer as the action it was prepared for.</summary>
    public string? GivePrepared(Stamp stamp) =>
        PreparedAnswer is { } prepared ? Take(PreparedAction ?? FollowUpAction.Resolve, prepared, stamp) : "chưa có trả lời chuẩn bị sẵn.";

    /// <summary>Shows or hides the answer on the public page; only an answered item with a result may be shown.</summary>
    public string? Publish(bool publish, Stamp stamp)
    {
        if (publish && !FollowUpStateMachine.IsAnswered(State)) return "Chỉ công khai nội dung đã giải quyết, đã giải trình hoặc đã đóng.";
        if (publish && string.IsNullOrWhiteSpace(Result)) return "Nội dung chưa có kết quả trả lời để công khai.";
        IsPublic = publish;
        PublishedAtUtc = publish ? stamp.AtUtc : null;
        Record(FollowUpEventKind.Publication, null, publish ? "Công khai kết quả trên cổng thông tin." : "Thôi công khai kết quả.", stamp);
        return null;
    }

    /// <summary>Published along with a batch that answered it, on the batch's day; no entry of its own (the batch's is enough).</summary>
    public void PublishWithBatch(DateTime atUtc)
    {
        if (!FollowUpStateMachine.IsAnswered(State) || IsPublic) return;
        IsPublic = true;
        PublishedAtUtc = atUtc;
    }

    /// <summary>The Front's monitoring note and assessment; it changes no state (closing and reopening are actions).</summary>
    public void Monitor(string note, FrontAssessment? assessment, Stamp stamp)
    {
        if (assessment is { } a) Assessment = a;
        Record(FollowUpEventKind.Monitoring, null, assessment is { } given ? $"{note.Trim()} (Đánh giá: {given.Label().ToLowerInvariant()})" : note.Trim(), stamp);
    }

    /// <summary>
    /// What may be done to the item now, given what the user's role allows: the state-machine actions of its page and
    /// the other changes. A page shows exactly these.
    /// </summary>
    public FollowUpOffers Offers(Func<FollowUpAction, bool> roleMay, bool mayMonitor)
    {
        var handles = roleMay(FollowUpAction.Start);
        // A merged item is answered through the item it went into, so it offers no action of its own.
        var actions = MergedIntoId is null
            ? FollowUpStateMachine.ActionsFrom(State).Where(a => FollowUpStateMachine.TakenOnItsPage(a) && roleMay(a) && VerdictRefusal(a) is null)
                .Select(a => new OfferedAction(a, FollowUpStateMachine.TextPrompt(a))).ToList()
            : [];
        return new FollowUpOffers(actions,
            Assign: handles && FollowUpStateMachine.AcceptsAssignment(State),
            Progress: handles && FollowUpStateMachine.AcceptsProgress(State),
            Publish: handles && FollowUpStateMachine.IsAnswered(State),
            Rework: handles && IsReworkable,
            Update: handles,
            Monitor: mayMonitor);
    }

    private FollowUpEvent Record(FollowUpEventKind kind, FollowUpAction? action, string? text, Stamp stamp, int? percent = null)
    {
        var entry = new FollowUpEvent
        {
            FollowUpItemId = Id, Kind = kind, Action = action, StateAfter = State, Text = text, Percent = percent,
            AtUtc = stamp.AtUtc, UserId = stamp.UserId, UserName = stamp.UserName,
        };
        Events.Add(entry);
        return entry;
    }
}

/// <summary>One state-machine action an item's page offers; <see cref="TextPrompt"/> is set when it must say why.</summary>
public sealed record OfferedAction(FollowUpAction Action, string? TextPrompt)
{
    public bool NeedsText => TextPrompt is not null;
}

/// <summary>
/// What an item's page offers: its actions, and whether it may be (re)assigned, take progress, be published or
/// unpublished, be prepared, split or merged (<see cref="Rework"/>), have its raiser's e-mail kept (<see cref="Update"/>)
/// and take the Front's monitoring.
/// </summary>
public sealed record FollowUpOffers(IReadOnlyList<OfferedAction> Actions, bool Assign, bool Progress, bool Publish, bool Rework, bool Update, bool Monitor)
{
    /// <summary>Nothing at all to do here now: the page says so instead of showing an empty panel.</summary>
    public bool None => Actions.Count == 0 && !Assign && !Progress && !Publish && !Rework && !Update && !Monitor;
}
