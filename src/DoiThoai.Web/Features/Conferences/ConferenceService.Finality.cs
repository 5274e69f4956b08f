using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// Final minutes and their amendments. Every path that changes minutes (the header form, deletion, each
/// row added or removed, pasted lines, an Excel import) calls <see cref="AdmitChange"/> first, and each of those
/// writes refuses final minutes whose change was not admitted (<see cref="AmendmentInterceptor.EnsureAdmitted"/>);
/// the rule itself is <see cref="MinutesFinality"/>, the amendment is written at save time by <see cref="AmendmentInterceptor"/>.
/// </summary>
public sealed partial class ConferenceService
{
    /// <summary>The name of the reason field in every form and script post that changes minutes.</summary>
    public const string ReasonField = "AmendmentReason";

    /// <summary>
    /// Decides whether a change of this conference's minutes may go ahead. When the minutes are final and a
    /// reason is given, the next save that touches the minutes also writes one <see cref="Amendment"/>
    /// describing what it changes, in the same transaction; when refused, the caller saves nothing.
    /// </summary>
    public ChangeDecision AdmitChange(Conference conference, string? reason) => amendments.Admit(conference, reason);

    /// <summary>Replaces the generated description of an admitted change when it spans several saves (an import).</summary>
    public void DescribePendingAmendment(string summary) => amendments.Describe(summary);

    /// <summary>Declares the minutes final; returns why not when they cannot be.</summary>
    public async Task<string?> FinalizeAsync(Conference conference)
    {
        if (MinutesFinality.CannotFinalize(conference.MinutesState, conference.Status) is { } refusal) return refusal;
        conference.MinutesState = MinutesState.Final;
        conference.FinalizedAtUtc = clock.GetUtcNow().UtcDateTime;
        conference.FinalizedBy = actor.UserName;
        // Final minutes are complete minutes; the status list and dashboards should say so.
        if (conference.Status == ConferenceStatus.Held) conference.Status = ConferenceStatus.MinutesComplete;
        db.AddAuditEvent(nameof(Conference), conference.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), conference.UnitId,
            "Hoàn thiện biên bản: chuyển thành bản chính thức.");
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Turns final minutes back into a draft (administrators only); it is recorded as an amendment with its reason.</summary>
    public async Task<string?> ReopenAsync(Conference conference, string? reason)
    {
        var decision = MinutesFinality.DecideReopen(conference.MinutesState, reason);
        if (!decision.Allowed) return decision.Refusal;
        amendments.Record(conference, decision.Reason!, "Mở lại biên bản, chuyển về bản dự thảo.");
        conference.MinutesState = MinutesState.Draft;
        conference.FinalizedAtUtc = null;
        conference.FinalizedBy = null;
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<IReadOnlyList<AmendmentLine>> AmendmentsAsync(int conferenceId) =>
        await db.Amendments.AsNoTracking().Where(a => a.ConferenceId == conferenceId)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .Select(a => new AmendmentLine(a.AtUtc, a.UserName, a.Reason, a.Summary))
            .ToListAsync();
}
