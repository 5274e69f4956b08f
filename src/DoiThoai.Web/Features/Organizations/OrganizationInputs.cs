using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Organizations;

public sealed class OrganizationInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Tên tổ chức")]
    [Required(ErrorMessage = "Hãy nhập tên tổ chức.")]
    [StringLength(300, ErrorMessage = "Tên tổ chức không được dài quá 300 ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Tên viết tắt")]
    [StringLength(50, ErrorMessage = "Tên viết tắt không được dài quá 50 ký tự.")]
    public string? ShortName { get; set; }

    [Display(Name = "Loại tổ chức")]
    [Required(ErrorMessage = "Hãy chọn loại tổ chức.")]
    public OrganizationKind? Kind { get; set; }

    [Display(Name = "Thuộc đơn vị")]
    [Required(ErrorMessage = "Hãy chọn đơn vị.")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    [Display(Name = "Trực thuộc tổ chức")]
    public int? ParentOrganizationId { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        Id = o.Id, Version = o.Version, Name = o.Name, ShortName = o.ShortName, Kind = o.Kind, UnitId = o.UnitId,
        ParentOrganizationId = o.ParentOrganizationId,
    };
}

public sealed class OrganizationFilter
{
    public string? Q { get; set; }
    public int? UnitId { get; set; }
    public OrganizationKind? Kind { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record OrganizationRow(int Id, string Name, string? ShortName, OrganizationKind Kind, string UnitName, string? ParentName);

public sealed record OrganizationList(OrganizationFilter Filter, PagedList<OrganizationRow> Page, IReadOnlyList<SelectListItem> Units);

public sealed record OrganizationForm(OrganizationInput Input, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Parents, string? Conflict = null);

public sealed record OrganizationDetails(OrganizationRow Organization, IReadOnlyList<Audit.HistoryLine> History);
