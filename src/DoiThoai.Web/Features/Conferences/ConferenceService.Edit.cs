using DoiThoai.Web.Data;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>Creating a conference, editing its header (with the conflict view) and deleting it.</summary>
public sealed partial class ConferenceService
{
    public async Task<FormOptions> FormOptionsAsync(UserScope scope)
    {
        var organizations = await db.Organizations.AsNoTracking().InScope(scope)
            .Where(o => o.Unit!.RetiredOn == null)
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();
        var legalBases = (await db.LegalBases.AsNoTracking().OrderByDescending(l => l.IssuedOn).ToListAsync())
            .Select(l => new SelectListItem(l.Citation, l.Id.ToString()))
            .ToList();
        return new FormOptions(await unitChoices.ForAsync(scope, activeOnly: true), organizations, legalBases);
    }

    /// <summary>An organizer must belong to a unit in the user's scope.</summary>
    public async Task<bool> OrganizerInScopeAsync(UserScope scope, int? organizerId) =>
        organizerId is null || await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizerId);

    public static ConferenceInput ToInput(Conference c, IEnumerable<int> legalBasisIds) => new()
    {
        Id = c.Id, Version = c.Version, UnitId = c.UnitId, OrganizerId = c.OrganizerId, Kind = c.Kind, Status = c.Status,
        Title = c.Title, HeldOn = c.HeldOnUnknown ? null : c.HeldOn, StartsAt = c.StartsAt, Place = c.Place, Summary = c.Summary,
        ReviewedPeriodKind = c.ReviewedPeriodKind, ReviewedPeriodYear = c.ReviewedPeriodYear, ReviewedPeriodNumber = c.ReviewedPeriodNumber,
        StatedOpinionCount = Stated(c.StatedOpinionCount), StatedPetitionCount = Stated(c.StatedPetitionCount),
        StatedProposalCount = Stated(c.StatedProposalCount), StatedQuestionCount = Stated(c.StatedQuestionCount),
        UnnamedSpeakerCount = c.UnnamedSpeakerCount == 0 ? null : c.UnnamedSpeakerCount, UnnamedSpeakerKind = c.UnnamedSpeakerKind,
        ConclusionText = c.ConclusionText, LegalBasisIds = legalBasisIds.ToList(),
    };

    /// <summary>The form of a saved conference, with the rows it has itemized so that a total below them is refused in the page too.</summary>
    public async Task<ConferenceInput> InputAsync(Conference c)
    {
        var input = ToInput(c, await LegalBasisIdsAsync(c.Id));
        input.Itemized = await ItemizedAsync(c.Id);
        return input;
    }

    /// <summary>Reads the itemized rows of the conference being edited, so that validation can hold the stated totals to them.</summary>
    public async Task<ConferenceInput> WithItemizedAsync(ConferenceInput input)
    {
        input.Itemized = await ItemizedAsync(input.Id);
        return input;
    }

    private async Task<IReadOnlyDictionary<PetitionKind, int>> ItemizedAsync(int conferenceId) => conferenceId == 0
        ? new Dictionary<PetitionKind, int>()
        : await db.Petitions.Where(p => p.ConferenceId == conferenceId).GroupBy(p => p.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

    private static int? Stated(int count) => count == 0 ? null : count;

    public Task<List<int>> LegalBasisIdsAsync(int conferenceId) =>
        db.ConferenceLegalBases.Where(l => l.ConferenceId == conferenceId).OrderBy(l => l.Order).Select(l => l.LegalBasisId).ToListAsync();

    public async Task<int> CreateAsync(ConferenceInput input)
    {
        var conference = new Conference();
        Apply(conference, input);
        db.Conferences.Add(conference);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await SyncLegalBasesAsync(conference, input.LegalBasisIds);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return conference.Id;
    }

    /// <summary>Saves the header; when someone else saved first, nothing is written and their values come back.</summary>
    public async Task<ConflictView?> UpdateAsync(Conference conference, ConferenceInput input)
    {
        amendments.EnsureAdmitted(conference);
        var unitChanged = conference.UnitId != input.UnitId;
        Apply(conference, input);
        await SyncLegalBasesAsync(conference, input.LegalBasisIds);
        if (unitChanged) await MovePartsAsync(conference);
        if (await db.TrySaveAsync(conference, input.Version)) return null;

        var theirs = await db.Conferences.AsNoTracking().FirstAsync(c => c.Id == conference.Id);
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.RootKey == AuditEntry.Key(nameof(Conference), conference.Id))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync();
        input.Version = theirs.Version;
        return new ConflictView(last?.UserName ?? "người khác", last?.AtUtc, Differences(input, theirs));
    }

    public async Task DeleteAsync(Conference conference)
    {
        amendments.EnsureAdmitted(conference);
        db.Conferences.Remove(conference);
        await db.SaveChangesAsync();
    }

    private static IReadOnlyList<(string Field, string Theirs)> Differences(ConferenceInput mine, Conference theirs)
    {
        var list = new List<(string, string)>();
        void Compare(string field, object? a, object? b, string shown)
        {
            if (!Equals(a, b)) list.Add((field, shown));
        }
        Compare("Tên hội nghị", mine.Title, theirs.Title, theirs.Title);
        Compare("Ngày tổ chức", mine.HeldOn, theirs.HeldOnUnknown ? null : theirs.HeldOn, theirs.HeldOnUnknown ? "(chưa rõ ngày)" : theirs.HeldOn.ToString("dd/MM/yyyy"));
        Compare("Loại hội nghị", mine.Kind, theirs.Kind, theirs.Kind.Label());
        Compare("Trạng thái", mine.Status, theirs.Status, theirs.Status.Label());
        Compare("Địa điểm", mine.Place ?? "", theirs.Place ?? "", theirs.Place ?? "(trống)");
        Compare("Mục đích, nội dung chính", mine.Summary ?? "", theirs.Summary ?? "", theirs.Summary ?? "(trống)");
        Compare("Kết luận của chủ trì", mine.ConclusionText ?? "", theirs.ConclusionText ?? "", theirs.ConclusionText ?? "(trống)");
        foreach (var (kind, _) in ConferenceInput.TotalFields)
            Compare($"Tổng số {kind.Label().ToLowerInvariant()} theo biên bản", mine.StatedOf(kind) ?? 0, theirs.StatedCount(kind), theirs.StatedCount(kind).ToString());
        Compare("Số người phát biểu không ghi tên", mine.UnnamedSpeakerCount ?? 0, theirs.UnnamedSpeakerCount, theirs.UnnamedSpeakerCount.ToString());
        return list;
    }

    private static void Apply(Conference c, ConferenceInput input)
    {
        c.UnitId = input.UnitId;
        c.OrganizerId = input.OrganizerId;
        c.Kind = input.Kind!.Value;
        c.Status = input.Status!.Value;
        c.Title = input.Title.Trim();
        ApplyWhenAndCounts(c, input);
        c.StartsAt = input.StartsAt;
        c.Place = input.Place?.Trim();
        c.Summary = input.Summary?.Trim();
        c.ConclusionText = input.ConclusionText?.Trim();
    }

    /// <summary>
    /// The day or the period reviewed, the stated totals and the unnamed speakers, as the header form and the minutes'
    /// Excel import both set them.
    /// </summary>
    public static void ApplyWhenAndCounts(Conference c, ConferenceInput input)
    {
        // A period briefing without its day sorts and filters by the period's last day (Conference.HeldOn).
        var period = input.ReviewedPeriod().Period;
        c.HeldOn = input.HeldOn ?? period!.To;
        c.HeldOnUnknown = input.HeldOn is null;
        c.ReviewedPeriodKind = period?.Kind;
        c.ReviewedPeriodYear = period?.Year;
        c.ReviewedPeriodNumber = period is { Number: > 0 } ? period.Number : null;
        c.StatedOpinionCount = input.StatedOpinionCount ?? 0;
        c.StatedPetitionCount = input.StatedPetitionCount ?? 0;
        c.StatedProposalCount = input.StatedProposalCount ?? 0;
        c.StatedQuestionCount = input.StatedQuestionCount ?? 0;
        c.UnnamedSpeakerCount = input.UnnamedSpeakerCount ?? 0;
        c.UnnamedSpeakerKind = c.UnnamedSpeakerCount == 0 ? null : input.UnnamedSpeakerKind?.Trim();
    }

    private async Task SyncLegalBasesAsync(Conference conference, IReadOnlyList<int> wanted)
    {
        var known = await db.LegalBases.Where(l => wanted.Contains(l.Id)).Select(l => l.Id).ToListAsync();
        var current = await db.ConferenceLegalBases.Where(l => l.ConferenceId == conference.Id).ToListAsync();
        foreach (var link in current.Where(l => !known.Contains(l.LegalBasisId))) db.ConferenceLegalBases.Remove(link);
        var order = 0;
        foreach (var id in wanted.Where(known.Contains).Distinct())
        {
            var link = current.FirstOrDefault(l => l.LegalBasisId == id);
            if (link is null)
            {
                link = new ConferenceLegalBasis { ConferenceId = conference.Id, LegalBasisId = id, UnitId = conference.UnitId };
                db.ConferenceLegalBases.Add(link);
            }
            link.Order = ++order;
        }
    }

    /// <summary>Parts carry their conference's unit; a conference moved to another unit takes them along.</summary>
    private async Task MovePartsAsync(Conference conference)
    {
        var unitId = conference.UnitId;
        foreach (var part in await db.ConferenceParticipants.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.ConferenceOrganizations.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.ConferenceLegalBases.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.Speeches.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.Petitions.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.ConclusionItems.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.CitedFigures.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var part in await db.MinutesFindings.Where(p => p.ConferenceId == conference.Id).ToListAsync()) part.UnitId = unitId;
        foreach (var amendment in await db.Amendments.Where(a => a.ConferenceId == conference.Id).ToListAsync()) amendment.UnitId = unitId;
    }
}
