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
        var rows = new Dictionary<string, IReadOnlyList<PartRow>>();
        foreach (var section in Sections.Columns.Keys) rows[section] = await SectionRowsAsync(conferenceId, section);
        return rows;
    }

    /// <summary>The rows of one section as shown, in their order (ties, from before orders were kept dense, by id).</summary>
    public async Task<IReadOnlyList<PartRow>> SectionRowsAsync(int conferenceId, string section)
    {
        var state = await db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.MinutesState).FirstOrDefaultAsync();
        return section switch
        {
            Sections.Participants => (await db.ConferenceParticipants.AsNoTracking().Include(p => p.Person)
                .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()).Select(p => Row(p, state)).ToList(),
            Sections.Organizations => (await db.ConferenceOrganizations.AsNoTracking().Include(p => p.Organization)
                .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Organization!.Name).ToListAsync()).Select(p => Row(p, state)).ToList(),
            Sections.Speeches => (await db.Speeches.AsNoTracking().Include(p => p.Person).Include(p => p.Organization)
                .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()).Select(p => Row(p, state)).ToList(),
            Sections.Petitions => await PetitionRowsAsync(db.Petitions.Where(p => p.ConferenceId == conferenceId), state),
            Sections.Items => (await db.ConclusionItems.AsNoTracking().Include(p => p.ResponsibleOrganization)
                .Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()).Select(p => Row(p, state)).ToList(),
            _ => [],
        };
    }

    private async Task<PartRow> PetitionRowAsync(int id, MinutesState state) =>
        (await PetitionRowsAsync(db.Petitions.Where(p => p.Id == id), state)).Single();

    /// <summary>Petitions with the names they cite, in one query.</summary>
    private static async Task<List<PartRow>> PetitionRowsAsync(IQueryable<Petition> petitions, MinutesState state)
    {
        var rows = await petitions.AsNoTracking().OrderBy(p => p.Order).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Version, p.ConferenceId, p.Kind, p.Content, p.CitedTopic, Topic = p.Topic!.Name, p.CitedRaisedByPerson, Person = p.RaisedByPerson!.FullName,
                p.CitedRaisedByOrganization, Organization = p.RaisedByOrganization!.Name, p.CitedRaisedByUnit, Unit = p.RaisedByUnit!.Name,
                p.CitedAddressedTo, AddressedTo = p.AddressedTo!.Name, p.OnTheSpotAnswer,
            })
            .ToListAsync();
        return rows.Select(p => new PartRow(p.ConferenceId, Sections.Petitions, p.Id,
            [p.Kind.Label(), p.Content, MinutesFinality.Shown(state, p.CitedTopic, p.Topic) ?? "",
             MinutesFinality.Shown(state, p.CitedRaisedByPerson, p.Person) ?? MinutesFinality.Shown(state, p.CitedRaisedByOrganization, p.Organization)
                ?? MinutesFinality.Shown(state, p.CitedRaisedByUnit, p.Unit) ?? "",
             MinutesFinality.Shown(state, p.CitedAddressedTo, p.AddressedTo) ?? "", p.OnTheSpotAnswer ?? ""]) { Version = p.Version }).ToList();
    }

    private static PartRow Row(ConferenceParticipant p, MinutesState state) =>
        new(p.ConferenceId, Sections.Participants, p.Id,
            [p.Role.Label(), MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? "", p.PositionHeld ?? ""]) { Version = p.Version };

    private static PartRow Row(ConferenceOrganization p, MinutesState state) =>
        new(p.ConferenceId, Sections.Organizations, p.Id, [MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name) ?? ""]);

    private static PartRow Row(Speech p, MinutesState state) =>
        new(p.ConferenceId, Sections.Speeches, p.Id,
            [p.Order.ToString(), p.Kind.Label(),
             MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? Features.Conferences.SpeechLine.OnBehalfOf(MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name)) ?? "",
             p.PositionHeld ?? "", p.Summary]) { Version = p.Version };

    private static PartRow Row(ConclusionItem p, MinutesState state) =>
        new(p.ConferenceId, Sections.Items, p.Id,
            [p.Order.ToString(), p.Content, MinutesFinality.Shown(state, p.CitedResponsibleOrganization, p.ResponsibleOrganization?.Name) ?? "",
             p.Deadline?.ToString("dd/MM/yyyy") ?? ""]) { Version = p.Version };
}
