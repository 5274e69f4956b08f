using DoiThoai.Web.Domain;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>What became of a correction or a move of a minutes row.</summary>
public enum RowChange
{
    Saved,
    /// <summary>No such row in this conference's section (a foreign id): nothing changed.</summary>
    NotFound,
    /// <summary>Someone saved the row or its section since the page showed it: nothing changed.</summary>
    Conflict,
}

/// <summary>
/// Correcting a row in place and moving it up or down (ADR 0015). The section is the unit of concurrency: a move
/// rewrites every row's order and version in one save, so of two moves at once the second finds a changed version,
/// saves nothing and gets <see cref="RowChange.Conflict"/>; a row never gets a duplicate number nor gets lost.
/// </summary>
public sealed partial class MinutesService
{
    public const string KindWouldDropFollowUp = "Kiến nghị này đang được theo dõi giải quyết nên không thể đổi thành ý kiến.";

    /// <summary>The edit form of one row, filled from the record; null when the row is not in this conference.</summary>
    public async Task<RowEdit?> EditAsync(Conference conference, string section, int partId)
    {
        var edit = new RowEdit(conference.Id, section, partId, conference.MinutesState == MinutesState.Final);
        switch (await PartAsync(conference.Id, section, partId))
        {
            case ConferenceParticipant p:
                edit.Participant = new() { Role = p.Role, PersonName = p.Person?.FullName ?? "", PositionHeld = p.PositionHeld };
                return edit with { Version = p.Version };
            case Speech s:
                edit.Speech = new() { Kind = s.Kind, SpeakerName = s.Person?.FullName, PositionHeld = s.PositionHeld, OrganizationId = s.OrganizationId, Summary = s.Summary };
                return edit with { Version = s.Version };
            case Petition p:
                edit.Petition = new()
                {
                    Kind = p.Kind, Content = p.Content, TopicName = p.Topic?.Name, RaisedByName = p.RaisedByPerson?.FullName,
                    RaisedByOrganizationId = p.RaisedByOrganizationId, RaisedByUnitId = p.RaisedByUnitId, AddressedToId = p.AddressedToId,
                    OnTheSpotAnswer = p.OnTheSpotAnswer, AnsweredByName = p.AnsweredByPerson?.FullName,
                };
                return edit with { Version = p.Version };
            case ConclusionItem i:
                edit.Item = new() { Content = i.Content, ResponsibleOrganizationId = i.ResponsibleOrganizationId, Deadline = i.Deadline };
                return edit with { Version = i.Version };
            default:
                return null;
        }
    }

    public async Task<RowChange> UpdateParticipantAsync(Conference conference, int partId, Guid version, ParticipantInput input)
    {
        amendments.EnsureAdmitted(conference);
        if (await PartAsync(conference.Id, Sections.Participants, partId) is not ConferenceParticipant part) return RowChange.NotFound;
        part.Person = await PersonAsync(conference, input.PersonName, input.PositionHeld);
        part.Role = input.Role!.Value;
        part.PositionHeld = Clean(input.PositionHeld) ?? part.Person.Position;
        return await SaveRowAsync(part, version);
    }

    public async Task<RowChange> UpdateSpeechAsync(Conference conference, int partId, Guid version, SpeechInput input)
    {
        amendments.EnsureAdmitted(conference);
        if (await PartAsync(conference.Id, Sections.Speeches, partId) is not Speech part) return RowChange.NotFound;
        part.Person = string.IsNullOrWhiteSpace(input.SpeakerName) ? null : await PersonAsync(conference, input.SpeakerName, input.PositionHeld);
        part.Kind = input.Kind!.Value;
        part.PositionHeld = Clean(input.PositionHeld) ?? part.Person?.Position;
        part.OrganizationId = input.OrganizationId;
        part.Summary = input.Summary.Trim();
        return await SaveRowAsync(part, version);
    }

    /// <summary>Why this petition may not take the kind asked for, or null: a followed-up petition stays one.</summary>
    public async Task<string?> KindRefusalAsync(Conference conference, int partId, PetitionKind? kind) =>
        kind is { } k && FollowUpKinds.Of(k) is null
        && await db.FollowUps.AnyAsync(f => f.PetitionId == partId && f.ConferenceId == conference.Id)
            ? KindWouldDropFollowUp : null;

