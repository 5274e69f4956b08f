using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Plans;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Plans;

/// <summary>The header of a yearly dialogue plan.</summary>
public sealed class PlanInput
{
    public Guid Version { get; set; }

    [Display(Name = "Đơn vị")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    [Display(Name = "Năm")]
    [Required(ErrorMessage = "Hãy nhập năm của kế hoạch.")]
    [Range(2000, 2100, ErrorMessage = "Năm của kế hoạch phải từ 2000 đến 2100.")]
    public int? Year { get; set; }

    [Display(Name = "Số, ký hiệu văn bản kế hoạch")]
    [StringLength(200, ErrorMessage = "Số, ký hiệu không được dài quá 200 ký tự.")]
    public string? DocumentNumber { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(4000, ErrorMessage = "Ghi chú không được dài quá 4000 ký tự.")]
    public string? Note { get; set; }
}

/// <summary>One intended dialogue of a plan.</summary>
public sealed class PlanEntryInput
{
    public Guid Version { get; set; }

    [Display(Name = "Tháng")]
    [Required(ErrorMessage = "Hãy chọn tháng dự kiến tổ chức.")]
    [Range(1, 12, ErrorMessage = "Tháng phải từ 1 đến 12.")]
    public int? Month { get; set; }

    [Display(Name = "Chủ đề, nội dung đối thoại")]
    [Required(ErrorMessage = "Hãy nhập chủ đề đối thoại.")]
    [StringLength(500, ErrorMessage = "Chủ đề không được dài quá 500 ký tự.")]
    public string Topic { get; set; } = "";

    [Display(Name = "Người, cơ quan chủ trì")]
    [Required(ErrorMessage = "Hãy nhập người hoặc cơ quan chủ trì.")]
    [StringLength(300, ErrorMessage = "Người, cơ quan chủ trì không được dài quá 300 ký tự.")]
    public string LeadBy { get; set; } = "";

    [Display(Name = "Hội nghị đã tổ chức")]
    public int? ConferenceId { get; set; }
}

public sealed record PlanRow(int Id, int UnitId, string Unit, int Year, string? DocumentNumber, int Planned, int Held, int Late);

public sealed record PlanListPage(int Year, int? UnitId, IReadOnlyList<PlanRow> Plans, IReadOnlyList<SelectListItem> Units, bool CanEdit);

public sealed record PlanEntryLine(int Id, Guid Version, int Month, string Topic, string LeadBy, int? ConferenceId, string? ConferenceTitle, DateOnly? HeldOn, PlanEntryStatus Status);

public sealed record PlanPage(DialoguePlan Plan, string UnitName, IReadOnlyList<PlanEntryLine> Entries, IReadOnlyList<SelectListItem> Conferences,
    PlanEntryInput NewEntry, bool CanEdit, DateOnly Today);

public sealed record PlanFormPage(int? Id, PlanInput Input, IReadOnlyList<SelectListItem> Units);

/// <summary>The fields of one plan entry, named by <see cref="Prefix"/> ("Input" or "NewEntry") as the action binds them.</summary>
public sealed record PlanEntryFields(PlanEntryInput Input, IReadOnlyList<SelectListItem> Conferences, string Prefix);

public sealed record PlanEntryFormPage(int PlanId, int EntryId, string PlanTitle, PlanEntryInput Input, IReadOnlyList<SelectListItem> Conferences);
