using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// Final minutes and their amendments. Every path that changes minutes (the header form, deletion, each
/// row added or removed, pasted lines, an Excel import) calls <see cref="AdmitChange"/> first; the rule
/// itself is <see cref="MinutesFinality"/>.
/// </summary>
public sealed partial class ConferenceService
{
    /// <summary>The name of the reason field in every form and script post that changes minutes.</summary>
    public const string ReasonField = "AmendmentReason";

    private PendingAmendment? _pending;
    private bool _listening;

    /// <summary>
    /// Decides whether a change of this conference's minutes may go ahead. When the minutes are final and a
    /// reason is given, the next save that touches the minutes also writes one <see cref="Amendment"/>
    /// describing what it changes, in the same transaction; when refused, the caller saves nothing.
    /// </summary>
    public ChangeDecision AdmitChange(Conference conference, string? reason)
    {
        var decision = MinutesFinality.Decide(conference.MinutesState, reason);
        if (decision.Verdict == ChangeVerdict.Amendment) RecordOnNextSave(conference, decision.Reason!, summary: null);
        return decision;
    }

    /// <summary>Replaces the generated description of an admitted change when it spans several saves (an import).</summary>
    public void DescribePendingAmendment(string summary)
    {
        if (_pending is not null) _pending = _pending with { Summary = summary };
    }

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
        RecordOnNextSave(conference, decision.Reason!, "Mở lại biên bản, chuyển về bản dự thảo.");
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

    private sealed record PendingAmendment(Conference Conference, string Reason, string? Summary);

    private void RecordOnNextSave(Conference conference, string reason, string? summary)
    {
        _pending = new PendingAmendment(conference, reason, summary);
        if (_listening) return;
        // SavingChanges runs inside SaveChanges, before the rows are written: the amendment joins that save.
        db.SavingChanges += WriteAmendment;
        _listening = true;
    }

    private void WriteAmendment(object? sender, SavingChangesEventArgs e)
    {
        if (_pending is not { } pending) return;
        var summary = pending.Summary ?? DescribeChanges(pending.Conference.Id);
        // A save that does not touch these minutes (a catalogue entry, say) waits for the one that does.
        if (summary is null) return;
        _pending = null;

        var conference = pending.Conference;
        summary = Shorten(summary, Amendment.MaxSummaryLength);
        db.Amendments.Add(new Amendment
        {
            ConferenceId = conference.Id,
            UnitId = conference.UnitId,
            Reason = pending.Reason,
            Summary = summary,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
        });
        db.AddAuditEvent(nameof(Conference), conference.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), conference.UnitId,
            Shorten($"Sửa đổi biên bản đã hoàn thiện. Lý do: {pending.Reason} – nội dung sửa đổi: {summary}", 1000));
    }

    private static readonly Dictionary<string, string> FieldLabels = new()
    {
        [nameof(Conference.Title)] = "tên hội nghị",
        [nameof(Conference.Kind)] = "loại hội nghị",
        [nameof(Conference.Status)] = "trạng thái",
        [nameof(Conference.HeldOn)] = "ngày tổ chức",
        [nameof(Conference.StartsAt)] = "giờ bắt đầu",
        [nameof(Conference.Place)] = "địa điểm",
        [nameof(Conference.UnitId)] = "đơn vị tổ chức",
        [nameof(Conference.OrganizerId)] = "cơ quan chủ trì tổ chức",
        [nameof(Conference.Summary)] = "mục đích, nội dung chính",
        [nameof(Conference.UnitemizedOpinionCount)] = "số ý kiến chưa ghi chi tiết",
        [nameof(Conference.UnitemizedPetitionCount)] = "số kiến nghị chưa ghi chi tiết",
        [nameof(Conference.ConclusionText)] = "kết luận của chủ trì",
    };

    /// <summary>What the pending save changes in this conference's minutes, in Vietnamese; null when nothing.</summary>
    private string? DescribeChanges(int conferenceId)
    {
        var lines = new List<string>();
        foreach (var entry in db.ChangeTracker.Entries<DomainRecord>())
        {
            var deleted = entry.State == EntityState.Modified && entry.Entity.IsDeleted
                && entry.Property(nameof(DomainRecord.IsDeleted)).IsModified;
            switch (entry.Entity)
            {
                case Conference c when c.Id == conferenceId && deleted:
                    lines.Add("Xóa hội nghị");
                    break;
                case Conference c when c.Id == conferenceId && entry.State == EntityState.Modified:
                    var fields = entry.Properties
                        .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && FieldLabels.ContainsKey(p.Metadata.Name))
                        .Select(p => FieldLabels[p.Metadata.Name]).ToList();
                    if (fields.Count > 0) lines.Add($"Sửa thông tin chung: {string.Join(", ", fields)}");
                    break;
                case ConferencePart part when part.ConferenceId == conferenceId:
                    var verb = entry.State switch
                    {
                        EntityState.Added => "Thêm",
                        EntityState.Modified when deleted => "Xóa",
                        EntityState.Modified when entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                                                                            && p.Metadata.Name is not (nameof(DomainRecord.Version) or "SearchText")) => "Sửa",
                        _ => null,
                    };
                    if (verb is not null) lines.Add($"{verb} {PartName(part)}");
                    break;
            }
        }
        return lines.Count == 0 ? null : string.Join("; ", lines) + ".";
    }

    private static string PartName(ConferencePart part) => part switch
    {
        Speech s => $"phát biểu \"{Shorten(s.Summary, 80)}\"",
        Petition p => $"{p.Kind.Label().ToLowerInvariant()} \"{Shorten(p.Content, 80)}\"",
        ConclusionItem i => $"nội dung kết luận \"{Shorten(i.Content, 80)}\"",
        ConferenceParticipant p => p.Person is { } person ? $"thành phần \"{person.FullName}\"" : "thành phần",
        ConferenceOrganization o => o.Organization is { } org ? $"tổ chức tham dự \"{org.Name}\"" : "tổ chức tham dự",
        ConferenceLegalBasis l => l.LegalBasis is { } basis ? $"căn cứ \"{basis.Citation}\"" : "căn cứ",
        _ => "một dòng của biên bản",
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
