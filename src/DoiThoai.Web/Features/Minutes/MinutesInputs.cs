using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Minutes;

public sealed class ParticipantInput
{
    [Display(Name = "Vai trò")]
    [Required(ErrorMessage = "Hãy chọn vai trò.")]
    public ParticipantRole? Role { get; set; }

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string PersonName { get; set; } = "";

    [Display(Name = "Chức vụ tại thời điểm hội nghị")]
    [StringLength(300, ErrorMessage = "Chức vụ không được dài quá 300 ký tự.")]
    public string? PositionHeld { get; set; }
}

public sealed class OrganizationInput
{
    [Display(Name = "Tổ chức tham dự")]
    [Required(ErrorMessage = "Hãy chọn tổ chức.")]
    public int? OrganizationId { get; set; }
}

public sealed class SpeechInput : IValidatableObject
{
    [Display(Name = "Loại phát biểu")]
    [Required(ErrorMessage = "Hãy chọn loại phát biểu.")]
    public SpeechKind? Kind { get; set; }

    [Display(Name = "Người phát biểu")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string? SpeakerName { get; set; }

    [Display(Name = "Chức vụ")]
    [StringLength(300, ErrorMessage = "Chức vụ không được dài quá 300 ký tự.")]
    public string? PositionHeld { get; set; }

    [Display(Name = "Thay mặt tổ chức")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Tóm tắt nội dung")]
    [Required(ErrorMessage = "Hãy nhập tóm tắt nội dung phát biểu.")]
    [StringLength(8000, ErrorMessage = "Tóm tắt không được dài quá 8000 ký tự.")]
    public string Summary { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(SpeakerName) && OrganizationId is null)
            yield return new ValidationResult("Hãy nhập người phát biểu hoặc chọn tổ chức mà họ thay mặt.", [nameof(SpeakerName)]);
    }
}

public sealed class PetitionInput
{
    [Display(Name = "Loại")]
    [Required(ErrorMessage = "Hãy chọn loại.")]
    public PetitionKind? Kind { get; set; } = PetitionKind.Petition;

    [Display(Name = "Nội dung")]
    [Required(ErrorMessage = "Hãy nhập nội dung.")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string Content { get; set; } = "";

    [Display(Name = "Lĩnh vực")]
    [StringLength(200, ErrorMessage = "Tên lĩnh vực không được dài quá 200 ký tự.")]
    public string? TopicName { get; set; }

    [Display(Name = "Người nêu")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string? RaisedByName { get; set; }

    [Display(Name = "Tổ chức nêu")]
    public int? RaisedByOrganizationId { get; set; }

    [Display(Name = "Thôn, tổ dân phố nêu")]
    public int? RaisedByUnitId { get; set; }

    [Display(Name = "Gửi đến")]
    public int? AddressedToId { get; set; }

    [Display(Name = "Trả lời tại hội nghị")]
    [StringLength(4000, ErrorMessage = "Câu trả lời không được dài quá 4000 ký tự.")]
    public string? OnTheSpotAnswer { get; set; }

    [Display(Name = "Người trả lời")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string? AnsweredByName { get; set; }
}

/// <summary>Lines pasted from notes, each becoming one opinion or petition after review.</summary>
public sealed class PetitionBatchInput
{
    [Display(Name = "Loại")]
    [Required(ErrorMessage = "Hãy chọn loại.")]
    public PetitionKind? Kind { get; set; } = PetitionKind.Petition;

    [Display(Name = "Lĩnh vực")]
    [StringLength(200, ErrorMessage = "Tên lĩnh vực không được dài quá 200 ký tự.")]
    public string? TopicName { get; set; }

    public List<string> Lines { get; set; } = [];
}

public sealed class ConclusionItemInput
{
    [Display(Name = "Nội dung kết luận")]
    [Required(ErrorMessage = "Hãy nhập nội dung kết luận.")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string Content { get; set; } = "";

    [Display(Name = "Cơ quan chủ trì thực hiện")]
    public int? ResponsibleOrganizationId { get; set; }

    [Display(Name = "Thời hạn")]
    [DataType(DataType.Date)]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Cơ quan phối hợp thực hiện")]
    public List<int> CoordinatorIds { get; set; } = [];
}
