using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>A figure the minutes cite from another activity; it never adds to this conference's own counts.</summary>
public sealed class CitedFigureInput
{
    [Display(Name = "Số lượng")]
    [Required(ErrorMessage = "Hãy nhập số lượng.")]
    [Range(0, 100_000_000, ErrorMessage = "Số lượng phải từ 0 đến 100000000.")]
    public int? Count { get; set; }

    [Display(Name = "Nội dung số liệu")]
    [Required(ErrorMessage = "Hãy nhập số liệu nói về gì (ví dụ: ý kiến góp ý dự thảo luật).")]
    [StringLength(500, ErrorMessage = "Nội dung không được dài quá 500 ký tự.")]
    public string What { get; set; } = "";

    [Display(Name = "Từ hoạt động")]
    [StringLength(500, ErrorMessage = "Tên hoạt động không được dài quá 500 ký tự.")]
    public string? Source { get; set; }
}

/// <summary>One result or limitation a report lists, with its figure when it gives one.</summary>
public sealed class FindingInput
{
    [Display(Name = "Loại")]
    [Required(ErrorMessage = "Hãy chọn kết quả hay hạn chế.")]
    public FindingKind? Kind { get; set; }

    [Display(Name = "Nội dung")]
    [Required(ErrorMessage = "Hãy nhập nội dung kết quả hoặc hạn chế.")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string Content { get; set; } = "";

    [Display(Name = "Số liệu (nếu có)")]
    [StringLength(200, ErrorMessage = "Số liệu không được dài quá 200 ký tự.")]
    public string? Figure { get; set; }
}
