using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        audit.Property(a => a.EntityId).HasMaxLength(50).IsRequired();
        audit.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        audit.Property(a => a.Note).HasMaxLength(1000);
        audit.HasIndex(a => new { a.EntityType, a.EntityId });
        audit.Property(a => a.RootKey).HasMaxLength(160).IsRequired();
        audit.HasIndex(a => a.RootKey);
        audit.HasIndex(a => a.AtUtc);
    }
}
