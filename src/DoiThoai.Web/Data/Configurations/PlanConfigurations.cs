using DoiThoai.Web.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class DialoguePlanConfiguration : IEntityTypeConfiguration<DialoguePlan>
{
    public void Configure(EntityTypeBuilder<DialoguePlan> plan)
    {
        plan.Property(p => p.DocumentNumber).HasMaxLength(200);
        plan.Property(p => p.Note).HasMaxLength(4000);
        plan.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        plan.HasMany(p => p.Entries).WithOne(e => e.Plan).HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
        // One plan per unit and year among those not deleted.
        plan.HasIndex(p => new { p.UnitId, p.Year }).IsUnique().HasFilter("[IsDeleted] = 0");
        plan.HasIndex(p => p.Year);
        plan.Ignore(p => p.OwningUnitId);
    }
}

public sealed class PlanEntryConfiguration : IEntityTypeConfiguration<PlanEntry>
{
    public void Configure(EntityTypeBuilder<PlanEntry> entry)
    {
        entry.Property(e => e.Topic).HasMaxLength(500).IsRequired();
        entry.Property(e => e.LeadBy).HasMaxLength(300).IsRequired();
        entry.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne(e => e.Conference).WithMany().HasForeignKey(e => e.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.PlanId, e.Month });
        entry.HasIndex(e => e.UnitId);
        // A conference carries out at most one plan entry.
        entry.HasIndex(e => e.ConferenceId).IsUnique().HasFilter("[ConferenceId] IS NOT NULL AND [IsDeleted] = 0");
        entry.Ignore(e => e.OwningUnitId);
        entry.Ignore(e => e.AuditRootType);
        entry.Ignore(e => e.AuditRootId);
    }
}
