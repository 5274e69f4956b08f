using Microsoft.AspNetCore.Identity;

namespace DoiThoai.Web.Domain;

/// <summary>A signed-in person. Their scope is the subtree of <see cref="UnitId"/>.</summary>
public class AppUser : IdentityUser<int>, IHasSearchText
{
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string SearchText { get; set; } = "";

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{FullName} {Email}");
}
