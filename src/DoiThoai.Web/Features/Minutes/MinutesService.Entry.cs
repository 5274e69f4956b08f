using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// Adding rows (one by one, pasted lines, an import) and removing them. Each write first passes the finality gate:
/// final minutes refuse a change that was not admitted as an amendment with a reason.
/// </summary>
public sealed partial class MinutesService
{
    public async Task<PartRow> AddParticipantAsync(Conference conference, ParticipantInput input)
    {
        amendments.EnsureAdmitted(conference);
        var person = await PersonAsync(conference, input.PersonName, input.PositionHeld);
        var part = Stamp(conference, new ConferenceParticipant
        {
            Person = person, Role = input.Role!.Value, PositionHeld = Clean(input.PositionHeld) ?? person.Position,
            Order = await NextOrderAsync(db.ConferenceParticipants.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order)),
        });
        db.ConferenceParticipants.Add(part);
        await db.SaveChangesAsync();
        return Row(part, conference.MinutesState);
    }

    public async Task<PartRow> AddOrganizationAsync(Conference conference, OrganizationInput input)
    {
        amendments.EnsureAdmitted(conference);
        var existing = await db.ConferenceOrganizations
            .FirstOrDefaultAsync(o => o.ConferenceId == conference.Id && o.OrganizationId == input.OrganizationId);
        if (existing is null)
        {
            existing = Stamp(conference, new ConferenceOrganization { OrganizationId = input.OrganizationId!.Value });
            db.ConferenceOrganizations.Add(existing);
            await db.SaveChangesAsync();
        }
        existing.Organization ??= await db.Organizations.FindAsync(existing.OrganizationId);
        return Row(existing, conference.MinutesState);
    }

    public async Task<PartRow> AddSpeechAsync(Conference conference, SpeechInput input)
    {
        amendments.EnsureAdmitted(conference);
        var person = string.IsNullOrWhiteSpace(input.SpeakerName) ? null : await PersonAsync(conference, input.SpeakerName, input.PositionHeld);
        var part = Stamp(conference, new Speech
        {
            Kind = input.Kind!.Value, Person = person, PositionHeld = Clean(input.PositionHeld) ?? person?.Position,
            OrganizationId = input.OrganizationId, Summary = input.Summary.Trim(),
            Order = await NextOrderAsync(db.Speeches.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order)),
        });
        db.Speeches.Add(part);
        await db.SaveChangesAsync();
        part.Organization = input.OrganizationId is { } id ? await db.Organizations.FindAsync(id) : null;
        return Row(part, conference.MinutesState);
    }

    public async Task<PartRow> AddPetitionAsync(Conference conference, PetitionInput input)
    {
        amendments.EnsureAdmitted(conference);
        var part = Stamp(conference, new Petition
        {
            Kind = input.Kind!.Value, Content = input.Content.Trim(),
            Topic = await TopicAsync(conference, input.TopicName),
            RaisedByPerson = string.IsNullOrWhiteSpace(input.RaisedByName) ? null : await PersonAsync(conference, input.RaisedByName, null),
            RaisedByOrganizationId = input.RaisedByOrganizationId,
            RaisedByUnitId = input.RaisedByUnitId,
            AddressedToId = input.AddressedToId,
            OnTheSpotAnswer = Clean(input.OnTheSpotAnswer),
            AnsweredByPerson = string.IsNullOrWhiteSpace(input.AnsweredByName) ? null : await PersonAsync(conference, input.AnsweredByName, null),
            Order = await NextOrderAsync(db.Petitions.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order)),
        });
        db.Petitions.Add(part);
        if (FollowUpOpening.For(part) is { } followUp) db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return await PetitionRowAsync(part.Id, conference.MinutesState);
    }

    /// <summary>Saves every pasted line as one opinion or petition, all or none.</summary>
    public async Task<IReadOnlyList<PartRow>> AddPetitionsAsync(Conference conference, PetitionBatchInput input)
    {
        amendments.EnsureAdmitted(conference);
        var topic = await TopicAsync(conference, input.TopicName);
        var order = await NextOrderAsync(db.Petitions.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order));
        var added = input.Lines.Select(line => Stamp(conference, new Petition
        {
            Kind = input.Kind!.Value, Content = line.Trim(), Topic = topic, Order = order++,
        })).ToList();
        db.Petitions.AddRange(added);
        db.FollowUps.AddRange(added.Select(FollowUpOpening.For).OfType<FollowUpItem>());
        await db.SaveChangesAsync();
        var rows = new List<PartRow>();
        foreach (var petition in added) rows.Add(await PetitionRowAsync(petition.Id, conference.MinutesState));
        return rows;
    }

    public async Task<PartRow> AddConclusionItemAsync(Conference conference, ConclusionItemInput input)
    {
        amendments.EnsureAdmitted(conference);
        var part = Stamp(conference, new ConclusionItem
        {
            Content = input.Content.Trim(), ResponsibleOrganizationId = input.ResponsibleOrganizationId, Deadline = input.Deadline,
            Coordinators = Coordination.Of(input.ResponsibleOrganizationId, input.CoordinatorIds),
            Order = await NextOrderAsync(db.ConclusionItems.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order)),
        });
        db.ConclusionItems.Add(part);
        var responsibleUnit = input.ResponsibleOrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => (int?)o.UnitId).FirstOrDefaultAsync()
            : null;
        db.FollowUps.Add(FollowUpOpening.For(part, responsibleUnit, VietnamTime.Today(clock)));
        await db.SaveChangesAsync();
        part.ResponsibleOrganization = input.ResponsibleOrganizationId is { } id ? await db.Organizations.FindAsync(id) : null;
        return Row(part, conference.MinutesState);
    }

    /// <summary>
    /// Takes a row out and numbers the rest of its section 1, 2, 3… in the same save, so that no number is missing;
    /// a row saved by someone else meanwhile makes it <see cref="RowChange.Conflict"/> and nothing changes.
    /// </summary>
    public async Task<RowChange> RemoveAsync(Conference conference, string section, int partId)
    {
        amendments.EnsureAdmitted(conference);
        List<ConferencePart> rows = section == Sections.Organizations ? [] : await SectionAsync(conference.Id, section);
        ConferencePart? part = section == Sections.Organizations
            ? await db.ConferenceOrganizations.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id)
            : rows.FirstOrDefault(p => p.Id == partId);
        if (part is null) return RowChange.NotFound;
        db.Remove(part);
        var rest = rows.Where(r => r != part).ToList();
        var numbers = MinutesOrder.Dense(rest.Select(r => r.Id).ToList());
        foreach (var row in rest) ((IOrderedPart)row).Order = numbers[row.Id];
        // A row taken out of the minutes is no longer followed up.
        foreach (var followUp in await db.FollowUps.Where(f => f.PetitionId == partId && section == Sections.Petitions
                     || f.ConclusionItemId == partId && section == Sections.Items).ToListAsync())
            db.Remove(followUp);
        return await SaveRowAsync(part, part.Version);
    }

    private static T Stamp<T>(Conference conference, T part) where T : ConferencePart
    {
        part.ConferenceId = conference.Id;
        part.UnitId = conference.UnitId;
        return part;
    }

    private static async Task<int> NextOrderAsync(IQueryable<int> orders) => (await orders.MaxAsync(o => (int?)o) ?? 0) + 1;


    /// <summary>Finds a catalogued person by name (ignoring diacritics and case) within reach, or adds one to the conference's unit.</summary>
    private async Task<Person> PersonAsync(Conference conference, string name, string? position)
    {
        var folded = VietnameseText.Fold(name);
        var path = await ReachAsync(conference);
        var person = db.People.Local.FirstOrDefault(p => p.SearchText.StartsWith(folded) && VietnameseText.Fold(p.FullName) == folded)
            ?? (await db.People.Near(path).Where(p => p.SearchText.StartsWith(folded))
                .ToListAsync()).FirstOrDefault(p => VietnameseText.Fold(p.FullName) == folded);
        if (person is not null) return person;
        person = new Person { FullName = name.Trim(), Position = Clean(position), UnitId = conference.UnitId };
        db.People.Add(person);
        return person;
    }

    private async Task<Topic?> TopicAsync(Conference conference, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var folded = VietnameseText.Fold(name);
        var topic = await db.Topics.Near(await ReachAsync(conference)).FirstOrDefaultAsync(t => t.SearchText == folded);
        if (topic is not null) return topic;
        topic = new Topic { Name = name.Trim(), UnitId = conference.UnitId };
        db.Topics.Add(topic);
        return topic;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
