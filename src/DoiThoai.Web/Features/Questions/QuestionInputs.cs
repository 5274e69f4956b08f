using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.News;

namespace DoiThoai.Web.Features.Questions;

/// <summary>What a person fills in on the public form; the checkboxes and the photo are written by hand in the view.</summary>
public sealed class QuestionInput
{
    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên không được dài quá {1} ký tự.")]
    public string? SenderName { get; set; }

    /// <summary>A residential group of the conference's unit, by id, when the unit has a list of them.</summary>
    [Display(Name = "Tổ dân phố, thôn")]
    public int? GroupId { get; set; }

    /// <summary>The residential group typed in, when the unit has no list.</summary>
    [Display(Name = "Tổ dân phố, thôn")]
    [StringLength(200, ErrorMessage = "Tên tổ dân phố không được dài quá {1} ký tự.")]
    public string? GroupName { get; set; }

    [Display(Name = "Thư điện tử (không bắt buộc)")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử chưa đúng.")]
    [StringLength(254, ErrorMessage = "Địa chỉ thư điện tử không được dài quá {1} ký tự.")]
    public string? Email { get; set; }

    [Display(Name = "Số điện thoại (không bắt buộc)")]
    [RegularExpression(@"^[0-9 +().-]{8,20}$", ErrorMessage = "Số điện thoại chỉ gồm chữ số (8 đến 20 ký tự).")]
    public string? Phone { get; set; }

    [Display(Name = "Lĩnh vực")]
    [Required(ErrorMessage = "Hãy chọn lĩnh vực.")]
    [StringLength(200)]
    public string? Topic { get; set; }

    [Display(Name = "Nội dung câu hỏi, kiến nghị")]
    [Required(ErrorMessage = "Hãy nhập nội dung câu hỏi, kiến nghị.")]
    [StringLength(SentQuestion.MaxContentLength, ErrorMessage = "Nội dung không được dài quá {1} ký tự.")]
    public string? Content { get; set; }

    /// <summary>Required: no consent, no question (Nghị định 13/2023/NĐ-CP).</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "Hãy đánh dấu đồng ý để gửi câu hỏi.")]
    public bool Consent { get; set; }

    [StringLength(1000)]
    public string? CaptchaToken { get; set; }

    [Required(ErrorMessage = "Hãy nhập mã kiểm tra.")]
    [StringLength(20)]
    [Display(Name = "Mã kiểm tra")]
    public string? CaptchaAnswer { get; set; }
}

/// <summary>An announced conference as the form shows it, and why it takes no question when it does not.</summary>
public sealed record QuestionTarget(int ConferenceId, int UnitId, string Title, string When, string? Place, string UnitName, string? ClosedBecause)
{
    public bool Open => ClosedBecause is null;
}

/// <summary>The public form: its conference, its choices, what was typed, the captcha; or the code once sent.</summary>
public sealed record QuestionForm(QuestionTarget Target, IReadOnlyList<string> Topics, IReadOnlyList<(int Id, string Name)> Groups,
    QuestionInput Input, CaptchaChallenge? Captcha, string? SentCode = null);

/// <summary>The reason a question is not taken (required, and read by the sender by their code).</summary>
public sealed class RefusalInput
{
    [Display(Name = "Lý do không tiếp nhận")]
    [Required(ErrorMessage = "Hãy ghi lý do không tiếp nhận.")]
    [StringLength(1000, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }
}

/// <summary>The question of the same conference that asks the same thing.</summary>
public sealed class MergeInput
{
    [Display(Name = "Gộp vào câu hỏi")]
    [Required(ErrorMessage = "Hãy chọn câu hỏi để gộp vào.")]
    public int? IntoQuestion { get; set; }
}
