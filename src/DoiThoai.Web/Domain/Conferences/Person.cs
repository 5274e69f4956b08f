namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A person who chairs, attends, speaks or raises petitions. The position here is the current one;
/// a speech or a participation keeps the position held on the day (positions change over time).
/// </summary>
public class Person : DomainRecord, IUnitScoped, IHasSearchText
{
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public string SearchText { get; set; } = "";

    public int OwningUnitId => UnitId;

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{FullName} {Position}");
}