    public async Task<RowChange> UpdatePetitionAsync(Conference conference, int partId, Guid version, PetitionInput input)
    {
        amendments.EnsureAdmitted(conference);
        if (await PartAsync(conference.Id, Sections.Petitions, partId) is not Petition part) return RowChange.NotFound;
        part.Kind = input.Kind!.Value;
        part.Content = input.Content.Trim();
        part.Topic = await TopicAsync(conference, input.TopicName);
        part.RaisedByPerson = string.IsNullOrWhiteSpace(input.RaisedByName) ? null : await PersonAsync(conference, input.RaisedByName, null);
        part.RaisedByOrganizationId = input.RaisedByOrganizationId;
        part.RaisedByUnitId = input.RaisedByUnitId;
        part.AddressedToId = input.AddressedToId;
        part.OnTheSpotAnswer = Clean(input.OnTheSpotAnswer);
        part.AnsweredByPerson = string.IsNullOrWhiteSpace(input.AnsweredByName) ? null : await PersonAsync(conference, input.AnsweredByName, null);
        // The follow-up item owns its life (ADR 0009): a correction only names its kind, or opens one for a new petition.
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.PetitionId == part.Id);
        if (followUp is not null && FollowUpKinds.Of(part.Kind) is { } kind) followUp.Kind = kind;
        if (followUp is null && FollowUpOpening.For(part) is { } opened) db.FollowUps.Add(opened);
        return await SaveRowAsync(part, version);
    }

    /// <summary>The follow-up item keeps its own assignment and deadline; the correction changes what the minutes say.</summary>
    public async Task<RowChange> UpdateConclusionItemAsync(Conference conference, int partId, Guid version, ConclusionItemInput input)
    {
        amendments.EnsureAdmitted(conference);
        if (await PartAsync(conference.Id, Sections.Items, partId) is not ConclusionItem part) return RowChange.NotFound;
        part.Content = input.Content.Trim();
        part.ResponsibleOrganizationId = input.ResponsibleOrganizationId;
        part.Deadline = input.Deadline;
        return await SaveRowAsync(part, version);
    }

    /// <summary>
    /// Moves a row one place and numbers the section 1, 2, 3… in one save. Every row of the section is written with
    /// its version, the moved one checked against the version the user saw, so a page out of date or a second move at
    /// the same time saves nothing and gets <see cref="RowChange.Conflict"/>.
    /// </summary>
    public async Task<RowChange> MoveAsync(Conference conference, string section, int partId, MoveDirection direction, Guid version)
    {
        amendments.EnsureAdmitted(conference);
        var rows = await SectionAsync(conference.Id, section);
        if (MinutesOrder.Move(rows.Select(r => r.Id).ToList(), partId, direction) is not { } order) return RowChange.NotFound;
        var numbers = MinutesOrder.Dense(order);
        // A row at the edge, in a section already numbered 1, 2, 3…: nothing to save, nothing to amend.
        if (rows.All(r => ((IOrderedPart)r).Order == numbers[r.Id])) return RowChange.Saved;
        foreach (var row in rows)
        {
            ((IOrderedPart)row).Order = numbers[row.Id];
            db.Entry(row).Property(r => r.Version).IsModified = true;
        }
        var moved = rows.Single(r => r.Id == partId);
        amendments.Describe($"Chuyển {SectionNames[section]} \"{Shorten(Title(moved), 80)}\" {(direction == MoveDirection.Up ? "lên" : "xuống")} vị trí {numbers[partId]}.");
        return await db.TrySaveAsync(moved, version) ? RowChange.Saved : RowChange.Conflict;
    }

    private async Task<RowChange> SaveRowAsync(ConferencePart part, Guid version) =>
        await db.TrySaveAsync(part, version) ? RowChange.Saved : RowChange.Conflict;

    /// <summary>The rows of a section, tracked, in their order (ties, from before orders were kept dense, by id).</summary>
    private async Task<List<ConferencePart>> SectionAsync(int conferenceId, string section) => section switch
    {
        Sections.Participants => [.. await db.ConferenceParticipants.Include(p => p.Person).Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()],
        Sections.Speeches => [.. await db.Speeches.Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()],
        Sections.Petitions => [.. await db.Petitions.Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()],
        Sections.Items => [.. await db.ConclusionItems.Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync()],
        _ => [],
    };

    /// <summary>One row of this conference, tracked with what its edit form shows; null for a row of another conference.</summary>
    private async Task<ConferencePart?> PartAsync(int conferenceId, string section, int partId) => section switch
    {
        Sections.Participants => await db.ConferenceParticipants.Include(p => p.Person).FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conferenceId),
        Sections.Speeches => await db.Speeches.Include(p => p.Person).FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conferenceId),
        Sections.Petitions => await db.Petitions.Include(p => p.Topic).Include(p => p.RaisedByPerson).Include(p => p.AnsweredByPerson)
            .FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conferenceId),
        Sections.Items => await db.ConclusionItems.FirstOrDefaultAsync(p => p.Id == partId && p.ConferenceId == conferenceId),
        _ => null,
    };

    private static readonly Dictionary<string, string> SectionNames = new()
    {
        [Sections.Participants] = "thành phần", [Sections.Speeches] = "phát biểu",
        [Sections.Petitions] = "ý kiến, kiến nghị", [Sections.Items] = "nội dung kết luận",
    };

    private static string Title(ConferencePart part) => part switch
    {
        Speech s => s.Summary,
        Petition p => p.Content,
        ConclusionItem i => i.Content,
        ConferenceParticipant p => p.Person?.FullName ?? p.Role.Label(),
        _ => "",
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>The edit form of one row: the row's current values in the input of its section, and the version they were read at.</summary>
public sealed record RowEdit(int ConferenceId, string Section, int PartId, bool IsFinal)
{
    public Guid Version { get; init; }
    /// <summary>The choices of the form's lists, set by the controller.</summary>
    public MinutesOptions? Options { get; init; }
    public ParticipantInput Participant { get; set; } = new();
    public SpeechInput Speech { get; set; } = new();
    public PetitionInput Petition { get; set; } = new();
    public ConclusionItemInput Item { get; set; } = new();
}
