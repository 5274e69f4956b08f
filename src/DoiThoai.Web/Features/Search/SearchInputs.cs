using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Search;

namespace DoiThoai.Web.Features.Search;

/// <summary>What the search form sends: the words, and optionally a kind of record and a period (dd/MM/yyyy).</summary>
public sealed class SearchInput
{
    [Display(Name = "Từ khóa")]
    [StringLength(200, ErrorMessage = "Từ khóa dài tối đa {1} ký tự.")]
    public string? Q { get; set; }

    [Display(Name = "Loại")]
    public SearchKind? Kind { get; set; }

    [Display(Name = "Từ ngày")]
    public DateOnly? From { get; set; }

    [Display(Name = "Đến ngày")]
    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}
