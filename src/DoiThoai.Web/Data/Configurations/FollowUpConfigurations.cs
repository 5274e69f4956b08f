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
        // TopicId is a copy of the petition's (ADR 0027), with no key of its own: an index of it alone would tempt the planner
        // to read a topic's items and sort them instead of walking the list's order.
        item.HasOne(i => i.ResponsibleOrganization).WithMany().HasForeignKey(i => i.ResponsibleOrganizationId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(i => i.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasMany(i => i.Coordinators).WithOne().HasForeignKey(c => c.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.UnitId, i.State, i.Deadline });
        item.HasIndex(i => new { i.ResponsibleUnitId, i.State, i.Deadline });
        item.HasIndex(i => new { i.IsPublic, i.PublishedAtUtc });
        // Dashboards count a conference's items (content items: merged ones left out) by state, deadline and closing from this index alone.
        item.HasIndex(i => new { i.ConferenceId, i.IsDeleted, i.MergedIntoId, i.State, i.Deadline, i.ClosedAtUtc }).HasDatabaseName("IX_FollowUps_Dashboard");
        // The follow-up list's orders (ADR 0017): each index reads the items in one order of the list (deadline, state,
        // unit) and holds every column the list's filters test (the topic too, ADR 0027), so rows outside the scope or the
        // filter are passed over in the index and only a page's rows are read from the table.
        item.HasIndex(i => new { i.Deadline, i.State, i.UnitId, i.ResponsibleUnitId, i.IsDeleted, i.MergedIntoId, i.Kind, i.ConferenceId, i.TopicId })
            .HasDatabaseName("IX_FollowUps_List_Deadline");
        item.HasIndex(i => new { i.State, i.Deadline, i.UnitId, i.ResponsibleUnitId, i.IsDeleted, i.MergedIntoId, i.Kind, i.ConferenceId, i.TopicId })
            .HasDatabaseName("IX_FollowUps_List_State");
        item.HasIndex(i => new { i.UnitId, i.Deadline, i.State, i.ResponsibleUnitId, i.IsDeleted, i.MergedIntoId, i.Kind, i.ConferenceId, i.TopicId })
            .HasDatabaseName("IX_FollowUps_List_Unit");
        // A search in the list finds the conferences outside a scope that gave items to its bodies: one seek per pair of units.
        item.HasIndex(i => new { i.UnitId, i.ResponsibleUnitId, i.ConferenceId }).HasDatabaseName("IX_FollowUps_Unit_Responsible");
        // The public answers page asks each unit whether it has a published answer.
        item.HasIndex(i => new { i.IsPublic, i.UnitId, i.State }).HasDatabaseName("IX_FollowUps_Public_Unit");
        // A petition may be split into several content items, so several items may share it.
        item.HasIndex(i => i.PetitionId);
        item.Property(i => i.ContentText).HasMaxLength(4000);
        item.Property(i => i.PreparedAnswer).HasMaxLength(4000);
        item.HasOne<FollowUpItem>().WithMany().HasForeignKey(i => i.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // Only merged items are indexed: every list asks "MergedIntoId IS NULL", which a full index would make the planner
        // take for a selective test and read a million rows by it (ADR 0017).
        item.HasIndex(i => i.MergedIntoId).HasFilter("[MergedIntoId] IS NOT NULL");
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
        // The notice list's order, newest first (or oldest): a page is read by walking it, not by sorting years of notices.
        n.HasIndex(x => new { x.CreatedAtUtc, x.Id });
        // A commune's notices, read through its items: their dates from the index, so its page sorts them without
        // reading each notice's row (31 → 18 ms for 15,000 notices).
        n.HasIndex(x => new { x.FollowUpItemId, x.CreatedAtUtc });
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

public sealed class NoticeReadMarkConfiguration : IEntityTypeConfiguration<NoticeReadMark>
{
    public void Configure(EntityTypeBuilder<NoticeReadMark> m)
    {
        m.HasKey(x => x.UserId);
        m.HasOne<Domain.AppUser>().WithOne().HasForeignKey<NoticeReadMark>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AnswerTemplateConfiguration : IEntityTypeConfiguration<AnswerTemplate>
{
    public void Configure(EntityTypeBuilder<AnswerTemplate> t)
    {
        t.Property(x => x.Title).HasMaxLength(200).IsRequired();
        t.Property(x => x.Body).HasMaxLength(4000).IsRequired();
        t.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Topic).WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Restrict);
        t.HasIndex(x => new { x.UnitId, x.TopicId });
        t.Ignore(x => x.OwningUnitId);
    }
}

public sealed class RaiserNoticeConfiguration : IEntityTypeConfiguration<RaiserNotice>
{
    public void Configure(EntityTypeBuilder<RaiserNotice> n)
    {
        n.Property(x => x.Recipients).HasMaxLength(1000).IsRequired();
        n.Property(x => x.Subject).HasMaxLength(300).IsRequired();
        n.Property(x => x.Body).HasMaxLength(8000).IsRequired();
        n.HasOne<FollowUpItem>().WithMany().HasForeignKey(x => x.FollowUpItemId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee of "told once".
        n.HasIndex(x => new { x.FollowUpItemId, x.Kind }).IsUnique();
        n.HasIndex(x => x.SentAtUtc);
    }
}
