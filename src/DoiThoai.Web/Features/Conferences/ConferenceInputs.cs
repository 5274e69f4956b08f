using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The header of a conference's minutes, as a secretary fills it in.</summary>
public sealed class ConferenceInput : IValidatableObject
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

    [Display(Name = "Ngày tổ chức")]
    [Required(ErrorMessage = "Hãy nhập ngày tổ chức.")]
    [DataType(DataType.Date)]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Giờ bắt đầu")]
    [DataType(DataType.Time)]
    public TimeOnly? StartsAt { get; set; }

    [Display(Name = "Địa điểm")]
    [StringLength(300, ErrorMessage = "Địa điểm không được dài quá 300 ký tự.")]
    public string? Place { get; set; }

    [Display(Name = "Mục đích, nội dung chính")]
    [StringLength(8000, ErrorMessage = "Nội dung không được dài quá 8000 ký tự.")]
    public string? Summary { get; set; }

    [Display(Name = "Số ý kiến chưa ghi chi tiết")]
    [Required(ErrorMessage = "Hãy nhập số ý kiến (0 nếu không có).")]
    [Range(0, 100000, ErrorMessage = "Số ý kiến phải từ 0 đến 100000.")]
    public int UnitemizedOpinionCount { get; set; }

    [Display(Name = "Số kiến nghị chưa ghi chi tiết")]
    [Required(ErrorMessage = "Hãy nhập số kiến nghị (0 nếu không có).")]
    [Range(0, 100000, ErrorMessage = "Số kiến nghị phải từ 0 đến 100000.")]
    public int UnitemizedPetitionCount { get; set; }

    [Display(Name = "Kết luận của chủ trì")]
    [StringLength(16000, ErrorMessage = "Kết luận không được dài quá 16000 ký tự.")]
    public string? ConclusionText { get; set; }

    [Display(Name = "Căn cứ (văn bản)")]
    public List<int> LegalBasisIds { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HeldOn is { } date && (date.Year < 1945 || date > Domain.VietnamTime.Today(TimeProvider.System).AddYears(2)))
            yield return new ValidationResult("Ngày tổ chức không hợp lệ.", [nameof(HeldOn)]);
        if (Status is ConferenceStatus.Held or ConferenceStatus.MinutesComplete
            && HeldOn is { } held && held > Domain.VietnamTime.Today(TimeProvider.System))
            yield return new ValidationResult("Hội nghị chưa diễn ra không thể ở trạng thái đã tổ chức.", [nameof(Status)]);
    }
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
