using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>Reading a conference's minutes: the page, the printout and the Word file.</summary>
public sealed partial class ConferenceService
{
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
                Organizer = c.Organizer!.Name, c.Summary, c.ConclusionText,
                c.StatedOpinionCount, c.StatedPetitionCount, c.StatedProposalCount, c.StatedQuestionCount, c.UnitId,
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
            .Select(b => new { b.Id, b.DocumentType, b.Number, b.IssuedOn, b.IssuingBody, b.Title })
            .ToDictionaryAsync(b => b.Id, b => LegalBasis.CitationOf(b.DocumentType, b.Number, b.IssuedOn, b.IssuingBody, b.Title));
        var legalBases = legalBasisLinks.Select(l => Shown(l.CitedLegalBasis, citations.GetValueOrDefault(l.LegalBasisId))).OfType<string>().ToList();
        var participants = (await db.ConferenceParticipants.AsNoTracking().Where(p => p.ConferenceId == id).OrderBy(p => p.Order)
                .Select(p => new { p.Id, p.Role, p.CitedPerson, Name = db.People.Where(x => x.Id == p.PersonId).Select(x => x.FullName).FirstOrDefault(), p.PositionHeld })
                .ToListAsync())
            .Where(p => Shown(p.CitedPerson, p.Name) is not null)
            .Select(p => new ParticipantLine(p.Id, p.Role, Shown(p.CitedPerson, p.Name)!, p.PositionHeld)).ToList();
        var organizations = (await db.ConferenceOrganizations.AsNoTracking().Where(o => o.ConferenceId == id)
                .Select(o => new { o.CitedOrganization, Name = db.Organizations.Where(x => x.Id == o.OrganizationId).Select(x => x.Name).FirstOrDefault() })
                .ToListAsync())
            .Select(o => Shown(o.CitedOrganization, o.Name)).OfType<string>().ToList();
        organizations = NaturalSort.Order(organizations).ToList();
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
                    p.CitedRaisedByUnit, RaisedByUnit = p.RaisedByUnit!.Name, RaisedByUnitKind = (UnitKind?)p.RaisedByUnit.Kind,
                    p.CitedAddressedTo, AddressedTo = p.AddressedTo!.Name, p.OnTheSpotAnswer,
                    p.CitedAnsweredByPerson, AnsweredBy = p.AnsweredByPerson!.FullName,
                })
                .ToListAsync())
            .Select(p => new PetitionLine(p.Id, p.Order, p.Kind, p.Content, Shown(p.CitedTopic, p.Topic),
                RaisedBy(Shown(p.CitedRaisedByPerson, p.RaisedByPerson), Shown(p.CitedRaisedByOrganization, p.RaisedByOrganization), Shown(p.CitedRaisedByUnit, p.RaisedByUnit), p.RaisedByUnitKind),
                Shown(p.CitedAddressedTo, p.AddressedTo), p.OnTheSpotAnswer, Shown(p.CitedAnsweredByPerson, p.AnsweredBy)))
            .ToList();
        var items = (await db.ConclusionItems.AsNoTracking().Where(i => i.ConferenceId == id).OrderBy(i => i.Order)
                .Select(i => new { i.Id, i.Order, i.Content, i.CitedResponsibleOrganization, Responsible = i.ResponsibleOrganization!.Name, i.Deadline })
                .ToListAsync())
            .Select(i => new ConclusionLine(i.Id, i.Order, i.Content, Shown(i.CitedResponsibleOrganization, i.Responsible), i.Deadline))
            .ToList();
        items = await WithCoordinatorsAsync(items);

        var unitemized = StatedTotals.UnitemizedOf(header.StatedOpinionCount, header.StatedPetitionCount, header.StatedProposalCount,
            header.StatedQuestionCount, kind => petitions.Count(p => p.Kind == kind));
        var amendmentLines = await AmendmentsAsync(id);
        var contentItems = await db.FollowUps.AsNoTracking().Where(f => f.ConferenceId == id && f.PetitionId != null && f.MergedIntoId == null)
            .GroupBy(f => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Answered = g.Count(f => !Domain.FollowUp.FollowUpStateMachine.OpenStates.Contains(f.State)),
            })
            .ToListAsync() is [var counted] ? counted : null; // one group at most; First on a grouping makes EF warn at every read
        return new ConferenceDetails(header.Id, header.Version, header.Title, header.Kind, header.Status, header.HeldOn,
            header.StartsAt, header.Place, Shown(header.CitedUnit, $"{header.UnitKind.Label()} {header.UnitName}")!,
            Shown(header.CitedOrganizer, header.Organizer), header.Summary, header.ConclusionText,
            unitemized.Opinions, unitemized.Petitions, legalBases,
            participants, organizations, speeches, petitions, items)
        {
            Finality = new FinalityView(header.MinutesState, header.FinalizedAtUtc, header.FinalizedBy),
            Amendments = amendmentLines,
            Record = await RecordAsync(id, header.UnitId),
            ContentItemCount = contentItems?.Total ?? 0,
            AnsweredContentItemCount = contentItems?.Answered ?? 0,
        };
    }
}
