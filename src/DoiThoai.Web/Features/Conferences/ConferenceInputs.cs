using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The header of a conference's minutes, as a secretary fills it in.</summary>
public sealed partial class ConferenceInput : IValidatableObject
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Đơn vị tổ chức")]
    [Required(ErrorMessage = "Hãy chọn đơn vị.")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    [Display(Name = "Cơ quan chủ trì tổ chức")]
    public int? OrganizerId { get; set; }

    [Display(Name = "Loại hội nghị")]
    [Required(ErrorMessage = "Hãy chọn loại hội nghị.")]
    public ConferenceKind? Kind { get; set; }

    [Display(Name = "Trạng thái")]
    [Required(ErrorMessage = "Hãy chọn trạng thái.")]
    public ConferenceStatus? Status { get; set; } = ConferenceStatus.Held;

    [Display(Name = "Tên hội nghị")]
    [Required(ErrorMessage = "Hãy nhập tên hội nghị.")]
    [StringLength(500, ErrorMessage = "Tên hội nghị không được dài quá 500 ký tự.")]
    public string Title { get; set; } = "";

    /// <summary>Required unless a reviewed period is given: a period briefing may be reported without its day.</summary>
    [Display(Name = "Ngày tổ chức")]
    [DataType(DataType.Date)]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Kỳ được xem xét")]
    public PeriodKind? ReviewedPeriodKind { get; set; }

    [Display(Name = "Năm của kỳ")]
    [Range(ReportingPeriod.MinYear, ReportingPeriod.MaxYear, ErrorMessage = "Năm phải từ 1945 đến 2100.")]
    public int? ReviewedPeriodYear { get; set; }

    [Display(Name = "Tháng, quý hoặc nửa năm (số)")]
    [Range(1, 12, ErrorMessage = "Số thứ tự của kỳ phải từ 1 đến 12.")]
    public int? ReviewedPeriodNumber { get; set; }

    [Display(Name = "Giờ bắt đầu")]
    [DataType(DataType.Time)]
    public TimeOnly? StartsAt { get; set; }

    [Display(Name = "Địa điểm")]
    [StringLength(300, ErrorMessage = "Địa điểm không được dài quá 300 ký tự.")]
    public string? Place { get; set; }

    [Display(Name = "Mục đích, nội dung chính")]
    [StringLength(8000, ErrorMessage = "Nội dung không được dài quá 8000 ký tự.")]
    public string? Summary { get; set; }

    // Totals as the minutes state them; empty when they state none (the itemized rows are then the count).
    [Display(Name = "Tổng số ý kiến theo biên bản")]
    [Range(0, 100000, ErrorMessage = "Tổng số ý kiến phải từ 0 đến 100000.")]
    public int? StatedOpinionCount { get; set; }

    [Display(Name = "Tổng số kiến nghị theo biên bản")]
    [Range(0, 100000, ErrorMessage = "Tổng số kiến nghị phải từ 0 đến 100000.")]
    public int? StatedPetitionCount { get; set; }

    [Display(Name = "Tổng số đề xuất theo biên bản")]
    [Range(0, 100000, ErrorMessage = "Tổng số đề xuất phải từ 0 đến 100000.")]
    public int? StatedProposalCount { get; set; }

    [Display(Name = "Tổng số chất vấn theo biên bản")]
    [Range(0, 100000, ErrorMessage = "Tổng số chất vấn phải từ 0 đến 100000.")]
    public int? StatedQuestionCount { get; set; }

    /// <summary>The rows already itemized per kind, which a stated total may not go below; read from the minutes, never posted.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyDictionary<PetitionKind, int> Itemized { get; set; } = new Dictionary<PetitionKind, int>();

    [Display(Name = "Số người phát biểu không ghi tên")]
    [Range(0, 100000, ErrorMessage = "Số người phát biểu phải từ 0 đến 100000.")]
    public int? UnnamedSpeakerCount { get; set; }

    [Display(Name = "Thành phần người phát biểu không ghi tên")]
    [StringLength(100, ErrorMessage = "Thành phần không được dài quá 100 ký tự.")]
    public string? UnnamedSpeakerKind { get; set; }

    [Display(Name = "Kết luận của chủ trì")]
    [StringLength(16000, ErrorMessage = "Kết luận không được dài quá 16000 ký tự.")]
    public string? ConclusionText { get; set; }

    [Display(Name = "Căn cứ (văn bản)")]
    public List<int> LegalBasisIds { get; set; } = [];

    /// <summary>The reviewed period the form describes; the error when it describes none.</summary>
    public (ReportingPeriod? Period, string? Error) ReviewedPeriod() =>
        ReviewedPeriodKind is not { } kind ? (null, null)
        : kind == PeriodKind.Custom ? (null, "Hãy chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.")
        : ReviewedPeriodYear is null ? (null, "Hãy nhập năm của kỳ được xem xét.")
        : ReportingPeriod.TryCreate(kind, ReviewedPeriodYear, ReviewedPeriodNumber ?? (kind is PeriodKind.Month or PeriodKind.Quarter ? 0 : null), null, null, default);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var (period, periodError) = ReviewedPeriod();
        if (periodError is not null) yield return new ValidationResult(periodError, [nameof(ReviewedPeriodKind)]);
        if (HeldOn is null && period is null && periodError is null)
            yield return new ValidationResult("Hãy nhập ngày tổ chức.", [nameof(HeldOn)]);
        if (HeldOn is { } date && (date.Year < 1945 || date > Domain.VietnamTime.Today(TimeProvider.System).AddYears(2)))
            yield return new ValidationResult("Ngày tổ chức không hợp lệ.", [nameof(HeldOn)]);
        if (Status is ConferenceStatus.Held or ConferenceStatus.MinutesComplete
            && (HeldOn ?? period?.To) is { } held && held > Domain.VietnamTime.Today(TimeProvider.System))
            yield return new ValidationResult("Hội nghị chưa diễn ra không thể ở trạng thái đã tổ chức.", [nameof(Status)]);
    }
}

