using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

/// <summary>Lengths of what the minutes record beside their rows (cited figures, results and limitations).</summary>
internal static class RecordLength
{
    public const int What = 500;
    public const int Source = 500;
    public const int FindingContent = 4000;
    public const int Figure = 200;

    /// <summary>The findings' text kept for the conference's search; longer text is searched by its beginning.</summary>
    public const int FindingsText = Conference.MaxFindingsText;
}

public sealed class CitedFigureConfiguration : IEntityTypeConfiguration<CitedFigure>
{
    public void Configure(EntityTypeBuilder<CitedFigure> figure)
    {
        figure.Property(f => f.What).HasMaxLength(RecordLength.What).IsRequired();
        figure.Property(f => f.Source).HasMaxLength(RecordLength.Source);
        ConferencePartMapping.Apply(figure);
    }
}

public sealed class MinutesFindingConfiguration : IEntityTypeConfiguration<MinutesFinding>
{
    public void Configure(EntityTypeBuilder<MinutesFinding> finding)
    {
        finding.Property(f => f.Content).HasMaxLength(RecordLength.FindingContent).IsRequired();
        finding.Property(f => f.Figure).HasMaxLength(RecordLength.Figure);
        ConferencePartMapping.Apply(finding);
    }
}

public sealed class ConclusionItemCoordinatorConfiguration : IEntityTypeConfiguration<ConclusionItemCoordinator>
{
    public void Configure(EntityTypeBuilder<ConclusionItemCoordinator> coordinator)
    {
        coordinator.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        coordinator.HasIndex(c => new { c.ConclusionItemId, c.OrganizationId }).IsUnique();
    }
}
