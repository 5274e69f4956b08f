using System.Globalization;
using System.Net.Mail;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Notices;

public sealed record ScanResult(int NoticesCreated, int EmailsSent);

/// <summary>
/// Finds open items that are overdue or due soon, records one notice per item, kind and deadline, then
/// e-mails every notice not yet e-mailed. The notice table is the outbox: a crash between the two steps
/// sends on the next scan, and the unique index makes a repeated scan (a restart, a second node) harmless.
/// </summary>
public sealed class NoticeScanner(AppDbContext db, IEmailSender email, TimeProvider clock, IConfiguration configuration, ILogger<NoticeScanner> logger)
{
    private readonly Dictionary<int, IReadOnlyList<EmailRecipient>> _recipientsByUnit = [];

    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        var created = await RecordNoticesAsync(cancellationToken);
        var sent = await SendPendingAsync(cancellationToken);
        logger.LogInformation("Notice scan done: {NoticesCreated} notices created, {EmailsSent} e-mails sent", created, sent);
        return new ScanResult(created, sent);
    }

    private async Task<int> RecordNoticesAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var dueSoonUntil = today.AddDays(Deadlines.DueSoonDays);
        // Only the open items inside the window whose notice for this kind and deadline is still missing.
        var due = await db.FollowUps.AsNoTracking()
            .Where(f => f.MergedIntoId == null && db.Conferences.Any(c => c.Id == f.ConferenceId))
            .Where(f => !f.IsDeleted && FollowUpStateMachine.OpenStates.Contains(f.State) && f.Deadline != null && f.Deadline <= dueSoonUntil)
            .Where(f => !db.FollowUpNotices.Any(n => n.FollowUpItemId == f.Id && n.Deadline == f.Deadline
                && n.Kind == (f.Deadline < today ? NoticeKind.Overdue : NoticeKind.DueSoon)))
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.State, f.Deadline })
            .ToListAsync(cancellationToken);

        var created = 0;
        foreach (var item in due)
        {
            NoticeKind? kind = Deadlines.IsOverdue(item.State, item.Deadline, today) ? NoticeKind.Overdue
                : Deadlines.IsDueSoon(item.State, item.Deadline, today) ? NoticeKind.DueSoon
                : null;
            if (kind is null) continue;
            if (await TryRecordAsync(item.Id, kind.Value, item.Deadline!.Value, cancellationToken)) created++;
        }
        return created;
    }

    /// <summary>Inserts one notice; false when another scan got there first (the unique index refused it).</summary>
    private async Task<bool> TryRecordAsync(int itemId, NoticeKind kind, DateOnly deadline, CancellationToken cancellationToken)
    {
        var notice = new FollowUpNotice { FollowUpItemId = itemId, Kind = kind, Deadline = deadline, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.FollowUpNotices.Add(notice);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Notice {NoticeKind} recorded for follow-up {FollowUpId}, deadline {Deadline}", kind, itemId, deadline);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(notice).State = EntityState.Detached;
            var exists = await db.FollowUpNotices.AnyAsync(n => n.FollowUpItemId == itemId && n.Kind == kind && n.Deadline == deadline, cancellationToken);
            if (!exists) throw;
            logger.LogInformation("Notice {NoticeKind} for follow-up {FollowUpId} was already recorded by another scan", kind, itemId);
            return false;
        }
    }

    private async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.FollowUpNotices.AsNoTracking()
            .Where(n => n.EmailedAtUtc == null)
            .OrderBy(n => n.Id)
            .Select(n => new PendingNotice(n.Id, n.Kind, n.Deadline, n.FollowUpItemId, n.FollowUpItem!.State, n.FollowUpItem.Deadline,
                n.FollowUpItem.ResponsibleUnitId ?? n.FollowUpItem.UnitId,
                FollowUpItem.ContentOf(n.FollowUpItem),
                n.FollowUpItem.ResponsibleOrganization!.Name))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var notice in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Closed or re-dated since the notice was written: nobody needs the mail any more.
            var stale = !FollowUpStateMachine.IsOpen(notice.State) || notice.ItemDeadline != notice.Deadline;
            var recipients = stale ? [] : await RecipientsAsync(notice.UnitId, cancellationToken);
            var delivered = false;
            if (recipients.Count > 0)
            {
                try
                {
                    delivered = await email.SendAsync(Compose(notice, recipients), cancellationToken);
                }
                catch (SmtpException exception)
                {
                    // Left in the outbox: the next scan tries again.
                    logger.LogWarning(exception, "E-mail for notice {NoticeId} (follow-up {FollowUpId}) failed; it stays pending", notice.Id, notice.ItemId);
                    continue;
                }
            }
            if (delivered) sent++;
            else if (stale) logger.LogInformation("Notice {NoticeId} is stale (follow-up {FollowUpId} closed or re-dated); marked without e-mail", notice.Id, notice.ItemId);
            else if (recipients.Count == 0) logger.LogInformation("Notice {NoticeId}: no staff with an e-mail in unit {UnitId}; marked without e-mail", notice.Id, notice.UnitId);

            // Marked at once, message by message, so a crash later in the loop never sends this one twice. Marking after
            // sending (not claiming before) is at least once: two nodes in the same second may both mail, but none is lost.
            var now = clock.GetUtcNow().UtcDateTime;
            var count = delivered ? recipients.Count : 0;
            await db.FollowUpNotices.Where(n => n.Id == notice.Id && n.EmailedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAtUtc, now).SetProperty(n => n.EmailRecipients, count), cancellationToken);
        }
        return sent;
    }

    private async Task<IReadOnlyList<EmailRecipient>> RecipientsAsync(int unitId, CancellationToken cancellationToken)
    {
        if (_recipientsByUnit.TryGetValue(unitId, out var cached)) return cached;
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && u.Email != null && u.Email != "")
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && AccessPolicy.NoticeRecipients.Contains(r.Name!))))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Email, u.FullName, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        // Locked accounts are not active; the lockout end is compared here since SQLite cannot compare offsets.
        var now = clock.GetUtcNow();
        IReadOnlyList<EmailRecipient> active = staff.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new EmailRecipient(u.Email!, u.FullName)).ToList();
        _recipientsByUnit[unitId] = active;
        return active;
    }

    private OutgoingEmail Compose(PendingNotice notice, IReadOnlyList<EmailRecipient> recipients)
    {
        var baseUrl = PortalAddress.BaseUrl(configuration);
        var content = string.Join(' ', notice.Content.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var shortContent = content.Length <= 80 ? content : content[..79].TrimEnd() + "…";
        var kind = notice.Kind.Label();
        var deadline = notice.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var lead = notice.Kind == NoticeKind.Overdue
            ? $"Nội dung sau đã quá thời hạn xử lý (hạn ngày {deadline}) mà chưa có kết quả."
            : $"Nội dung sau sắp đến hạn xử lý (hạn ngày {deadline}).";
        var body = $"""
            Kính gửi đồng chí,

            {lead}

            Nội dung: {content}
            Cơ quan chủ trì: {notice.Responsible ?? "Chưa giao"}
            Thời hạn: {deadline}

            Xem và cập nhật tiến độ: {baseUrl}/FollowUps/Details/{notice.ItemId}

            Thư này do hệ thống DoiThoai gửi tự động; xin đừng trả lời thư.
            """.ReplaceLineEndings("\r\n");
        return new OutgoingEmail(recipients, $"[DoiThoai] {kind}: {shortContent}", body);
    }

    private sealed record PendingNotice(long Id, NoticeKind Kind, DateOnly Deadline, int ItemId, FollowUpState State, DateOnly? ItemDeadline,
        int UnitId, string Content, string? Responsible);
}
