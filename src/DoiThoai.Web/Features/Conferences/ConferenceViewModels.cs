using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Conferences;

public sealed record ConferenceRow(int Id, string Title, ConferenceKind Kind, ConferenceStatus Status, ConferenceWhen When,
    Domain.UnitKind UnitKind, string UnitShortName, int PetitionCount, int UnitemizedCount, MinutesState MinutesState)
{
    public string StatusWording => MinutesFinality.StatusWording(Status, MinutesState);

    public string UnitName => $"{UnitKind.Label()} {UnitShortName}";
}

/// <summary>A page of the conference list, bounded as the long lists are (<see cref="BoundedList{T}"/>, ADR 0017).</summary>
public sealed record ConferenceListViewModel(ConferenceFilter Filter, BoundedList<ConferenceRow> Page, IReadOnlyList<SelectListItem> Units)
{
    /// <summary>Set when more conferences hold the search words than the list reads: it lists the newest that many.</summary>
    public int? SearchLimit { get; init; }
}

public sealed record ConferenceFormViewModel(ConferenceInput Input, FormOptions Options, ConflictView? Conflict = null)
{
    /// <summary>Final minutes: the form asks for the reason of the amendment.</summary>
    public bool MinutesFinal { get; init; }
    public string? AmendmentReason { get; init; }
}

/// <summary>Whether the minutes are a draft or final, and who made them final when.</summary>
public sealed record FinalityView(MinutesState State, DateTime? FinalizedAtUtc, string? FinalizedBy)
{
    public static readonly FinalityView Draft = new(MinutesState.Draft, null, null);
    public bool IsFinal => State == MinutesState.Final;
}

/// <summary>One amendment of final minutes as listed on the page, the printout and the Word export.</summary>
public sealed record AmendmentLine(DateTime AtUtc, string UserName, string Reason, string Summary);

/// <summary>Choices offered by the conference form, all limited to the user's scope.</summary>
public sealed record FormOptions(IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Organizations,
    IReadOnlyList<SelectListItem> LegalBases);

/// <summary>What the other person saved while this user was editing, shown beside the form.</summary>
public sealed record ConflictView(string SavedBy, DateTime? SavedAtUtc, IReadOnlyList<(string Field, string Theirs)> Differences);

public sealed record NamedCount(string Name, int Count);

public sealed record SpeechLine(int Id, int Order, SpeechKind Kind, string? Speaker, string? Position, string? Organization, string Summary)
{
    /// <summary>
    /// Who spoke as the minutes say it: the person, their position and the body they spoke for ("thay mặt"); without a
    /// name, the body's representative ("Đại diện …"). A part left empty or blank is left out with its comma, and "Đại
    /// diện" never stands without a body: a speaker known by nothing is "Đại biểu".
    /// </summary>
    public string Who
    {
        get
        {
            var (speaker, position, organization) = (Clean(Speaker), Clean(Position), Clean(Organization));
            string?[] parts = speaker is null
                ? [OnBehalfOf(organization), position]
                : [speaker, position, organization is null ? null : $"thay mặt {organization}"];
            var who = string.Join(", ", parts.OfType<string>());
            return who.Length > 0 ? who : "Đại biểu";
        }
    }

