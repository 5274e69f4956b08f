using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class ConferenceFiguresConfiguration : IEntityTypeConfiguration<ConferenceFigures>
{
    public void Configure(EntityTypeBuilder<ConferenceFigures> figures)
    {
        figures.HasKey(f => f.ConferenceId);
        figures.Property(f => f.ConferenceId).ValueGeneratedNever();
        figures.HasOne<Conference>().WithOne().HasForeignKey<ConferenceFigures>(f => f.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        // Dashboards read a unit's period in one range of this index.
        figures.HasIndex(f => new { f.UnitId, f.HeldOn });
        // The dashboard's longest overdue items: the overdue conferences walked in order of earliest open deadline, the
        // unit and date tested from the index itself (ADR 0024).
        figures.HasIndex(f => new { f.EarliestOpenDeadline, f.UnitId, f.HeldOn });
    }
}

public sealed class UnitMonthFiguresConfiguration : IEntityTypeConfiguration<UnitMonthFigures>
{
    public void Configure(EntityTypeBuilder<UnitMonthFigures> figures)
    {
        // The key is also the order a multi-year dashboard reads a unit's months in. Like the conference figures, the
        // unit is a copy, not a reference: the rows are rebuilt from the conferences, never edited.
        figures.HasKey(f => new { f.UnitId, f.Month });
    }
}

public sealed class UnitMonthTopicFiguresConfiguration : IEntityTypeConfiguration<UnitMonthTopicFigures>
{
    public void Configure(EntityTypeBuilder<UnitMonthTopicFigures> figures)
    {
        // Covers the topic count and the verdicts per topic of a unit's months.
        figures.HasIndex(f => new { f.UnitId, f.Month, f.TopicId, f.Count, f.Judged, f.Settled });
        // Covers the topic list's counts: a topic's months in one range, whatever units the scope holds (ADR 0024).
        figures.HasIndex(f => new { f.TopicId, f.Count });
    }
}

public sealed class UnitYearTopicFiguresConfiguration : IEntityTypeConfiguration<UnitYearTopicFigures>
{
    // Covers the topic count and the verdicts per topic of a unit's whole years.
    public void Configure(EntityTypeBuilder<UnitYearTopicFigures> figures) =>
        figures.HasIndex(f => new { f.UnitId, f.Year, f.TopicId, f.Count, f.Judged, f.Settled });
}

public sealed class ConferenceTopicFiguresConfiguration : IEntityTypeConfiguration<ConferenceTopicFigures>
{
    public void Configure(EntityTypeBuilder<ConferenceTopicFigures> figures)
    {
        figures.HasOne<Conference>().WithMany().HasForeignKey(f => f.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        figures.HasIndex(f => f.ConferenceId);
        // Covers the topic count and the verdicts per topic of a unit's period.
        figures.HasIndex(f => new { f.UnitId, f.HeldOn, f.TopicId, f.Count, f.Judged, f.Settled });
    }
}

public sealed class ConferenceBodyFiguresConfiguration : IEntityTypeConfiguration<ConferenceBodyFigures>
{
    public void Configure(EntityTypeBuilder<ConferenceBodyFigures> figures)
    {
        figures.HasOne<Conference>().WithMany().HasForeignKey(f => f.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        figures.HasIndex(f => f.ConferenceId);
        // Covers the verdicts per body of a unit's period. The body is a copy, not a reference, like the unit.
        figures.HasIndex(f => new { f.UnitId, f.HeldOn, f.ResponsibleOrganizationId, f.Judged, f.Settled });
    }
}

public sealed class UnitMonthBodyFiguresConfiguration : IEntityTypeConfiguration<UnitMonthBodyFigures>
{
    public void Configure(EntityTypeBuilder<UnitMonthBodyFigures> figures)
    {
        // Covers the verdicts per body of a unit's months.
        figures.HasIndex(f => new { f.UnitId, f.Month, f.ResponsibleOrganizationId, f.Judged, f.Settled });
    }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}
