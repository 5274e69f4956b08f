using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Documents;

/// <summary>Reads what <see cref="Issuers.For"/> needs of a unit: its name as shown and the unit above it.</summary>
public sealed class DocumentIssuers(AppDbContext db)
{
    /// <param name="shownName">The unit's name as the document shows it (final minutes keep the name they cited).</param>
    public async Task<Issuer> ForAsync(IssuerKind kind, int unitId, string? shownName = null, OrganizationKind? organizerKind = null, string? organizer = null)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Kind, u.Name, Parent = u.Parent == null ? null : new { u.Parent.Kind, u.Parent.Name } })
            .SingleAsync();
        var parent = unit.Parent is null ? null : $"{unit.Parent.Kind.Label()} {unit.Parent.Name}";
        if (Issuers.KindOf(organizerKind) != kind)
        {
            // The unit's own committee of that kind, as its catalogue names it ("Thị ủy Kỳ Anh"), when it has one.
            var own = Issuers.BodyKindOf(kind);
            organizer = await db.Organizations.AsNoTracking().Where(o => o.UnitId == unitId && o.Kind == own && o.ParentOrganizationId == null)
                .OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync();
            organizerKind = organizer is null ? null : own;
        }
        return Issuers.For(kind, shownName ?? $"{unit.Kind.Label()} {unit.Name}", parent, organizerKind, organizer);
    }

    public Task<OrganizationKind?> OrganizationKindAsync(int? organizationId) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => (OrganizationKind?)o.Kind).FirstOrDefaultAsync();
}
