using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

/// <summary>
/// The words index's rows (ADR 0019). The full-text index over <c>Tags</c> and <c>Text</c> is not part of the model:
/// it is made by the hand-written migrations <c>SearchFullTextIndex</c> of each provider (FTS5 table and triggers on
/// SQLite, a FULLTEXT index on SQL Server).
/// </summary>
public sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> entry)
    {
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.Tags).HasMaxLength(400).IsRequired();
        entry.Property(e => e.Text).IsRequired();
        entry.HasOne<Conference>().WithMany().HasForeignKey(e => e.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        // Every save replaces a conference's entries: one range of this index.
        entry.HasIndex(e => e.ConferenceId);
    }
}
