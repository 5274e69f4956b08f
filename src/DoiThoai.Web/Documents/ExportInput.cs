using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Web.Documents;

/// <summary>
/// The choices of the "Xuất văn bản" form, prefilled from the record: who issues, the number, who signs and in
/// what capacity, and where the document goes. The header's names follow the issuer kind (<see cref="Issuers"/>).
/// </summary>
public sealed class ExportInput
{
    [Display(Name = "Cơ quan ban hành")]
    [Required(ErrorMessage = "Hãy chọn cơ quan ban hành.")]
    [EnumDataType(typeof(IssuerKind), ErrorMessage = "Hãy chọn cơ quan ban hành.")]
    public IssuerKind IssuerKind { get; set; } = IssuerKind.State;

    [Display(Name = "Số văn bản")]
    [StringLength(20, ErrorMessage = "Số văn bản dài tối đa {1} ký tự.")]
    public string? Number { get; set; }

    /// <summary>Empty: the day the conference was held, or blanks to fill by hand when only its period is known.</summary>
    [Display(Name = "Ngày ban hành")]
    public DateOnly? IssuedOn { get; set; }

    /// <summary>Empty on minutes signed by their secretary and chair; "T/M ĐẢNG ỦY" when the body signs them collectively.</summary>
    [Display(Name = "Thẩm quyền ký")]
    [StringLength(100, ErrorMessage = "Thẩm quyền ký dài tối đa {1} ký tự.")]
    public string? Capacity { get; set; }

    [Display(Name = "Chức vụ người ký")]
    [StringLength(100, ErrorMessage = "Chức vụ người ký dài tối đa {1} ký tự.")]
    public string? SignerPosition { get; set; }

    [Display(Name = "Họ tên người ký")]
    [StringLength(100, ErrorMessage = "Họ tên người ký dài tối đa {1} ký tự.")]
    public string? SignerName { get; set; }

    [Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
    [StringLength(2000, ErrorMessage = "Nơi nhận dài tối đa {1} ký tự.")]
    public string? Recipients { get; set; }

    public IReadOnlyList<string> RecipientList =>
        (Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.TrimStart('-', ' ')).Where(r => r.Length > 0 && !r.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The form as it opens for <paramref name="issuer"/>: the capacity and recipients its kind implies.</summary>
    public static ExportInput For(Issuer issuer, DocumentKind document, string? signerName, string? signerPosition) => new()
    {
        IssuerKind = issuer.Kind,
        Capacity = OfficialFormat.DefaultCapacity(issuer, document),
        SignerName = signerName,
        SignerPosition = signerPosition,
        Recipients = string.Join("\n", OfficialDocument.DefaultRecipients(issuer, document)),
    };
}
