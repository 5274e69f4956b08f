namespace DoiThoai.Web.Domain.Conferences;

/// <summary>What may happen to a change of a conference's minutes.</summary>
public enum ChangeVerdict
{
    /// <summary>Draft minutes: the change saves as it is.</summary>
    Free,
    /// <summary>Final minutes with a reason: the change saves together with one amendment.</summary>
    Amendment,
    /// <summary>Final minutes without a usable reason: nothing is saved.</summary>
    Refused,
}

public sealed record ChangeDecision(ChangeVerdict Verdict, string? Reason = null, string? Refusal = null)
{
    public bool Allowed => Verdict != ChangeVerdict.Refused;
}

/// <summary>
/// The one rule of final minutes: once final, every change is an amendment and needs a reason. Both the
/// header form and every minutes action ask here, through <c>ConferenceService.AdmitChange</c>.
/// </summary>
public static class MinutesFinality
{
    public const string ReasonRequired = "Biên bản đã hoàn thiện (bản chính thức): hãy nhập lý do sửa đổi.";
    public static readonly string ReasonTooLong = $"Lý do sửa đổi không được dài quá {Amendment.MaxReasonLength} ký tự.";
    public const string AlreadyFinal = "Biên bản đã là bản chính thức.";
    public const string NotHeldYet = "Hội nghị chưa tổ chức nên chưa thể hoàn thiện biên bản.";
    public const string NotFinal = "Biên bản đang là bản dự thảo, không cần mở lại.";

    /// <summary>The wording of the minutes' state ("Bản dự thảo", "Bản chính thức"): the page, the print view and the Word file say it alike.</summary>
    public static string Wording(MinutesState state) => state.Label();

    /// <summary>
    /// The conference's status as shown to a reader. The stored status may say the minutes are complete while the minutes
    /// are still a draft (chosen by hand, or reopened); only the minutes' own state may say they are complete, so a draft
    /// never reads as completed and final minutes always do.
    /// </summary>
    public static string StatusWording(ConferenceStatus status, MinutesState state) => (status, state) switch
    {
        (_, MinutesState.Final) => ConferenceStatus.MinutesComplete.Label(),
        (ConferenceStatus.Planned, _) => ConferenceStatus.Planned.Label(),
        _ => $"{ConferenceStatus.Held.Label()}, biên bản là {Wording(MinutesState.Draft).ToLowerInvariant()}",
    };

    public static ChangeDecision Decide(MinutesState state, string? reason)
    {
        if (state == MinutesState.Draft) return new ChangeDecision(ChangeVerdict.Free);
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0) return new ChangeDecision(ChangeVerdict.Refused, Refusal: ReasonRequired);
        if (trimmed.Length > Amendment.MaxReasonLength) return new ChangeDecision(ChangeVerdict.Refused, Refusal: ReasonTooLong);
        return new ChangeDecision(ChangeVerdict.Amendment, trimmed);
    }

    /// <summary>Why the minutes cannot be declared final now, or null when they can.</summary>
    public static string? CannotFinalize(MinutesState state, ConferenceStatus status) =>
        state == MinutesState.Final ? AlreadyFinal
        : status == ConferenceStatus.Planned ? NotHeldYet
        : null;

    /// <summary>
    /// What the minutes show for a catalogue entry they cite (a legal basis, a person, a body, a topic, a unit): final
    /// minutes show the text as it stood when it was cited, so a later catalogue edit cannot change a final record;
    /// drafts show the catalogue as it is now. Minutes finalized before citations were kept fall back to the catalogue.
    /// </summary>
    public static string? Shown(MinutesState state, string? cited, string? current) =>
        state == MinutesState.Final ? cited ?? current : current;

    /// <summary>
    /// Whether a row of the minutes takes the catalogue's current text as its citation in this save: every row when
    /// the minutes become final, and in final minutes a row added or pointed at another entry (an amendment). An edit
    /// of the catalogue entry itself never does.
    /// </summary>
    public static bool TakesCitation(MinutesState before, MinutesState after, bool rowAdded, bool referenceChanged) =>
        after == MinutesState.Final && (before != MinutesState.Final || rowAdded || referenceChanged);

    /// <summary>Reopening final minutes as a draft is itself an amendment, so it needs a reason too.</summary>
    public static ChangeDecision DecideReopen(MinutesState state, string? reason) =>
        state == MinutesState.Draft ? new ChangeDecision(ChangeVerdict.Refused, Refusal: NotFinal) : Decide(state, reason);
}
