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
/// What a save does besides writing the rows (record rules, citations, amendments, audit, figures, the form key)
/// is done by the interceptors listed in <see cref="SaveTimeWork"/> (ADR 0011).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
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
    public DbSet<ConclusionItemCoordinator> ConclusionItemCoordinators => Set<ConclusionItemCoordinator>();
    public DbSet<CitedFigure> CitedFigures => Set<CitedFigure>();
    public DbSet<MinutesFinding> MinutesFindings => Set<MinutesFinding>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<Domain.FollowUp.FollowUpItem> FollowUps => Set<Domain.FollowUp.FollowUpItem>();
    public DbSet<Domain.FollowUp.FollowUpEvent> FollowUpEvents => Set<Domain.FollowUp.FollowUpEvent>();
    public DbSet<Domain.FollowUp.FollowUpAttachment> FollowUpAttachments => Set<Domain.FollowUp.FollowUpAttachment>();
    public DbSet<Domain.FollowUp.FollowUpNotice> FollowUpNotices => Set<Domain.FollowUp.FollowUpNotice>();
    public DbSet<Domain.FollowUp.NoticeReading> NoticeReadings => Set<Domain.FollowUp.NoticeReading>();
    public DbSet<Domain.FollowUp.NoticeReadMark> NoticeReadMarks => Set<Domain.FollowUp.NoticeReadMark>();
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
    public DbSet<UnitMonthFigures> UnitMonthFigures => Set<UnitMonthFigures>();
    public DbSet<UnitMonthTopicFigures> UnitMonthTopicFigures => Set<UnitMonthTopicFigures>();
    public DbSet<UnitYearTopicFigures> UnitYearTopicFigures => Set<UnitYearTopicFigures>();
    public DbSet<ConferenceBodyFigures> ConferenceBodyFigures => Set<ConferenceBodyFigures>();
    public DbSet<UnitMonthBodyFigures> UnitMonthBodyFigures => Set<UnitMonthBodyFigures>();

    public DbSet<Domain.Search.SearchEntry> SearchEntries => Set<Domain.Search.SearchEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<PortalSecret> PortalSecrets => Set<PortalSecret>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();
    public DbSet<Domain.Public.ConferenceAnnouncement> Announcements => Set<Domain.Public.ConferenceAnnouncement>();
    public DbSet<Domain.Public.SentQuestion> SentQuestions => Set<Domain.Public.SentQuestion>();
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

    /// <summary>
    /// Records an event that is not a field change (a lock, a reset, a merge). Saved with the next SaveChanges,
    /// which stamps it with the user and the time (<see cref="AuditInterceptor"/>).
    /// </summary>
    public void AddAuditEvent(string entityType, string entityId, int? unitId, string note) =>
        AuditEntries.Add(new AuditEntry
        {
            EntityType = entityType,
            EntityId = entityId,
            RootKey = AuditEntry.Key(entityType, entityId),
            UnitId = unitId,
            Action = AuditAction.Event,
            Note = note,
        });
}
