using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain;

/// <summary>A body that belongs to a unit: Party committee, People's Committee, Front, unions and their branches.</summary>
public class Organization : DomainRecord, IUnitScoped, IHasSearchText
{
    public OrganizationKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    /// <summary>The body a branch belongs to (a chi hội under its Hội).</summary>
    public int? ParentOrganizationId { get; set; }
    public Organization? ParentOrganization { get; set; }
    public string SearchText { get; set; } = "";

    /// <summary>Where the body is told when a petition it raised is answered or closed.</summary>
    public string? Email { get; set; }

    public int OwningUnitId => UnitId;

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Name} {ShortName}");
}

public enum OrganizationKind
{
    [Display(Name = "Đảng ủy / Cấp ủy")] PartyCommittee = 1,
    [Display(Name = "Ủy ban nhân dân")] PeoplesCommittee = 2,
    [Display(Name = "Hội đồng nhân dân")] PeoplesCouncil = 3,
    [Display(Name = "Ủy ban Mặt trận Tổ quốc")] FatherlandFront = 4,
    [Display(Name = "Hội Nông dân")] FarmersAssociation = 10,
    [Display(Name = "Đoàn Thanh niên")] YouthUnion = 11,
    [Display(Name = "Hội Cựu chiến binh")] VeteransAssociation = 12,
    [Display(Name = "Liên đoàn Lao động")] LaborFederation = 13,
    [Display(Name = "Hội Liên hiệp Phụ nữ")] WomensUnion = 14,
    [Display(Name = "Chi hội")] AssociationBranch = 20,
    [Display(Name = "Chi đoàn")] YouthBranch = 21,
    [Display(Name = "Ban công tác Mặt trận")] FrontWorkCommittee = 22,
    [Display(Name = "Ban, ngành, văn phòng")] Department = 30,
    [Display(Name = "Tổ chức khác")] Other = 99,
}
