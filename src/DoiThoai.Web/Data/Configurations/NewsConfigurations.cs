using DoiThoai.Web.Domain.News;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoiThoai.Web.Data.Configurations;

public sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> post)
    {
        post.Property(p => p.Title).HasMaxLength(300).IsRequired();
        post.Property(p => p.Slug).HasMaxLength(120).IsRequired();
        post.Property(p => p.Lead).HasMaxLength(1000).IsRequired();
        post.Property(p => p.BodyHtml).IsRequired();
        post.Property(p => p.AuthorLine).HasMaxLength(300).IsRequired();
        post.Property(p => p.Tags).HasMaxLength(600).IsRequired();
        post.Property(p => p.SearchText).IsRequired();
        post.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        post.HasOne(p => p.Conference).WithMany().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        post.HasMany(p => p.Photos).WithOne().HasForeignKey(p => p.NewsPostId).OnDelete(DeleteBehavior.Cascade);
        // A slug stays taken by a removed post, so an old address never shows a different post.
        post.HasIndex(p => p.Slug).IsUnique();
        post.HasIndex(p => new { p.State, p.PublishAtUtc });
        post.HasIndex(p => new { p.UnitId, p.State });
        // The desk's orders (last edited, published) walk these newest first and test the deleted flag, the unit and
        // the state inside the index, so a page reads no post and the count reads the index alone.
        post.HasIndex(p => new { p.UpdatedAtUtc, p.IsDeleted, p.UnitId, p.State });
        post.HasIndex(p => new { p.PublishAtUtc, p.IsDeleted, p.UnitId, p.State });
        post.Ignore(p => p.OwningUnitId);
        post.Ignore(p => p.TagList);
    }
}

public sealed class NewsPhotoConfiguration : IEntityTypeConfiguration<NewsPhoto>
{
    public void Configure(EntityTypeBuilder<NewsPhoto> photo)
    {
        photo.Property(p => p.StoredName).HasMaxLength(100).IsRequired();
        photo.Property(p => p.ContentType).HasMaxLength(50).IsRequired();
        photo.Property(p => p.Caption).HasMaxLength(500).IsRequired();
        photo.HasIndex(p => p.StoredName).IsUnique();
        photo.Ignore(p => p.OwningUnitId);
        photo.Ignore(p => p.AuditRootType);
        photo.Ignore(p => p.AuditRootId);
    }
}

public sealed class NewsCommentConfiguration : IEntityTypeConfiguration<NewsComment>
{
    public void Configure(EntityTypeBuilder<NewsComment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(100).IsRequired();
        comment.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        comment.HasOne(c => c.NewsPost).WithMany().HasForeignKey(c => c.NewsPostId).OnDelete(DeleteBehavior.Cascade);
        comment.HasIndex(c => new { c.NewsPostId, c.State });
        comment.HasIndex(c => new { c.UnitId, c.State });
        comment.Ignore(c => c.OwningUnitId);
        comment.Ignore(c => c.AuditRootType);
        comment.Ignore(c => c.AuditRootId);
    }
}

public sealed class NewsPollConfiguration : IEntityTypeConfiguration<NewsPoll>
{
    public void Configure(EntityTypeBuilder<NewsPoll> poll)
    {
        poll.Property(p => p.Question).HasMaxLength(300).IsRequired();
        poll.HasOne<Domain.AdministrativeUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        poll.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.NewsPollId).OnDelete(DeleteBehavior.Cascade);
        poll.Ignore(p => p.OwningUnitId);
    }
}

public sealed class NewsPollOptionConfiguration : IEntityTypeConfiguration<NewsPollOption>
{
    public void Configure(EntityTypeBuilder<NewsPollOption> option) =>
        option.Property(o => o.Text).HasMaxLength(200).IsRequired();
}

public sealed class NewsPollVoteConfiguration : IEntityTypeConfiguration<NewsPollVote>
{
    public void Configure(EntityTypeBuilder<NewsPollVote> vote)
    {
        // The guarantee of one vote per visitor: a second insert for the same poll and visitor fails.
        vote.HasIndex(v => new { v.NewsPollId, v.VisitorId }).IsUnique();
        // And one vote per client address: a script that drops its cookie still comes from the same address.
        vote.Property(v => v.AddressHash).HasMaxLength(NewsPollVote.AddressHashLength).IsUnicode(false);
        vote.HasIndex(v => new { v.NewsPollId, v.AddressHash }).IsUnique();
        vote.HasOne<NewsPoll>().WithMany().HasForeignKey(v => v.NewsPollId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<NewsPollOption>().WithMany().HasForeignKey(v => v.NewsPollOptionId).OnDelete(DeleteBehavior.Restrict);
        vote.HasIndex(v => v.NewsPollOptionId);
    }
}

public sealed class PortalSecretConfiguration : IEntityTypeConfiguration<Domain.PortalSecret>
{
    public void Configure(EntityTypeBuilder<Domain.PortalSecret> secret)
    {
        secret.HasKey(s => s.Name);
        secret.Property(s => s.Name).HasMaxLength(100);
        secret.Property(s => s.ProtectedValue).HasMaxLength(2000).IsUnicode(false).IsRequired();
    }
}

public sealed class SiteCounterConfiguration : IEntityTypeConfiguration<SiteCounter>
{
    public void Configure(EntityTypeBuilder<SiteCounter> counter)
    {
        counter.HasKey(c => c.Name);
        counter.Property(c => c.Name).HasMaxLength(50);
    }
}
