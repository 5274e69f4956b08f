using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(200).IsRequired();
        unit.Property(u => u.Code).HasMaxLength(50).IsRequired();
        unit.HasIndex(u => u.Code).IsUnique();
        unit.Property(u => u.Path).HasMaxLength(400).IsRequired();
        unit.HasIndex(u => u.Path);
        unit.Property(u => u.SearchText).HasMaxLength(400).IsRequired();
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.HasOne(u => u.MergedInto).WithMany().HasForeignKey(u => u.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        unit.Ignore(u => u.IsRetired);
        unit.Ignore(u => u.OwningUnitId);
        unit.Ignore(u => u.DisplayName);
    }
}
