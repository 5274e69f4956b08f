using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Features.PersonalData;

/// <summary>Settings of section "PersonalData".</summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    /// <summary>How long raisers' names and contacts are kept, counted from the conference day or the day a question was sent.</summary>
    public int RetentionDays { get; set; } = 1825;

    /// <summary>Unset means on, except in the "Testing" environment, where tests run the removal themselves.</summary>
    public bool? Enabled { get; set; }
}

/// <summary>What one run removed.</summary>
public sealed record RetentionResult(int Questions, int Petitions, int RaiserEntries, int Notices);

/// <summary>
/// Removes raisers' names and contacts from the record once the retention period is over (Nghị định 13/2023/NĐ-CP),
/// while the petitions, their content, codes and answers stay: the sender's name, residential group, e-mail, phone
/// and photo on a question sent before; the raiser entry made for that sender; the raiser's e-mail on a petition; the
/// addresses a raiser notice went to. Written with bulk updates in batches on purpose: an audited change would copy
/// the very values it removes into the history (ADR 0022, ADR 0003).
/// </summary>
public sealed class PersonalDataRetention(AppDbContext db, IOptions<PersonalDataOptions> options, TimeProvider clock, FileStore files,
    ILogger<PersonalDataRetention> logger)
{
    public const int BatchSize = 2000;
    public const string RemovedName = "Người dân (đã xóa thông tin cá nhân)";

    public async Task<RetentionResult> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = Math.Max(1, options.Value.RetentionDays);
        var cutoffUtc = now.AddDays(-days);
        var cutoffDay = VietnamTime.Today(clock).AddDays(-days);

        int questions = 0, people = 0, petitions = 0, notices = 0;
        while (await db.SentQuestions.IgnoreQueryFilters().Where(q => q.PersonalDataRemovedAtUtc == null && q.SentAtUtc < cutoffUtc)
                   .OrderBy(q => q.Id).Take(BatchSize).Select(q => new { q.Id, q.PersonId, q.PhotoStoredName }).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            var ids = batch.Select(q => q.Id).ToList();
            var personIds = batch.Where(q => q.PersonId != null).Select(q => q.PersonId!.Value).ToList();
            questions += await db.SentQuestions.IgnoreQueryFilters().Where(q => ids.Contains(q.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(q => q.SenderName, (string?)null).SetProperty(q => q.ResidentialGroup, (string?)null)
                .SetProperty(q => q.Email, (string?)null).SetProperty(q => q.Phone, (string?)null)
                .SetProperty(q => q.PhotoStoredName, (string?)null).SetProperty(q => q.PhotoContentType, (string?)null)
                .SetProperty(q => q.PersonalDataRemovedAtUtc, now), cancellationToken);
            people += await db.People.IgnoreQueryFilters().Where(p => personIds.Contains(p.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.FullName, RemovedName).SetProperty(p => p.Position, (string?)null)
                .SetProperty(p => p.SearchText, VietnameseText.Fold(RemovedName)), cancellationToken);
            foreach (var photo in batch.Where(q => q.PhotoStoredName != null)) files.Delete(photo.PhotoStoredName!);
        }

        while (await db.Petitions.IgnoreQueryFilters().Where(p => p.RaiserEmail != null && p.Conference!.HeldOn < cutoffDay)
                   .OrderBy(p => p.Id).Take(BatchSize).Select(p => p.Id).ToListAsync(cancellationToken) is { Count: > 0 } ids)
            petitions += await db.Petitions.IgnoreQueryFilters().Where(p => ids.Contains(p.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.RaiserEmail, (string?)null), cancellationToken);

        while (await db.RaiserNotices.Where(n => n.Recipients != "" && n.SentAtUtc != null && n.CreatedAtUtc < cutoffUtc)
                   .OrderBy(n => n.Id).Take(BatchSize).Select(n => n.Id).ToListAsync(cancellationToken) is { Count: > 0 } ids)
            notices += await db.RaiserNotices.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.Recipients, ""), cancellationToken);

        var result = new RetentionResult(questions, petitions, people, notices);
        if (questions + petitions + people + notices > 0)
            logger.LogInformation("Personal data past {RetentionDays} days removed: {Questions} questions, {Petitions} petitions, {RaiserEntries} raiser entries, {Notices} notices",
                days, questions, petitions, people, notices);
        return result;
    }
}
