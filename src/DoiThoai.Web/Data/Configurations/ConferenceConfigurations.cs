using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> conference)
    {
        conference.Property(c => c.Title).HasMaxLength(500).IsRequired();
        conference.Property(c => c.Place).HasMaxLength(300);
        conference.Property(c => c.Summary).HasMaxLength(8000);
        conference.Property(c => c.ConclusionText).HasMaxLength(16000);
        conference.Property(c => c.SearchText).HasMaxLength(9000).IsRequired();
        conference.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        conference.HasOne(c => c.Organizer).WithMany().HasForeignKey(c => c.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        conference.HasMany(c => c.LegalBases).WithOne().HasForeignKey(l => l.ConferenceId);
        conference.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.ConferenceId);
        conference.HasMany(c => c.ParticipatingOrganizations).WithOne().HasForeignKey(o => o.ConferenceId);
        conference.HasMany(c => c.Speeches).WithOne().HasForeignKey(s => s.ConferenceId);
        conference.HasMany(c => c.Petitions).WithOne(p => p.Conference).HasForeignKey(p => p.ConferenceId);
        conference.HasMany(c => c.ConclusionItems).WithOne(i => i.Conference).HasForeignKey(i => i.ConferenceId);
        conference.HasIndex(c => new { c.UnitId, c.HeldOn });
        // The date with IsDeleted: the follow-up list sorted by conference date walks this index alone, newest first, and
        // stops after a page; with the date only, SQLite 3.53 read another covering index whole and sorted it (15 s at a district's ten years).
        conference.HasIndex(c => new { c.HeldOn, c.IsDeleted });
        // Dashboards count a period's conferences from this index alone. Unit first: the database then reads the
        // subtree's units one after another, so counts grouped by unit need no sort.
        conference.HasIndex(c => new { c.UnitId, c.HeldOn, c.IsDeleted, c.Kind, c.StatedOpinionCount, c.StatedPetitionCount })
            .HasDatabaseName("IX_Conferences_Dashboard");
        // The list's filter on the minutes' state (the staff home's drafts to finish) counts from this index alone.
        conference.HasIndex(c => new { c.UnitId, c.MinutesState, c.IsDeleted, c.HeldOn });
        // The list's orders by kind and by state walk these, one value at a time, newest first; the deleted flag and
        // the unit are tested inside the index, so a page, and the count up to its bound, read no conference row.
        conference.HasIndex(c => new { c.Kind, c.HeldOn, c.IsDeleted, c.UnitId });
        conference.HasIndex(c => new { c.Status, c.HeldOn, c.IsDeleted, c.UnitId });
        conference.Property(c => c.FinalizedBy).HasMaxLength(256);
        // The two totals keep the columns of the unitemized counts they replaced (ADR 0020): EF pairs a renamed column
        // with any new column of the same shape, so a rename would have moved the data into the wrong column.
        conference.Property(c => c.StatedOpinionCount).HasColumnName("UnitemizedOpinionCount");
        conference.Property(c => c.StatedPetitionCount).HasColumnName("UnitemizedPetitionCount");
        conference.Property(c => c.UnnamedSpeakerKind).HasMaxLength(100);
        conference.Property(c => c.FindingsText).HasMaxLength(RecordLength.FindingsText);
        conference.HasMany(c => c.CitedFigures).WithOne().HasForeignKey(f => f.ConferenceId);
        conference.HasMany(c => c.Findings).WithOne().HasForeignKey(f => f.ConferenceId);
        conference.Ignore(c => c.ReviewedPeriod);
        conference.Property(c => c.CitedUnit).HasMaxLength(CitedLength.Unit);
        conference.Property(c => c.CitedOrganizer).HasMaxLength(CitedLength.Organization);
        conference.HasMany<Amendment>().WithOne().HasForeignKey(a => a.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        conference.Ignore(c => c.OwningUnitId);
    }
}

public sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> amendment)
    {
        amendment.Property(a => a.Reason).HasMaxLength(Amendment.MaxReasonLength).IsRequired();
        amendment.Property(a => a.Summary).HasMaxLength(Amendment.MaxSummaryLength).IsRequired();
        amendment.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        amendment.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        amendment.HasIndex(a => new { a.ConferenceId, a.AtUtc });
    }
}

public sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> legalBasis)
    {
        legalBasis.Property(l => l.Number).HasMaxLength(100).IsRequired();
        legalBasis.Property(l => l.IssuingBody).HasMaxLength(300).IsRequired();
        legalBasis.Property(l => l.DocumentType).HasMaxLength(100);
        legalBasis.Property(l => l.Title).HasMaxLength(1000).IsRequired();
        legalBasis.Property(l => l.SearchText).HasMaxLength(1500).IsRequired();
        legalBasis.HasIndex(l => l.Number);
        legalBasis.HasOne(l => l.Unit).WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        legalBasis.Ignore(l => l.Citation);
        legalBasis.Ignore(l => l.OwningUnitId);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        person.Property(p => p.Position).HasMaxLength(300);
        person.Property(p => p.SearchText).HasMaxLength(600).IsRequired();
        person.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        person.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        person.HasIndex(p => new { p.UnitId, p.SearchText });
        person.Ignore(p => p.OwningUnitId);
    }
}

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> topic)
    {
        topic.Property(t => t.Name).HasMaxLength(200).IsRequired();
        topic.Property(t => t.SearchText).HasMaxLength(300).IsRequired();
        topic.HasIndex(t => t.UnitId);
        topic.HasOne(t => t.Unit).WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        topic.Ignore(t => t.OwningUnitId);
    }
}

public sealed class ConferenceLegalBasisConfiguration : IEntityTypeConfiguration<ConferenceLegalBasis>
{
    public void Configure(EntityTypeBuilder<ConferenceLegalBasis> link)
    {
        link.HasOne(l => l.LegalBasis).WithMany().HasForeignKey(l => l.LegalBasisId).OnDelete(DeleteBehavior.Restrict);
        link.Property(l => l.CitedLegalBasis).HasMaxLength(CitedLength.LegalBasis);
        ConferencePartMapping.Apply(link);
    }
}

public sealed class ConferenceParticipantConfiguration : IEntityTypeConfiguration<ConferenceParticipant>
{
    public void Configure(EntityTypeBuilder<ConferenceParticipant> participant)
    {
        participant.Property(p => p.PositionHeld).HasMaxLength(300);
        participant.Property(p => p.CitedPerson).HasMaxLength(CitedLength.Person);
        participant.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        ConferencePartMapping.Apply(participant);
    }
}

public sealed class ConferenceOrganizationConfiguration : IEntityTypeConfiguration<ConferenceOrganization>
{
    public void Configure(EntityTypeBuilder<ConferenceOrganization> link)
    {
        link.HasOne(l => l.Organization).WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        link.Property(l => l.CitedOrganization).HasMaxLength(CitedLength.Organization);
        ConferencePartMapping.Apply(link);
    }
}

public sealed class SpeechConfiguration : IEntityTypeConfiguration<Speech>
{
    public void Configure(EntityTypeBuilder<Speech> speech)
    {
        speech.Property(s => s.PositionHeld).HasMaxLength(300);
        speech.Property(s => s.Summary).HasMaxLength(8000).IsRequired();
        speech.Property(s => s.CitedPerson).HasMaxLength(CitedLength.Person);
        speech.Property(s => s.CitedOrganization).HasMaxLength(CitedLength.Organization);
        speech.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        speech.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        ConferencePartMapping.Apply(speech);
    }
}

public sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> petition)
    {
        petition.Property(p => p.Content).HasMaxLength(4000).IsRequired();
        petition.Property(p => p.OnTheSpotAnswer).HasMaxLength(4000);
        petition.Property(p => p.RaiserEmail).HasMaxLength(256);
        petition.Property(p => p.CitedRaisedByPerson).HasMaxLength(CitedLength.Person);
        petition.Property(p => p.CitedRaisedByOrganization).HasMaxLength(CitedLength.Organization);
        petition.Property(p => p.CitedRaisedByUnit).HasMaxLength(CitedLength.Unit);
        petition.Property(p => p.CitedTopic).HasMaxLength(CitedLength.Topic);
        petition.Property(p => p.CitedAddressedTo).HasMaxLength(CitedLength.Organization);
        petition.Property(p => p.CitedAnsweredByPerson).HasMaxLength(CitedLength.Person);
        petition.Property(p => p.SearchText).HasMaxLength(4000).IsRequired();
        petition.HasOne(p => p.RaisedByPerson).WithMany().HasForeignKey(p => p.RaisedByPersonId).OnDelete(DeleteBehavior.Restrict);
        petition.HasOne(p => p.RaisedByOrganization).WithMany().HasForeignKey(p => p.RaisedByOrganizationId).OnDelete(DeleteBehavior.Restrict);
        petition.HasOne(p => p.RaisedByUnit).WithMany().HasForeignKey(p => p.RaisedByUnitId).OnDelete(DeleteBehavior.Restrict);
        petition.HasOne(p => p.Topic).WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Restrict);
        petition.HasOne(p => p.AddressedTo).WithMany().HasForeignKey(p => p.AddressedToId).OnDelete(DeleteBehavior.Restrict);
        petition.HasOne(p => p.AnsweredByPerson).WithMany().HasForeignKey(p => p.AnsweredByPersonId).OnDelete(DeleteBehavior.Restrict);
        petition.HasIndex(p => new { p.UnitId, p.Kind });
        // The topic list counts a topic's petitions from this index alone (no row read to see whether it was deleted).
        petition.HasIndex(p => new { p.TopicId, p.IsDeleted });
        // Dashboards count a conference's petitions by kind and topic from this index alone.
        petition.HasIndex(p => new { p.ConferenceId, p.IsDeleted, p.Kind, p.TopicId }).HasDatabaseName("IX_Petitions_Dashboard");
        petition.Ignore(p => p.AnsweredOnTheSpot);
        ConferencePartMapping.Apply(petition);
    }
}

public sealed class ConclusionItemConfiguration : IEntityTypeConfiguration<ConclusionItem>
{
    public void Configure(EntityTypeBuilder<ConclusionItem> item)
    {
        item.Property(i => i.Content).HasMaxLength(4000).IsRequired();
        item.Property(i => i.SearchText).HasMaxLength(4000).IsRequired();
        item.Property(i => i.CitedResponsibleOrganization).HasMaxLength(CitedLength.Organization);
        item.HasOne(i => i.ResponsibleOrganization).WithMany().HasForeignKey(i => i.ResponsibleOrganizationId).OnDelete(DeleteBehavior.Restrict);
        item.HasIndex(i => i.Deadline);
        item.HasMany(i => i.Coordinators).WithOne().HasForeignKey(c => c.ConclusionItemId);
        ConferencePartMapping.Apply(item);
    }
}

/// <summary>Lengths of the kept citations: the catalogue's own lengths, and for units and legal bases the label or date around them.</summary>
internal static class CitedLength
{
    public const int LegalBasis = 1600;
    public const int Person = 200;
    public const int Organization = 300;
    public const int Topic = 200;
    public const int Unit = 300;
}

/// <summary>What every part of a conference shares: its unit (for scope) and the ignored helpers.</summary>
internal static class ConferencePartMapping
{
    public static void Apply<T>(EntityTypeBuilder<T> part) where T : ConferencePart
    {
        part.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        part.HasIndex(p => p.ConferenceId);
        part.HasIndex(p => p.UnitId);
        part.Ignore(p => p.OwningUnitId);
        part.Ignore(p => p.AuditRootType);
        part.Ignore(p => p.AuditRootId);
    }
}
