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
        item.HasIndex(i => new { i.IsPublic, i.PublishedAtUtc });
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

public sealed class FollowUpAttachmentConfiguration : IEntityTypeConfiguration<FollowUpAttachment>
{
    public void Configure(EntityTypeBuilder<FollowUpAttachment> a)
    {
        a.Property(x => x.FileName).HasMaxLength(200).IsRequired();
        a.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        a.Property(x => x.StoredName).HasMaxLength(100).IsRequired();
        a.HasIndex(x => x.StoredName).IsUnique();
        a.HasOne<FollowUpItem>().WithMany().HasForeignKey(x => x.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        a.HasOne<FollowUpEvent>().WithMany(e => e.Attachments).HasForeignKey(x => x.FollowUpEventId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FollowUpNoticeConfiguration : IEntityTypeConfiguration<FollowUpNotice>
{
    public void Configure(EntityTypeBuilder<FollowUpNotice> n)
    {
        n.HasOne(x => x.FollowUpItem).WithMany().HasForeignKey(x => x.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee of "once": a second insert of the same notice fails, whichever node or run tries it.
        n.HasIndex(x => new { x.FollowUpItemId, x.Kind, x.Deadline }).IsUnique();
        n.HasIndex(x => x.EmailedAtUtc);
    }
}

public sealed class NoticeReadingConfiguration : IEntityTypeConfiguration<NoticeReading>
{
    public void Configure(EntityTypeBuilder<NoticeReading> r)
    {
        r.HasKey(x => new { x.FollowUpNoticeId, x.UserId });
        r.HasOne<FollowUpNotice>().WithMany().HasForeignKey(x => x.FollowUpNoticeId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Domain.AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
