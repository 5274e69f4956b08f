using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.Property(o => o.Name).HasMaxLength(300).IsRequired();
        organization.Property(o => o.ShortName).HasMaxLength(50);
        organization.Property(o => o.Email).HasMaxLength(256);
        organization.Property(o => o.SearchText).HasMaxLength(400).IsRequired();
        organization.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        organization.HasOne(o => o.ParentOrganization).WithMany()
            .HasForeignKey(o => o.ParentOrganizationId).OnDelete(DeleteBehavior.Restrict);
        organization.HasIndex(o => new { o.UnitId, o.Kind });
        organization.Ignore(o => o.OwningUnitId);
    }
}
