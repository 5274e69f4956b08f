using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A conference (hội nghị) and its minutes: who held it, under which legal bases, who chaired and
/// attended, what was said, what was raised and what was concluded.
/// </summary>
public class Conference : DomainRecord, IUnitScoped, IHasSearchText
{
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    /// <summary>The body that organized it (Đảng ủy phường, Thường trực Thị ủy, Ban Thường trực UBMTTQ...).</summary>
    public int? OrganizerId { get; set; }
    public Organization? Organizer { get; set; }

    public ConferenceKind Kind { get; set; }
    public ConferenceStatus Status { get; set; }
    public string Title { get; set; } = "";
    /// <summary>
    /// The day it was held; when <see cref="HeldOnUnknown"/>, the last day of <see cref="ReviewedPeriod"/>, so that a
    /// period briefing reported without its day sorts and filters by the period it reviews wherever dates are read.
    /// </summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>The minutes give no day (a period briefing reported by its period alone).</summary>
    public bool HeldOnUnknown { get; set; }

    /// <summary>The period a briefing reviews ("quý I/2023"); kind, year and number as <see cref="ReportingPeriod"/> takes them.</summary>
    public PeriodKind? ReviewedPeriodKind { get; set; }
    public int? ReviewedPeriodYear { get; set; }
    public int? ReviewedPeriodNumber { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public string? Place { get; set; }

    /// <summary>Purpose and content in the secretary's words (the opening of the minutes).</summary>
    public string? Summary { get; set; }

    /// <summary>
    /// The totals per kind as the minutes state them ("13 ý kiến, 34 kiến nghị"); 0 when they state none. What the
    /// minutes count beyond the itemized rows is derived from them (<see cref="StatedTotals"/>), never typed.
    /// </summary>
    public int StatedOpinionCount { get; set; }
    public int StatedPetitionCount { get; set; }
    public int StatedProposalCount { get; set; }
    public int StatedQuestionCount { get; set; }

    /// <summary>Speakers the minutes count without naming them ("09 đại biểu phát biểu") and what they were.</summary>
    public int UnnamedSpeakerCount { get; set; }
    public string? UnnamedSpeakerKind { get; set; }

    /// <summary>The chair's conclusion as spoken; its actionable parts are <see cref="ConclusionItems"/>.</summary>
    public string? ConclusionText { get; set; }

    public string SearchText { get; set; } = "";

    /// <summary>
    /// Draft or final, kept apart from <see cref="Status"/>: the status is a fact anyone entering the minutes
    /// may correct in the header form, while finality is a deliberate act of an authorized office after
    /// which every change is an <see cref="Amendment"/> with a reason (<see cref="MinutesFinality"/>).
    /// </summary>
    public MinutesState MinutesState { get; set; }
    public DateTime? FinalizedAtUtc { get; set; }

    /// <summary>The name of the user who declared the minutes final, as shown on the export.</summary>
    public string? FinalizedBy { get; set; }

    // The unit's and organizer's names as they stood when the minutes became final (MinutesFinality.Shown).
    [NotAudited] public string? CitedUnit { get; set; }
    [NotAudited] public string? CitedOrganizer { get; set; }

    public List<ConferenceLegalBasis> LegalBases { get; set; } = [];
    public List<ConferenceParticipant> Participants { get; set; } = [];
    public List<ConferenceOrganization> ParticipatingOrganizations { get; set; } = [];
    public List<Speech> Speeches { get; set; } = [];
    public List<Petition> Petitions { get; set; } = [];
    public List<ConclusionItem> ConclusionItems { get; set; } = [];
    public List<CitedFigure> CitedFigures { get; set; } = [];
    public List<MinutesFinding> Findings { get; set; } = [];

    /// <summary>The text of the results and limitations, kept by the minutes entry so that the conference's search finds them.</summary>
    [NotAudited] public string? FindingsText { get; set; }

    public int OwningUnitId => UnitId;

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Title} {Place} {Summary} {FindingsText}");

    /// <summary>Keeps the results' and limitations' text for search; very long text is searched by its beginning.</summary>
    public void KeepFindingsText(IEnumerable<MinutesFinding> findings)
    {
        var text = string.Join(" ", findings.Where(f => !f.IsDeleted).Select(f => $"{f.Content} {f.Figure}"));
        FindingsText = text.Length <= MaxFindingsText ? text : text[..MaxFindingsText];
    }

    public const int MaxFindingsText = 8000;

    /// <summary>The stated total of one kind (0: none stated).</summary>
    public int StatedCount(PetitionKind kind) => kind switch
    {
        PetitionKind.Opinion => StatedOpinionCount,
        PetitionKind.Petition => StatedPetitionCount,
        PetitionKind.Proposal => StatedProposalCount,
        _ => StatedQuestionCount,
    };

    /// <summary>The reviewed period, when one was recorded.</summary>
    public ReportingPeriod? ReviewedPeriod => ConferenceWhen.Of(this).Period;
}

public enum ConferenceKind
{
    [Display(Name = "Hội nghị đối thoại")] Dialogue = 1,
    [Display(Name = "Hội nghị giao ban")] Briefing = 2,
    [Display(Name = "Buổi làm việc")] WorkingSession = 3,
    [Display(Name = "Hội nghị tiếp xúc")] Contact = 4,
}

public enum ConferenceStatus
{
    [Display(Name = "Dự kiến")] Planned = 1,
    [Display(Name = "Đã tổ chức")] Held = 2,
    [Display(Name = "Đã hoàn thành biên bản")] MinutesComplete = 3,
}

/// <summary>Draft is zero so that conferences recorded before finality existed read as drafts.</summary>
public enum MinutesState
{
    [Display(Name = "Bản dự thảo")] Draft = 0,
    [Display(Name = "Bản chính thức")] Final = 1,
}
