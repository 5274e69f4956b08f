using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain;

/// <summary>
/// A node of the administrative tree (province, district level, commune level, residential group).
/// <see cref="Path"/> holds the ids from the root ("/1/4/9/"), so a scope check or a subtree
/// query is a prefix test.
/// </summary>
public class AdministrativeUnit : DomainRecord, IUnitScoped, IHasSearchText
{
    public UnitKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public int? ParentId { get; set; }
    public AdministrativeUnit? Parent { get; set; }
    public string Path { get; set; } = "/";
    public string SearchText { get; set; } = "";

    /// <summary>Set when the unit was merged into another (e.g. the 2025 commune mergers).</summary>
    public int? MergedIntoId { get; set; }
    public AdministrativeUnit? MergedInto { get; set; }
    public DateOnly? RetiredOn { get; set; }

    public bool IsRetired => RetiredOn is not null;
    public int OwningUnitId => Id;
    public string DisplayName => $"{Kind.Label()} {Name}";

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Kind.Label()} {Name} {Code}");
}

public enum UnitKind
{
    [Display(Name = "Tỉnh")] Province = 1,
    [Display(Name = "Thành phố trực thuộc Trung ương")] Municipality = 2,
    [Display(Name = "Huyện")] District = 10,
    [Display(Name = "Thị xã")] Town = 11,
    [Display(Name = "Thành phố")] ProvincialCity = 12,
    [Display(Name = "Xã")] Commune = 20,
    [Display(Name = "Phường")] Ward = 21,
    [Display(Name = "Thị trấn")] Township = 22,
    [Display(Name = "Thôn")] Village = 30,
    [Display(Name = "Tổ dân phố")] ResidentialGroup = 31,
}
