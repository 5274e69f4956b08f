using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

/// <summary>
/// The people's side (ADR 0022): the codes of petitions and content items, the raiser's verdict, the calendar and the
/// questions sent before. Kept apart from the petition's and the item's own configurations, which they only add to.
/// </summary>
public sealed class PetitionCodeConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> petition)
    {
        petition.Property(p => p.Code).HasMaxLength(PublicCode.Length);
        petition.HasIndex(p => p.Code).IsUnique().HasFilter("[Code] IS NOT NULL");
    }
}

public sealed class FollowUpVerdictConfiguration : IEntityTypeConfiguration<FollowUpItem>
{
    public void Configure(EntityTypeBuilder<FollowUpItem> item)
    {
        item.Property(i => i.Code).HasMaxLength(PublicCode.Length);
        item.HasIndex(i => i.Code).IsUnique().HasFilter("[Code] IS NOT NULL");
        item.Property(i => i.VerdictComment).HasMaxLength(FollowUpItem.MaxVerdictCommentLength);
        // The Front's list of unsettled verdicts reads the awaiting items of its units from this index alone: the verdict,
        // the decision, then the unit seeks a commune's few; the responsible unit and the day complete its scope and order.
        item.HasIndex(i => new { i.Verdict, i.VerdictDecidedAtUtc, i.UnitId, i.ResponsibleUnitId, i.VerdictAtUtc })
            .HasDatabaseName("IX_FollowUps_Verdict_VerdictDecidedAtUtc");
        // The dashboard's share of settled answers per body reads a period's judged items from this index alone (it holds
        // every column the query tests), a conference at a time; unjudged items (most of them) are not in it.
        item.HasIndex(i => new { i.ConferenceId, i.Verdict, i.IsDeleted, i.MergedIntoId, i.ResponsibleOrganizationId })
            .HasFilter("[Verdict] IS NOT NULL AND [MergedIntoId] IS NULL AND [IsDeleted] = 0").HasDatabaseName("IX_FollowUps_Verdicts");
        item.Ignore(i => i.AwaitsFrontDecision);
        item.Ignore(i => i.AcceptsVerdict);
    }
}

public sealed class ConferenceAnnouncementConfiguration : IEntityTypeConfiguration<ConferenceAnnouncement>
{
    public void Configure(EntityTypeBuilder<ConferenceAnnouncement> announcement)
    {
        announcement.HasOne(a => a.Conference).WithMany().HasForeignKey(a => a.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        announcement.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        announcement.HasIndex(a => a.ConferenceId).IsUnique();
        announcement.HasIndex(a => new { a.IsPublished, a.IsDeleted });
        announcement.Property(a => a.Topic).HasMaxLength(ConferenceAnnouncement.MaxTopicLength);
        announcement.Property(a => a.Answerers).HasMaxLength(ConferenceAnnouncement.MaxAnswerersLength);
        announcement.Ignore(a => a.OwningUnitId);
    }
}

public sealed class SentQuestionConfiguration : IEntityTypeConfiguration<SentQuestion>
{
    public void Configure(EntityTypeBuilder<SentQuestion> question)
    {
        question.HasOne(q => q.Conference).WithMany().HasForeignKey(q => q.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        question.HasOne(q => q.Unit).WithMany().HasForeignKey(q => q.UnitId).OnDelete(DeleteBehavior.Restrict);
        question.HasIndex(q => q.Code).IsUnique().HasFilter("[Code] IS NOT NULL");
        question.HasIndex(q => new { q.ConferenceId, q.State });
        // The retention job walks the questions whose personal data is still held, oldest first.
        question.HasIndex(q => new { q.PersonalDataRemovedAtUtc, q.SentAtUtc });
        question.Property(q => q.Code).HasMaxLength(PublicCode.Length);
        question.Property(q => q.SenderName).HasMaxLength(200);
        question.Property(q => q.ResidentialGroup).HasMaxLength(200);
        question.Property(q => q.Email).HasMaxLength(254);
        question.Property(q => q.Phone).HasMaxLength(30);
        question.Property(q => q.Topic).HasMaxLength(200);
        question.Property(q => q.Content).HasMaxLength(SentQuestion.MaxContentLength);
        question.Property(q => q.PhotoStoredName).HasMaxLength(100);
        question.Property(q => q.PhotoContentType).HasMaxLength(100);
        question.Property(q => q.ConsentedPurpose).HasMaxLength(1000);
        question.Property(q => q.RefusalReason).HasMaxLength(1000);
        question.Property(q => q.ModeratedBy).HasMaxLength(200);
        question.Ignore(q => q.OwningUnitId);
    }
}
