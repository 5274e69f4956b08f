using System.Globalization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Final minutes change only through an amendment with a reason (ADR 0011). A change admitted with a reason is
/// written by the next save that touches those minutes as one <see cref="Amendment"/> describing what it changes,
/// in the same transaction; every write to minutes first asks <see cref="EnsureAdmitted"/>, so no caller can skip
/// the reason. One per request, shared by the context and the services that change minutes.
/// </summary>
public sealed class AmendmentInterceptor(IAuditActor actor, TimeProvider clock) : SaveTimeInterceptor
{
    private readonly HashSet<int> _admitted = [];
    private PendingAmendment? _pending;

    /// <summary>
    /// Decides whether a change of this conference's minutes may go ahead. When the minutes are final and a reason is
    /// given, the next save that touches the minutes writes the amendment; when refused, the caller saves nothing.
    /// </summary>
    public ChangeDecision Admit(Conference conference, string? reason)
    {
        var decision = MinutesFinality.Decide(conference.MinutesState, reason);
        if (decision.Allowed) _admitted.Add(conference.Id);
        if (decision.Verdict == ChangeVerdict.Amendment) Record(conference, decision.Reason!, summary: null);
        return decision;
    }

    /// <summary>The gate of every write to minutes: final minutes refuse a change that was not admitted with a reason.</summary>
    /// <exception cref="FinalMinutesException">The minutes are final and no amendment was admitted for them.</exception>
    public void EnsureAdmitted(Conference conference)
    {
        if (conference.MinutesState == MinutesState.Final && !_admitted.Contains(conference.Id))
            throw new FinalMinutesException(conference.Id);
    }

    /// <summary>Records an admitted change (a reopening, say) to be written by the next save that touches the minutes.</summary>
    public void Record(Conference conference, string reason, string? summary)
    {
        _admitted.Add(conference.Id);
        _pending = new PendingAmendment(conference, reason, summary);
    }

    /// <summary>Replaces the generated description of an admitted change when it spans several saves (an import).</summary>
    public void Describe(string summary)
    {
        if (_pending is not null) _pending = _pending with { Summary = summary };
    }

    private sealed record PendingAmendment(Conference Conference, string Reason, string? Summary);

    // Runs after the record rules, so that a delete already reads as a hidden record.
    protected override Task SavingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_pending is not { } pending) return Task.CompletedTask;
        var summary = pending.Summary ?? DescribeChanges(db, pending.Conference.Id);
        // A save that does not touch these minutes (a catalogue entry, say) waits for the one that does.
        if (summary is null) return Task.CompletedTask;
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
        db.AddAuditEvent(nameof(Conference), conference.Id.ToString(CultureInfo.InvariantCulture), conference.UnitId,
            Shorten($"Sửa đổi biên bản đã hoàn thiện. Lý do: {pending.Reason} – nội dung sửa đổi: {summary}", 1000));
        return Task.CompletedTask;
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
        [nameof(Conference.StatedOpinionCount)] = "tổng số ý kiến theo biên bản",
        [nameof(Conference.StatedPetitionCount)] = "tổng số kiến nghị theo biên bản",
        [nameof(Conference.StatedProposalCount)] = "tổng số đề xuất theo biên bản",
        [nameof(Conference.StatedQuestionCount)] = "tổng số chất vấn theo biên bản",
        [nameof(Conference.UnnamedSpeakerCount)] = "số người phát biểu không ghi tên",
        [nameof(Conference.UnnamedSpeakerKind)] = "thành phần người phát biểu không ghi tên",
        [nameof(Conference.HeldOnUnknown)] = "chưa rõ ngày tổ chức",
        [nameof(Conference.ReviewedPeriodKind)] = "kỳ được xem xét",
        [nameof(Conference.ReviewedPeriodYear)] = "năm của kỳ",
        [nameof(Conference.ReviewedPeriodNumber)] = "tháng, quý hoặc nửa năm của kỳ",
        [nameof(Conference.ConclusionText)] = "kết luận của chủ trì",
    };

    /// <summary>What the pending save changes in this conference's minutes, in Vietnamese; null when nothing.</summary>
    private static string? DescribeChanges(AppDbContext db, int conferenceId)
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
                    // A row renumbered because another was removed or moved is not itself changed (ADR 0015).
                    var verb = entry.State switch
                    {
                        EntityState.Added => "Thêm",
                        EntityState.Modified when deleted => "Xóa",
                        EntityState.Modified when entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                                                                            && p.Metadata.Name is not (nameof(DomainRecord.Version) or "SearchText" or "Order")) => "Sửa",
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
        CitedFigure f => $"số liệu dẫn \"{Shorten(f.What, 80)}\"",
        MinutesFinding f => $"{f.Kind.Label().ToLowerInvariant()} \"{Shorten(f.Content, 80)}\"",
        ConferenceLegalBasis l => l.LegalBasis is { } basis ? $"căn cứ \"{basis.Citation}\"" : "căn cứ",
        _ => "một dòng của biên bản",
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>A write to final minutes that was not admitted as an amendment with a reason; nothing was saved.</summary>
public sealed class FinalMinutesException(int conferenceId)
    : InvalidOperationException($"The minutes of conference {conferenceId} are final: a change needs an amendment with a reason.")
{
    public int ConferenceId { get; } = conferenceId;
}