/// <summary>The stated totals of the form by kind, and the field each is typed in.</summary>
public sealed partial class ConferenceInput
{
    public static readonly (PetitionKind Kind, string Field)[] TotalFields =
    [
        (PetitionKind.Opinion, nameof(StatedOpinionCount)), (PetitionKind.Petition, nameof(StatedPetitionCount)),
        (PetitionKind.Proposal, nameof(StatedProposalCount)), (PetitionKind.Question, nameof(StatedQuestionCount)),
    ];

    /// <summary>
    /// Totals below the rows already itemized, by field. Asked after binding, once <see cref="Itemized"/> has been read
    /// from the minutes (validation attributes run before that).
    /// </summary>
    public IEnumerable<(string Field, string Message)> TotalRefusals() =>
        from total in TotalFields
        let refusal = StatedTotals.Refusal(StatedOf(total.Kind), Itemized.GetValueOrDefault(total.Kind), total.Kind.Label().ToLowerInvariant())
        where refusal is not null
        select (total.Field, refusal);

    public int? StatedOf(PetitionKind kind) => kind switch
    {
        PetitionKind.Opinion => StatedOpinionCount,
        PetitionKind.Petition => StatedPetitionCount,
        PetitionKind.Proposal => StatedProposalCount,
        _ => StatedQuestionCount,
    };
}

/// <summary>Filters of the conference list; every one is optional.</summary>
public sealed class ConferenceFilter
{
    public string? Q { get; set; }
    public int? UnitId { get; set; }
    public ConferenceKind? Kind { get; set; }
    public ConferenceStatus? Status { get; set; }

    /// <summary>Conferences whose minutes are in this state: the staff home's drafts to finish link here.</summary>
    public MinutesState? Minutes { get; set; }
    public int? Year { get; set; }

    [Range(1, 4, ErrorMessage = "Quý phải từ 1 đến 4.")]
    public int? Quarter { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>The date range the period filters mean: a quarter of a year, a year, or from/to.</summary>
    public (DateOnly? From, DateOnly? To) Period()
    {
        if (Year is { } year and >= 1945 and <= 9999)
        {
            if (Quarter is { } quarter and >= 1 and <= 4)
            {
                var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
                return (start, start.AddMonths(3).AddDays(-1));
            }
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return (From, To);
    }
}
