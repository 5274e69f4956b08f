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
    }
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

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}
