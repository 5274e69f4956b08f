using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Mvc.Rendering;
using DoiThoai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>One row of a minutes section as the entry page shows it.</summary>
public sealed record PartRow(int ConferenceId, string Section, int Id, IReadOnlyList<string> Cells);

public static class Sections
{
    public const string Participants = "participants";
    public const string Organizations = "organizations";
    public const string Speeches = "speeches";
    public const string Petitions = "petitions";
    public const string Items = "items";
}

/// <summary>Choices on the entry page: bodies and people of the conference's unit, its subtree and the levels above.</summary>
public sealed record MinutesOptions(IReadOnlyList<SelectListItem> Organizations, IReadOnlyList<string> People, IReadOnlyList<string> Topics,
    IReadOnlyList<SelectListItem> ResidentialGroups);

/// <summary>
/// Adds and removes the rows of a conference's minutes. Called only after the controller has authorized
/// an update of the conference; every organization id that comes from a form is checked here.
/// </summary>
public sealed class MinutesService(AppDbContext db, TimeProvider clock, ConferenceOrganizations conferenceOrganizations)
{
    public Task<Conference?> FindConferenceAsync(int id) => db.Conferences.FirstOrDefaultAsync(c => c.Id == id);

    public async Task<MinutesOptions> OptionsAsync(Conference conference)
    {
        var (ancestors, subtree) = await ReachAsync(conference);
        var organizations = await conferenceOrganizations.ChoicesAsync(conference.UnitId);
        var people = await db.People.AsNoTracking()
            .Where(p => ancestors.Contains(p.UnitId) || p.Unit!.Path.StartsWith(subtree))
            .OrderBy(p => p.FullName).Select(p => p.FullName).Distinct().Take(2000).ToListAsync();
        var topics = await db.Topics.AsNoTracking()
            .Where(t => ancestors.Contains(t.UnitId) || db.Units.Any(u => u.Id == t.UnitId && u.Path.StartsWith(subtree)))
            .OrderBy(t => t.Name).Select(t => t.Name).Distinct().ToListAsync();
        var groups = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(subtree) && (u.Kind == UnitKind.Village || u.Kind == UnitKind.ResidentialGroup))
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync();
        return new MinutesOptions(organizations, people, topics,
            groups.Select(g => new SelectListItem($"{g.Kind.Label()} {g.Name}", g.Id.ToString())).ToList());
    }

    /// <summary>A raising residential group must lie within the conference's unit.</summary>
    public async Task<bool> ResidentialGroupAllowedAsync(Conference conference, int? unitId)
    {
        if (unitId is null) return true;
        var (_, subtree) = await ReachAsync(conference);
        return await db.Units.AnyAsync(u => u.Id == unitId && u.Path.StartsWith(subtree));
    }

    /// <summary>True when every given organization may be named in this conference's minutes.</summary>
    public Task<bool> OrganizationsAllowedAsync(Conference conference, params int?[] organizationIds) =>
        conferenceOrganizations.AllowAsync(conference.UnitId, organizationIds);

    public async Task<PartRow> AddParticipantAsync(Conference conference, ParticipantInput input)
    {
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
        var part = Stamp(conference, new ConclusionItem
        {
            Content = input.Content.Trim(), ResponsibleOrganizationId = input.ResponsibleOrganizationId, Deadline = input.Deadline,
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

    /// <summary>Removes one row of this conference (soft delete); false when no such row belongs to it.</summary>
    public async Task<bool> RemoveAsync(Conference conference, string section, int partId)
    {
        ConferencePart? part = section switch
        {
            Sections.Participants => await db.ConferenceParticipants.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id),
            Sections.Organizations => await db.ConferenceOrganizations.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id),
            Sections.Speeches => await db.Speeches.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id),
            Sections.Petitions => await db.Petitions.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id),
            Sections.Items => await db.ConclusionItems.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conference.Id),
            _ => null,
        };
        if (part is null) return false;
        db.Remove(part);
        // A row taken out of the minutes is no longer followed up.
        foreach (var followUp in await db.FollowUps.Where(f => f.PetitionId == partId && section == Sections.Petitions
                     || f.ConclusionItemId == partId && section == Sections.Items).ToListAsync())
            db.Remove(followUp);
        await db.SaveChangesAsync();
        return true;
    }

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

    private async Task<PartRow> PetitionRowAsync(int id, MinutesState state)
    {
        var p = await db.Petitions.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.ConferenceId, p.Kind, p.Content, p.CitedTopic, Topic = p.Topic!.Name, p.CitedRaisedByPerson, Person = p.RaisedByPerson!.FullName,
                p.CitedRaisedByOrganization, Organization = p.RaisedByOrganization!.Name, p.CitedRaisedByUnit, Unit = p.RaisedByUnit!.Name,
                p.CitedAddressedTo, AddressedTo = p.AddressedTo!.Name, p.OnTheSpotAnswer,
            })
            .FirstAsync();
        var raisedBy = MinutesFinality.Shown(state, p.CitedRaisedByPerson, p.Person) ?? MinutesFinality.Shown(state, p.CitedRaisedByOrganization, p.Organization)
            ?? MinutesFinality.Shown(state, p.CitedRaisedByUnit, p.Unit);
        return new PartRow(p.ConferenceId, Sections.Petitions, p.Id,
            [p.Kind.Label(), p.Content, MinutesFinality.Shown(state, p.CitedTopic, p.Topic) ?? "", raisedBy ?? "",
             MinutesFinality.Shown(state, p.CitedAddressedTo, p.AddressedTo) ?? "", p.OnTheSpotAnswer ?? ""]);
    }

    private static PartRow Row(ConferenceParticipant p, MinutesState state) =>
        new(p.ConferenceId, Sections.Participants, p.Id,
            [p.Role.Label(), MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? "", p.PositionHeld ?? ""]);

    private static PartRow Row(ConferenceOrganization p, MinutesState state) =>
        new(p.ConferenceId, Sections.Organizations, p.Id, [MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name) ?? ""]);

    private static PartRow Row(Speech p, MinutesState state) =>
        new(p.ConferenceId, Sections.Speeches, p.Id,
            [p.Order.ToString(), p.Kind.Label(),
             MinutesFinality.Shown(state, p.CitedPerson, p.Person?.FullName) ?? $"Đại diện {MinutesFinality.Shown(state, p.CitedOrganization, p.Organization?.Name)}",
             p.PositionHeld ?? "", p.Summary]);

    private static PartRow Row(ConclusionItem p, MinutesState state) =>
        new(p.ConferenceId, Sections.Items, p.Id,
            [p.Order.ToString(), p.Content, MinutesFinality.Shown(state, p.CitedResponsibleOrganization, p.ResponsibleOrganization?.Name) ?? "",
             p.Deadline?.ToString("dd/MM/yyyy") ?? ""]);

    private static T Stamp<T>(Conference conference, T part) where T : ConferencePart
    {
        part.ConferenceId = conference.Id;
        part.UnitId = conference.UnitId;
        return part;
    }

    private static async Task<int> NextOrderAsync(IQueryable<int> orders) => (await orders.MaxAsync(o => (int?)o) ?? 0) + 1;

    /// <summary>The units whose people and bodies a conference may name: the levels above it and its own subtree.</summary>
    private async Task<(List<int> Ancestors, string Subtree)> ReachAsync(Conference conference)
    {
        var path = await db.Units.Where(u => u.Id == conference.UnitId).Select(u => u.Path).FirstAsync();
        var ancestors = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return (ancestors, path);
    }

    /// <summary>Finds a catalogued person by name (ignoring diacritics and case) within reach, or adds one to the conference's unit.</summary>
    private async Task<Person> PersonAsync(Conference conference, string name, string? position)
    {
        var folded = VietnameseText.Fold(name);
        var (ancestors, subtree) = await ReachAsync(conference);
        var person = db.People.Local.FirstOrDefault(p => p.SearchText.StartsWith(folded) && VietnameseText.Fold(p.FullName) == folded)
            ?? (await db.People.Where(p => (ancestors.Contains(p.UnitId) || p.Unit!.Path.StartsWith(subtree)) && p.SearchText.StartsWith(folded))
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
        var (ancestors, subtree) = await ReachAsync(conference);
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.SearchText == folded
            && (ancestors.Contains(t.UnitId) || db.Units.Any(u => u.Id == t.UnitId && u.Path.StartsWith(subtree))));
        if (topic is not null) return topic;
        topic = new Topic { Name = name.Trim(), UnitId = conference.UnitId };
        db.Topics.Add(topic);
        return topic;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
