using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Units;

public sealed class UnitInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Cấp, loại đơn vị")]
    [Required(ErrorMessage = "Hãy chọn loại đơn vị.")]
    public UnitKind? Kind { get; set; }

    [Display(Name = "Tên đơn vị")]
    [Required(ErrorMessage = "Hãy nhập tên đơn vị.")]
    [StringLength(200, ErrorMessage = "Tên đơn vị không được dài quá 200 ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Mã đơn vị")]
    [Required(ErrorMessage = "Hãy nhập mã đơn vị.")]
    [StringLength(50, ErrorMessage = "Mã đơn vị không được dài quá 50 ký tự.")]
    [RegularExpression(@"^[A-Za-z0-9._-]+$", ErrorMessage = "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang.")]
    public string Code { get; set; } = "";

    [Display(Name = "Đơn vị cấp trên")]
    public int? ParentId { get; set; }
}

public sealed class MergeInput
{
    [Display(Name = "Sáp nhập vào đơn vị")]
    [Required(ErrorMessage = "Hãy chọn đơn vị nhận sáp nhập.")]
    public int? TargetId { get; set; }

    [Display(Name = "Ngày sáp nhập có hiệu lực")]
    [Required(ErrorMessage = "Hãy nhập ngày có hiệu lực.")]
    [DataType(DataType.Date)]
    public DateOnly? EffectiveOn { get; set; }
}

public sealed class RetireInput
{
    [Display(Name = "Ngày giải thể")]
    [Required(ErrorMessage = "Hãy nhập ngày giải thể.")]
    [DataType(DataType.Date)]
    public DateOnly? RetiredOn { get; set; }
}

public sealed record UnitRow(int Id, UnitKind Kind, string Name, string Code, string Path, DateOnly? RetiredOn, string? MergedIntoName)
{
    public string DisplayName => $"{Kind.Label()} {Name}";
}

public sealed record UnitTree(string? Q, bool ShowRetired, IReadOnlyList<UnitRow> Rows, int RootDepth);

public sealed record UnitDetails(UnitRow Unit, string? ParentName, IReadOnlyList<UnitRow> Children, IReadOnlyList<string> Organizations,
    IReadOnlyList<Audit.HistoryLine> History);

public sealed record UnitForm(UnitInput Input, IReadOnlyList<SelectListItem> Parents, string? Conflict = null);

public sealed record MergeForm(UnitRow Source, MergeInput Input, IReadOnlyList<SelectListItem> Targets);

public sealed record RetireForm(UnitRow Unit, RetireInput Input);
