using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class FollowUpItemConfiguration : IEntityTypeConfiguration<FollowUpItem>
{
    public void Configure(EntityTypeBuilder<FollowUpItem> item)
    {
        item.ToTable("FollowUps");
        item.Property(i => i.Result).HasMaxLength(4000);
        item.HasOne(i => i.Conference).WithMany().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.Petition).WithMany().HasForeignKey(i => i.PetitionId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.ConclusionItem).WithMany().HasForeignKey(i => i.ConclusionItemId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.ResponsibleOrganization).WithMany().HasForeignKey(i => i.ResponsibleOrganizationId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(i => i.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasMany(i => i.Coordinators).WithOne().HasForeignKey(c => c.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.UnitId, i.State, i.Deadline });
        item.HasIndex(i => new { i.ResponsibleUnitId, i.State, i.Deadline });
        item.HasIndex(i => i.PetitionId).IsUnique().HasFilter("[PetitionId] IS NOT NULL");
        item.HasIndex(i => i.ConclusionItemId).IsUnique().HasFilter("[ConclusionItemId] IS NOT NULL");
        item.Ignore(i => i.OwningUnitId);
        item.Ignore(i => i.SecondaryUnitId);
    }
}

public sealed class FollowUpCoordinatorConfiguration : IEntityTypeConfiguration<FollowUpCoordinator>
{
    public void Configure(EntityTypeBuilder<FollowUpCoordinator> coordinator) =>
        coordinator.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
}

public sealed class FollowUpEventConfiguration : IEntityTypeConfiguration<FollowUpEvent>
{
    public void Configure(EntityTypeBuilder<FollowUpEvent> e)
    {
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        e.HasIndex(x => new { x.FollowUpItemId, x.AtUtc });
    }
}
