using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>Queries and changes of conference headers. Access is checked by the controller before any call with an id.</summary>
public sealed partial class ConferenceService(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<Conference?> FindAsync(int id) => db.Conferences.FirstOrDefaultAsync(c => c.Id == id);

    public async Task<ConferenceListViewModel> ListAsync(UserScope scope, ConferenceFilter filter)
    {
        var query = db.Conferences.AsNoTracking().InScope(scope);
        if (filter.UnitId is { } unitId)
        {
            var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync() ?? "-";
            query = query.Where(c => c.Unit!.Path.StartsWith(unitPath));
        }
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        var (from, to) = filter.Period();
        if (from is { } start) query = query.Where(c => c.HeldOn >= start);
        if (to is { } end) query = query.Where(c => c.HeldOn <= end);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
                query = query.Where(c => c.SearchText.Contains(word) || c.Unit!.SearchText.Contains(word));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new ConferenceRow(c.Id, c.Title, c.Kind, c.Status, c.HeldOn, c.Unit!.Kind, c.Unit.Name,
                c.Petitions.Count(p => !p.IsDeleted), c.UnitemizedOpinionCount + c.UnitemizedPetitionCount, c.MinutesState))
            .ToListAsync();
        return new ConferenceListViewModel(filter, rows, page, pageCount, total, await UnitChoicesAsync(scope));
    }

    /// <summary>
    /// The minutes as the page, the printout and the Word file show them. Every name taken from a catalogue goes
    /// through <see cref="MinutesFinality.Shown"/>: final minutes show what they cited, drafts the catalogue as it is.
    /// </summary>
    public async Task<ConferenceDetails?> DetailsAsync(int id)
    {
        var header = await db.Conferences.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Version, c.Title, c.Kind, c.Status, c.HeldOn, c.StartsAt, c.Place, UnitKind = c.Unit!.Kind, UnitName = c.Unit.Name,
                Organizer = c.Organizer!.Name, c.Summary, c.ConclusionText, c.UnitemizedOpinionCount, c.UnitemizedPetitionCount,
                c.MinutesState, c.FinalizedAtUtc, c.FinalizedBy, c.CitedUnit, c.CitedOrganizer,
            })
            .FirstOrDefaultAsync();
        if (header is null) return null;
        var state = header.MinutesState;
        string? Shown(string? cited, string? current) => MinutesFinality.Shown(state, cited, current);

        // Rows that must name an entry are read without joining it, so an entry deleted from its catalogue leaves a
        // final record whole; a draft drops such a row, as it always has.
        var legalBasisLinks = await db.ConferenceLegalBases.AsNoTracking().Where(l => l.ConferenceId == id).OrderBy(l => l.Order)
            .Select(l => new { l.LegalBasisId, l.CitedLegalBasis }).ToListAsync();
        var legalBasisIds = legalBasisLinks.Select(l => l.LegalBasisId).ToList();
        var citations = await db.LegalBases.AsNoTracking().Where(b => legalBasisIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Number, b.IssuedOn, b.IssuingBody }).ToDictionaryAsync(b => b.Id, b => LegalBasis.CitationOf(b.Number, b.IssuedOn, b.IssuingBody));
        var legalBases = legalBasisLinks.Select(l => Shown(l.CitedLegalBasis, citations.GetValueOrDefault(l.LegalBasisId))).OfType<string>().ToList();
        var participants = (await db.ConferenceParticipants.AsNoTracking().Where(p => p.ConferenceId == id).OrderBy(p => p.Order)
                .Select(p => new { p.Id, p.Role, p.CitedPerson, Name = db.People.Where(x => x.Id == p.PersonId).Select(x => x.FullName).FirstOrDefault(), p.PositionHeld })
                .ToListAsync())
            .Where(p => Shown(p.CitedPerson, p.Name) is not null)
            .Select(p => new ParticipantLine(p.Id, p.Role, Shown(p.CitedPerson, p.Name)!, p.PositionHeld)).ToList();
        var organizations = (await db.ConferenceOrganizations.AsNoTracking().Where(o => o.ConferenceId == id)
                .Select(o => new { o.CitedOrganization, Name = db.Organizations.Where(x => x.Id == o.OrganizationId).Select(x => x.Name).FirstOrDefault() })
                .ToListAsync())
            .Select(o => Shown(o.CitedOrganization, o.Name)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var speeches = (await db.Speeches.AsNoTracking().Where(s => s.ConferenceId == id).OrderBy(s => s.Order)
                .Select(s => new { s.Id, s.Order, s.Kind, s.CitedPerson, Person = s.Person!.FullName, s.PositionHeld, s.CitedOrganization, Organization = s.Organization!.Name, s.Summary })
                .ToListAsync())
            .Select(s => new SpeechLine(s.Id, s.Order, s.Kind, Shown(s.CitedPerson, s.Person), s.PositionHeld, Shown(s.CitedOrganization, s.Organization), s.Summary))
            .ToList();
        var petitions = (await db.Petitions.AsNoTracking().Where(p => p.ConferenceId == id).OrderBy(p => p.Order)
                .Select(p => new
                {
                    p.Id, p.Order, p.Kind, p.Content, p.CitedTopic, Topic = p.Topic!.Name,
                    p.CitedRaisedByPerson, RaisedByPerson = p.RaisedByPerson!.FullName,
                    p.CitedRaisedByOrganization, RaisedByOrganization = p.RaisedByOrganization!.Name,
                    p.CitedRaisedByUnit, RaisedByUnit = p.RaisedByUnit!.Name,
                    p.CitedAddressedTo, AddressedTo = p.AddressedTo!.Name, p.OnTheSpotAnswer,
                    p.CitedAnsweredByPerson, AnsweredBy = p.AnsweredByPerson!.FullName,
                })
                .ToListAsync())
            .Select(p => new PetitionLine(p.Id, p.Order, p.Kind, p.Content, Shown(p.CitedTopic, p.Topic),
                Shown(p.CitedRaisedByPerson, p.RaisedByPerson) ?? Shown(p.CitedRaisedByOrganization, p.RaisedByOrganization) ?? Shown(p.CitedRaisedByUnit, p.RaisedByUnit),
                Shown(p.CitedAddressedTo, p.AddressedTo), p.OnTheSpotAnswer, Shown(p.CitedAnsweredByPerson, p.AnsweredBy)))
            .ToList();
        var items = (await db.ConclusionItems.AsNoTracking().Where(i => i.ConferenceId == id).OrderBy(i => i.Order)
                .Select(i => new { i.Id, i.Order, i.Content, i.CitedResponsibleOrganization, Responsible = i.ResponsibleOrganization!.Name, i.Deadline })
                .ToListAsync())
            .Select(i => new ConclusionLine(i.Id, i.Order, i.Content, Shown(i.CitedResponsibleOrganization, i.Responsible), i.Deadline))
            .ToList();

        var amendments = await AmendmentsAsync(id);
        var contentItems = await db.FollowUps.AsNoTracking().Where(f => f.ConferenceId == id && f.PetitionId != null && f.MergedIntoId == null)
            .GroupBy(f => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Answered = g.Count(f => !Domain.FollowUp.Deadlines.OpenStates.Contains(f.State)),
            })
            .FirstOrDefaultAsync();
        return new ConferenceDetails(header.Id, header.Version, header.Title, header.Kind, header.Status, header.HeldOn,
            header.StartsAt, header.Place, Shown(header.CitedUnit, $"{header.UnitKind.Label()} {header.UnitName}")!,
            Shown(header.CitedOrganizer, header.Organizer), header.Summary, header.ConclusionText,
            header.UnitemizedOpinionCount, header.UnitemizedPetitionCount, legalBases,
            participants, organizations, speeches, petitions, items)
        {
            Finality = new FinalityView(header.MinutesState, header.FinalizedAtUtc, header.FinalizedBy),
            Amendments = amendments,
            ContentItemCount = contentItems?.Total ?? 0,
            AnsweredContentItemCount = contentItems?.Answered ?? 0,
        };
    }

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
        return new FormOptions(await UnitChoicesAsync(scope, activeOnly: true), organizations, legalBases);
    }

    /// <summary>Units the user may pick, indented by depth so the tree shows in a plain select.</summary>
    public async Task<IReadOnlyList<SelectListItem>> UnitChoicesAsync(UserScope scope, bool activeOnly = false)
    {
        var units = await db.Units.AsNoTracking().InScope(scope)
            .Where(u => !activeOnly || u.RetiredOn == null)
            .OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Kind, u.Name, u.Path })
            .ToListAsync();
        var rootDepth = units.Count == 0 ? 0 : units.Min(u => UnitPath.Depth(u.Path));
        return units
            .Select(u => new SelectListItem($"{new string('\u00A0', 3 * (UnitPath.Depth(u.Path) - rootDepth))}{u.Kind.Label()} {u.Name}", u.Id.ToString()))
            .ToList();
    }

    /// <summary>An organizer must belong to a unit in the user's scope.</summary>
    public async Task<bool> OrganizerInScopeAsync(UserScope scope, int? organizerId) =>
        organizerId is null || await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizerId);

    public static ConferenceInput ToInput(Conference c, IEnumerable<int> legalBasisIds) => new()
    {
        Id = c.Id, Version = c.Version, UnitId = c.UnitId, OrganizerId = c.OrganizerId, Kind = c.Kind, Status = c.Status,
        Title = c.Title, HeldOn = c.HeldOn, StartsAt = c.StartsAt, Place = c.Place, Summary = c.Summary,
        UnitemizedOpinionCount = c.UnitemizedOpinionCount, UnitemizedPetitionCount = c.UnitemizedPetitionCount,
        ConclusionText = c.ConclusionText, LegalBasisIds = legalBasisIds.ToList(),
    };

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
        Compare("Ngày tổ chức", mine.HeldOn, theirs.HeldOn, theirs.HeldOn.ToString("dd/MM/yyyy"));
        Compare("Loại hội nghị", mine.Kind, theirs.Kind, theirs.Kind.Label());
        Compare("Trạng thái", mine.Status, theirs.Status, theirs.Status.Label());
        Compare("Địa điểm", mine.Place ?? "", theirs.Place ?? "", theirs.Place ?? "(trống)");
        Compare("Mục đích, nội dung chính", mine.Summary ?? "", theirs.Summary ?? "", theirs.Summary ?? "(trống)");
        Compare("Kết luận của chủ trì", mine.ConclusionText ?? "", theirs.ConclusionText ?? "", theirs.ConclusionText ?? "(trống)");
        Compare("Số ý kiến chưa ghi chi tiết", mine.UnitemizedOpinionCount, theirs.UnitemizedOpinionCount, theirs.UnitemizedOpinionCount.ToString());
        Compare("Số kiến nghị chưa ghi chi tiết", mine.UnitemizedPetitionCount, theirs.UnitemizedPetitionCount, theirs.UnitemizedPetitionCount.ToString());
        return list;
    }

    private static void Apply(Conference c, ConferenceInput input)
    {
        c.UnitId = input.UnitId;
        c.OrganizerId = input.OrganizerId;
        c.Kind = input.Kind!.Value;
        c.Status = input.Status!.Value;
        c.Title = input.Title.Trim();
        c.HeldOn = input.HeldOn!.Value;
        c.StartsAt = input.StartsAt;
        c.Place = input.Place?.Trim();
        c.Summary = input.Summary?.Trim();
        c.UnitemizedOpinionCount = input.UnitemizedOpinionCount;
        c.UnitemizedPetitionCount = input.UnitemizedPetitionCount;
        c.ConclusionText = input.ConclusionText?.Trim();
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
        foreach (var amendment in await db.Amendments.Where(a => a.ConferenceId == conference.Id).ToListAsync()) amendment.UnitId = unitId;
    }
}