    /// <summary>"Đại diện Hội Nông dân phường", or null when the body is not known.</summary>
    public static string? OnBehalfOf(string? organization) => Clean(organization) is { } body ? $"Đại diện {body}" : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record ParticipantLine(int Id, ParticipantRole Role, string Name, string? Position);

public sealed record PetitionLine(int Id, int Order, PetitionKind Kind, string Content, string? Topic, string? RaisedBy,
    string? AddressedTo, string? Answer, string? AnsweredBy);

public sealed record ConclusionLine(int Id, int Order, string Content, string? Responsible, DateOnly? Deadline)
{
    /// <summary>The bodies that coordinate while <see cref="Responsible"/> leads.</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];
}

public sealed record CitedFigureLine(int Id, int Order, string What, int Count, string? Source);

public sealed record FindingLine(int Id, int Order, FindingKind Kind, string Content, string? Figure)
{
    public string Text => Figure is null ? Content : $"{Content} ({Figure})";
}

/// <summary>The record's parts a plain list of rows does not hold: shown on the page, the printout and the Word file.</summary>
public sealed record RecordView(string? UnitPlace, bool HeldOnUnknown, string? ReviewedPeriod, int UnnamedSpeakerCount, string? UnnamedSpeakerKind,
    IReadOnlyList<CitedFigureLine> CitedFigures, IReadOnlyList<FindingLine> Findings)
{
    public static readonly RecordView Empty = new(null, false, null, 0, null, [], []);

    public IEnumerable<FindingLine> Results => Findings.Where(f => f.Kind == FindingKind.Result);
    public IEnumerable<FindingLine> Limitations => Findings.Where(f => f.Kind == FindingKind.Limitation);
}

/// <summary>The minutes as a reader sees them: every count here is computed from the rows, never typed.</summary>
public sealed record ConferenceDetails(
    int Id, Guid Version, string Title, ConferenceKind Kind, ConferenceStatus Status, DateOnly HeldOn, TimeOnly? StartsAt,
    string? Place, string UnitName, string? Organizer, string? Summary, string? ConclusionText,
    int UnitemizedOpinionCount, int UnitemizedPetitionCount,
    IReadOnlyList<string> LegalBases, IReadOnlyList<ParticipantLine> Participants, IReadOnlyList<string> Organizations,
    IReadOnlyList<SpeechLine> Speeches, IReadOnlyList<PetitionLine> Petitions, IReadOnlyList<ConclusionLine> ConclusionItems)
{
    public FinalityView Finality { get; init; } = FinalityView.Draft;
    public IReadOnlyList<AmendmentLine> Amendments { get; init; } = [];

    /// <summary>
    /// Followed-up petitions counted by content item (a split petition counts each item; merged items count once)
    /// and how many of them are answered, as offices report ("77/77 nội dung đã được trả lời").
    /// </summary>
    public int ContentItemCount { get; init; }
    public int AnsweredContentItemCount { get; init; }

    /// <summary>What the minutes record beyond their rows (ADR 0020): the place, the period, unnamed speakers, figures.</summary>
    public RecordView Record { get; init; } = RecordView.Empty;

    public int SpeakerCount => Speeches.Select(s => s.Speaker ?? s.Organization).Where(s => s is not null).Distinct().Count();

    /// <summary>"5 người phát biểu", "09 đại biểu phát biểu" when none is named, or both.</summary>
    public string SpeakersText => Record.UnnamedSpeakerCount == 0
        ? $"{SpeakerCount} người phát biểu"
        : SpeakerCount == 0 ? $"{Record.UnnamedSpeakerCount:00} {Record.UnnamedSpeakerKind ?? "người"} phát biểu"
        : $"{SpeakerCount} người phát biểu có ghi tên và {Record.UnnamedSpeakerCount:00} {Record.UnnamedSpeakerKind ?? "người"} phát biểu không ghi tên";

    /// <summary>When it was held: the time and day, or the period alone when the minutes give no day.</summary>
    public string WhenText => Record.HeldOnUnknown
        ? $"{Record.ReviewedPeriod ?? "chưa rõ ngày"} (biên bản không ghi ngày)"
        : $"{(StartsAt is { } t ? $"{t:HH\\:mm}, " : "")}ngày {HeldOn:dd/MM/yyyy}";
    public int OpinionCount => Petitions.Count(p => p.Kind == PetitionKind.Opinion) + UnitemizedOpinionCount;
    public int PetitionCount => Petitions.Count(p => p.Kind != PetitionKind.Opinion) + UnitemizedPetitionCount;
    public int AnsweredOnTheSpotCount => Petitions.Count(p => !string.IsNullOrWhiteSpace(p.Answer));

    public IReadOnlyList<NamedCount> ByTopic => Petitions
        .GroupBy(p => p.Topic ?? "Chưa phân loại")
        .Select(g => new NamedCount(g.Key, g.Count()))
        .OrderByDescending(c => c.Count).ThenBy(c => c.Name)
        .ToList();

    public IEnumerable<ParticipantLine> InRole(ParticipantRole role) => Participants.Where(p => p.Role == role);
}
