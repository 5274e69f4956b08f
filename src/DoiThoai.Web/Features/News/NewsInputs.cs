using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.News;

namespace DoiThoai.Web.Features.News;

/// <summary>A post as the editor fills it in. The body arrives as HTML from the editor and is sanitized before it is kept.</summary>
public sealed class NewsPostInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Tiêu đề")]
    [Required(ErrorMessage = "Hãy nhập tiêu đề.")]
    [StringLength(300, ErrorMessage = "Tiêu đề không được dài quá 300 ký tự.")]
    public string Title { get; set; } = "";

    [Display(Name = "Đoạn dẫn (sapo)")]
    [Required(ErrorMessage = "Hãy nhập đoạn dẫn.")]
    [StringLength(1000, ErrorMessage = "Đoạn dẫn không được dài quá 1000 ký tự.")]
    public string Lead { get; set; } = "";

    [Display(Name = "Nội dung")]
    [StringLength(200_000, ErrorMessage = "Nội dung quá dài.")]
    public string? BodyHtml { get; set; }

    [Display(Name = "Tác giả")]
    [Required(ErrorMessage = "Hãy nhập tác giả.")]
    [StringLength(300, ErrorMessage = "Dòng tác giả không được dài quá 300 ký tự.")]
    public string AuthorLine { get; set; } = "";

    [Display(Name = "Chuyên mục")]
    [Required(ErrorMessage = "Hãy chọn chuyên mục.")]
    public NewsCategory? Category { get; set; } = NewsCategory.Dialogue;

    [Display(Name = "Từ khóa (cách nhau bởi dấu phẩy)")]
    [StringLength(600, ErrorMessage = "Từ khóa không được dài quá 600 ký tự.")]
    public string? Tags { get; set; }

    [Display(Name = "Hội nghị được đưa tin")]
    public int? ConferenceId { get; set; }
}

/// <summary>A move of the workflow; publishing may name a time in the future (Vietnam time) to schedule it.</summary>
public sealed class NewsActionInput
{
    [Required(ErrorMessage = "Hãy chọn thao tác.")]
    public NewsAction? Action { get; set; }

    public Guid Version { get; set; }

    [Display(Name = "Thời điểm đăng")]
    [DataType(DataType.DateTime)]
    public DateTime? PublishAt { get; set; }
}

public sealed class NewsPhotoInput
{
    [Display(Name = "Ảnh (JPEG hoặc PNG)")]
    [Required(ErrorMessage = "Hãy chọn ảnh.")]
    public IFormFile? File { get; set; }

    [Display(Name = "Chú thích ảnh")]
    [Required(ErrorMessage = "Hãy nhập chú thích ảnh.")]
    [StringLength(500, ErrorMessage = "Chú thích không được dài quá 500 ký tự.")]
    public string Caption { get; set; } = "";
}

public sealed class NewsPollInput
{
    [Display(Name = "Câu hỏi khảo sát")]
    [Required(ErrorMessage = "Hãy nhập câu hỏi.")]
    [StringLength(300, ErrorMessage = "Câu hỏi không được dài quá 300 ký tự.")]
    public string Question { get; set; } = "";

    [Display(Name = "Các lựa chọn (mỗi dòng một lựa chọn)")]
    [Required(ErrorMessage = "Hãy nhập ít nhất hai lựa chọn.")]
    [StringLength(2000, ErrorMessage = "Các lựa chọn không được dài quá 2000 ký tự.")]
    public string Options { get; set; } = "";
}

/// <summary>A reader's comment with the captcha answer.</summary>
public sealed class NewsCommentInput
{
    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(100, ErrorMessage = "Họ tên không được dài quá 100 ký tự.")]
    public string AuthorName { get; set; } = "";

    [Display(Name = "Ý kiến")]
    [Required(ErrorMessage = "Hãy nhập ý kiến.")]
    [StringLength(2000, MinimumLength = 5, ErrorMessage = "Ý kiến dài từ 5 đến 2000 ký tự.")]
    public string Text { get; set; } = "";

    public string? CaptchaToken { get; set; }

    [Display(Name = "Trả lời câu hỏi kiểm tra")]
    [Required(ErrorMessage = "Hãy trả lời câu hỏi kiểm tra.")]
    [StringLength(20, ErrorMessage = "Câu trả lời kiểm tra không được dài quá 20 ký tự.")]
    public string? CaptchaAnswer { get; set; }
}
