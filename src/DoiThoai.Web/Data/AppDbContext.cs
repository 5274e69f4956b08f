using System.Linq.Expressions;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// The one context for Identity and the domain. Each provider has a derived context
/// (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>) that owns its migrations.
/// Saving applies the record rules in one place: soft delete, concurrency token, search text, the
/// citations kept by final minutes and the audit trail, written in the same transaction as the change.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser, IdentityRole<int>, int>, IDataProtectionKeyContext
{
    private readonly IAuditActor _actor;
    private readonly TimeProvider _clock;
    private readonly IFormKeySource _formKeys;

    protected AppDbContext(DbContextOptions options, IAuditActor actor, TimeProvider clock, IFormKeySource formKeys) : base(options)
    {
        _actor = actor;
        _clock = clock;
        _formKeys = formKeys;
    }

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<LegalBasis> LegalBases => Set<LegalBasis>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ConferenceLegalBasis> ConferenceLegalBases => Set<ConferenceLegalBasis>();
    public DbSet<ConferenceParticipant> ConferenceParticipants => Set<ConferenceParticipant>();
    public DbSet<ConferenceOrganization> ConferenceOrganizations => Set<ConferenceOrganization>();
    public DbSet<Speech> Speeches => Set<Speech>();
    public DbSet<Petition> Petitions => Set<Petition>();
    public DbSet<ConclusionItem> ConclusionItems => Set<ConclusionItem>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<Domain.FollowUp.FollowUpItem> FollowUps => Set<Domain.FollowUp.FollowUpItem>();
    public DbSet<Domain.FollowUp.FollowUpEvent> FollowUpEvents => Set<Domain.FollowUp.FollowUpEvent>();
    public DbSet<Domain.FollowUp.FollowUpAttachment> FollowUpAttachments => Set<Domain.FollowUp.FollowUpAttachment>();
    public DbSet<Domain.FollowUp.FollowUpNotice> FollowUpNotices => Set<Domain.FollowUp.FollowUpNotice>();
    public DbSet<Domain.FollowUp.NoticeReading> NoticeReadings => Set<Domain.FollowUp.NoticeReading>();
    public DbSet<Domain.FollowUp.AnswerTemplate> AnswerTemplates => Set<Domain.FollowUp.AnswerTemplate>();
    public DbSet<Domain.FollowUp.RaiserNotice> RaiserNotices => Set<Domain.FollowUp.RaiserNotice>();
    public DbSet<Domain.News.NewsPost> NewsPosts => Set<Domain.News.NewsPost>();
    public DbSet<Domain.News.NewsPhoto> NewsPhotos => Set<Domain.News.NewsPhoto>();
    public DbSet<Domain.News.NewsComment> NewsComments => Set<Domain.News.NewsComment>();
    public DbSet<Domain.News.NewsPoll> NewsPolls => Set<Domain.News.NewsPoll>();
    public DbSet<Domain.News.NewsPollVote> NewsPollVotes => Set<Domain.News.NewsPollVote>();
    public DbSet<Domain.News.SiteCounter> SiteCounters => Set<Domain.News.SiteCounter>();
    public DbSet<Domain.Plans.DialoguePlan> DialoguePlans => Set<Domain.Plans.DialoguePlan>();
    public DbSet<Domain.Plans.PlanEntry> PlanEntries => Set<Domain.Plans.PlanEntry>();
    public DbSet<ConferenceFigures> ConferenceFigures => Set<ConferenceFigures>();
    public DbSet<ConferenceTopicFigures> ConferenceTopicFigures => Set<ConferenceTopicFigures>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<PortalSecret> PortalSecrets => Set<PortalSecret>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    // Every context, whichever code made it (the portal, the tools), expands the domain's query rules.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(QueryExpander.Instance);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(DomainRecord).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(NotDeletedFilter(entityType.ClrType));
            builder.Entity(entityType.ClrType).Property(nameof(DomainRecord.Version)).IsConcurrencyToken();
        }
    }

    private static LambdaExpression NotDeletedFilter(Type type)
    {
        var record = Expression.Parameter(type, "record");
        var isDeleted = Expression.Property(record, nameof(DomainRecord.IsDeleted));
        return Expression.Lambda(Expression.Not(isDeleted), record);
    }

    /// <summary>Records an event that is not a field change (a lock, a reset, a merge). Saved with the next SaveChanges.</summary>
    public void AddAuditEvent(string entityType, string entityId, int? unitId, string note) =>
        AuditEntries.Add(new AuditEntry
        {
            EntityType = entityType,
            EntityId = entityId,
            RootKey = AuditEntry.Key(entityType, entityId),
            UnitId = unitId,
            Action = AuditAction.Event,
            Note = note,
            UserId = _actor.UserId,
            UserName = _actor.UserName,
            AtUtc = _clock.GetUtcNow().UtcDateTime,
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// The first save of a form post writes the form's one-time key in the same transaction (ADR 0008). When another
    /// post of the same form saved first, the key's unique index fails this save, nothing of it is written, and
    /// <see cref="FormAlreadySubmittedException"/> lets the caller answer as the first post did.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var claim = _formKeys.IsClaimed || _formKeys.Current is not { } current ? null
            : ChangeTracker.Entries<FormSubmission>().FirstOrDefault(e => e.Entity.Key == current.Key)?.Entity
              ?? FormSubmissions.Add(new FormSubmission { Key = current.Key, UserId = current.UserId, CreatedAtUtc = now }).Entity;
        try
        {
            var count = await SaveWithRecordRulesAsync(now, acceptAllChangesOnSuccess, cancellationToken);
            if (claim is not null) _formKeys.MarkClaimed();
            return count;
        }
        catch (DbUpdateException e) when (claim is not null && e is not DbUpdateConcurrencyException)
        {
            Entry(claim).State = EntityState.Detached;
            if (await FormSubmissions.AsNoTracking().AnyAsync(s => s.Key == claim.Key, cancellationToken))
                throw new FormAlreadySubmittedException(claim.Key, e);
            throw;
        }
    }

    private async Task<int> SaveWithRecordRulesAsync(DateTime now, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        // Before the record rules, so that rows given their citations get a new version like any change.
        await FinalCitations.TakeAsync(this, cancellationToken);
        ApplyRecordRules(now);

        var pending = AuditTrail.Collect(ChangeTracker, _actor, now);
        var touched = ConferenceFiguresBuilder.Collect(ChangeTracker);
        if (pending.Count == 0 && !touched.Any)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // Keys of added records exist only after the first save; the audit entries and the conferences' figures
        // are written by a second save in the same transaction.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await ConferenceFiguresBuilder.LockAsync(this, touched.KnownIds, cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(pending.Select(p => p.Complete()));
            await ConferenceFiguresBuilder.RebuildAsync(this, touched.AfterSave(), cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
            // Figures are rewritten from the database each time; tracked copies would collide with the next rebuild.
            foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is Domain.Conferences.ConferenceFigures or Domain.Conferences.ConferenceTopicFigures).ToList())
                entry.State = EntityState.Detached;
        }
    }

    private void ApplyRecordRules(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries<DomainRecord>())
        {
            if (entry.State == EntityState.Deleted)
            {
                // Domain records are never removed: they are hidden and stay in the history.
                entry.State = EntityState.Modified;
                entry.Entity.IsDeleted = true;
                entry.Entity.DeletedAtUtc = now;
            }

            if (entry.State == EntityState.Modified) entry.Entity.Version = Guid.NewGuid();
        }

        foreach (var entry in ChangeTracker.Entries<IHasSearchText>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshSearchText();
        }
    }
}
