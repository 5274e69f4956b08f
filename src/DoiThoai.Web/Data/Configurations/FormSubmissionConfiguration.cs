using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> submission)
    {
        // The key is unique: of two concurrent posts of one form, the second insert fails and its whole save rolls back.
        submission.HasKey(s => s.Key);
        submission.Property(s => s.Key).HasMaxLength(32).IsUnicode(false);
        submission.Property(s => s.Answer).HasMaxLength(2048);
        submission.HasIndex(s => s.CreatedAtUtc);
    }
}
