using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>The rows of the entry page, named as <see cref="MinutesFinality.Shown"/> says (final minutes: as cited).</summary>
public sealed partial class MinutesService
{
    /// <summary>The rows of every section; names from catalogues as <see cref="MinutesFinality.Shown"/> says (final minutes: as cited).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PartRow>>> RowsAsync(int conferenceId)
    {
        var state = await db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.MinutesState).FirstOrDefaultAsync();
        var participants = await db.ConferenceParticipants.AsNoTracking().Include(p => p.Person)
            .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ToListAsync();
        var organizations = await db.ConferenceOrganizations.AsNoTracking().Include(p => p.Organization)
            .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Organization!.Name).ToListAsync();
        var speeches = await db.Speeches.AsNoTracking().Include(p => p.Person).Include(p => p.Organization)
            .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ToListAsync();
        var petitionIds = await db.Petitions.AsNoTracking().Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order)
            .Select(p => p.Id).ToListAsync();
        var items = await db.ConclusionItems.AsNoTracking().Include(p => p.ResponsibleOrganization)
            .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ToListAsync();
        var petitions = new List<PartRow>();
        foreach (var id in petitionIds) petitions.Add(await PetitionRowAsync(id, state));
        return new Dictionary<string, IReadOnlyList<PartRow>>
        {
            [Sections.Participants] = participants.Select(p => Row(p, state)).ToList(),
            [Sections.Organizations] = organizations.Select(p => Row(p, state)).ToList(),
            [Sections.Speeches] = speeches.Select(p => Row(p, state)).ToList(),
            [Sections.Petitions] = petitions,
            [Sections.Items] = items.Select(p => Row(p, state)).ToList(),
        };
    }

    /// <summary>The rows of one section as shown, after a move or a removal renumbered them.</summary>
    public async Task<IReadOnlyList<PartRow>> SectionRowsAsync(int conferenceId, string section) =>
        (await RowsAsync(conferenceId)).GetValueOrDefault(section) ?? [];

    private async Task<PartRow> PetitionRowAsync(int id, MinutesState state)
    {
        var p = await db.Petitions.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Version, p.ConferenceId, p.Kind, p.Content, p.CitedTopic, Topic = p.Topic!.Name, p.CitedRaisedByPerson, Person = p.RaisedByPerson!.FullName,
                p.CitedRaisedByOrganization, Organization = p.RaisedByOrganization!.Name, p.CitedRaisedByUnit, Unit = p.RaisedByUnit!.Name,
                p.CitedAddressedTo, AddressedTo = p.AddressedTo!.Name, p.OnTheSpotAnswer,
            })
            .FirstAsync();
        var raisedBy = MinutesFinality.Shown(state, p.CitedRaisedByPerson, p.Person) ?? MinutesFinality.Shown(state, p.CitedRaisedByOrganization, p.Organization)
            ?? MinutesFinality.Shown(state, p.CitedRaisedByUnit, p.Unit);
        return new PartRow(p.ConferenceId, Sections.Petitions, p.Id,
            [p.Kind.Label(), p.Content, MinutesFinality.Shown(state, p.CitedTopic, p.Topic) ?? "", raisedBy ?? "",
             MinutesFinality.Shown(state, p.CitedAddressedTo, p.AddressedTo) ?? "", p.OnTheSpotAnswer ?? ""]) { Version = p.Version };
    }

    private static PartRow Row(ConferenceParticipant p, MinutesState state) =>
        new(p.ConferenceId, Sections.Participants, p.Id,
            [p.Role.Label(), MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? "", p.PositionHeld ?? ""]) { Version = p.Version };

    private static PartRow Row(ConferenceOrganization p, MinutesState state) =>
        new(p.ConferenceId, Sections.Organizations, p.Id, [MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name) ?? ""]);

    private static PartRow Row(Speech p, MinutesState state) =>
        new(p.ConferenceId, Sections.Speeches, p.Id,
            [p.Order.ToString(), p.Kind.Label(),
             MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? $"Đại diện {MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name)}",
             p.PositionHeld ?? "", p.Summary]) { Version = p.Version };

    private static PartRow Row(ConclusionItem p, MinutesState state) =>
        new(p.ConferenceId, Sections.Items, p.Id,
            [p.Order.ToString(), p.Content, MinutesFinality.Shown(state, p.CitedResponsibleOrganization, p.ResponsibleOrganization?.Name) ?? "",
             p.Deadline?.ToString("dd/MM/yyyy") ?? ""]) { Version = p.Version };
}
