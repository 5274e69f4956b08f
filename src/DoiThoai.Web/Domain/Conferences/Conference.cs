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
    public DateOnly HeldOn { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public string? Place { get; set; }

    /// <summary>Purpose and content in the secretary's words (the opening of the minutes).</summary>
    public string? Summary { get; set; }

    /// <summary>Opinions counted in the minutes but not itemized ("326 ý kiến").</summary>
    public int UnitemizedOpinionCount { get; set; }
    public int UnitemizedPetitionCount { get; set; }

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

    public int OwningUnitId => UnitId;

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Title} {Place} {Summary}");
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
