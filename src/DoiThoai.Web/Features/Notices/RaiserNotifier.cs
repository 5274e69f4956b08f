using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Notices;

/// <summary>
/// Tells whoever raised an item (the raising body's e-mail, and the raiser's own where recorded, for the
/// item and every item merged into it) that it was answered or closed. A notice is queued in the same
/// save as the transition, at most once per item and kind, then sent like an outbox: right after the
/// save, and again by the background scan if the mail server was down.
/// </summary>
public sealed class RaiserNotifier(AppDbContext db, IEmailSender email, TimeProvider clock, ILogger<RaiserNotifier> logger, IConfiguration configuration)
{
    /// <summary>Adds the notice to the unit of work when there is someone to tell and they were not told yet.</summary>
    public async Task QueueAsync(FollowUpItem item, RaiserNoticeKind kind)
    {
        if (db.RaiserNotices.Local.Any(n => n.FollowUpItemId == item.Id && n.Kind == kind)
            || await db.RaiserNotices.AnyAsync(n => n.FollowUpItemId == item.Id && n.Kind == kind)) return;
        var recipients = await RecipientsAsync(item.Id);
        if (recipients.Count == 0) return;

        var source = await db.FollowUps.AsNoTracking().Where(f => f.Id == item.Id).Select(f => new
        {
            Content = FollowUpItem.ContentOf(f),
            Conference = f.Conference!.Title,
            f.Conference.HeldOn,
            Responsible = f.ResponsibleOrganization!.Name,
            f.Code,
        }).FirstAsync();
        var answered = kind == RaiserNoticeKind.Answered;
        db.RaiserNotices.Add(new RaiserNotice
        {
            FollowUpItemId = item.Id,
            Kind = kind,
            Recipients = string.Join("\n", recipients.Select(r => $"{r.Address}\t{r.Name}")),
            Subject = $"[DoiThoai] {(answered ? "Trả lời kiến nghị" : "Kiến nghị đã hoàn thành")}: {Shorten(source.Content, 80)}",
            Body = string.Join("\n",
                "Kính gửi quý cơ quan, quý đại biểu,",
                "",
                $"Nội dung đã nêu tại {source.Conference} ngày {source.HeldOn:dd/MM/yyyy}:",
                source.Content,
                "",
                answered
                    ? $"{FollowUpStateMachine.AnswerHeading(item.State)}{(source.Responsible is null ? "" : $" của {source.Responsible}")}:"
                    : "Nội dung đã được Mặt trận kiểm tra và đóng lại. Kết quả:",
                item.Result ?? "",
                "",
                // The item's code is the link's key: whoever holds it may look the item up and judge the answer once (ADR 0022).
                answered ? $"Xin cho biết trả lời đã giải quyết được vấn đề chưa tại: {Infrastructure.PortalAddress.BaseUrl(configuration).TrimEnd('/')}/tra-cuu?ma={source.Code}" : "",
                "",
                "Thư này được gửi tự động từ cổng DoiThoai; xin không trả lời thư này."),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>Sends what is queued and not yet sent (for these items, or all); returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(IReadOnlyCollection<int>? itemIds = null, CancellationToken cancellationToken = default)
    {
        var pending = await db.RaiserNotices.Where(n => n.SentAtUtc == null && (itemIds == null || itemIds.Contains(n.FollowUpItemId)))
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var notice in pending)
        {
            var to = notice.Recipients.Split('\n').Select(line => line.Split('\t')).Select(p => new EmailRecipient(p[0], p.Length > 1 ? p[1] : p[0])).ToList();
            try
            {
                if (!await email.SendAsync(new OutgoingEmail(to, notice.Subject, notice.Body), cancellationToken)) continue;
            }
            catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // Left pending: the background scan tries again.
                logger.LogWarning(exception, "Telling the raiser of follow-up {FollowUpId} failed; will retry", notice.FollowUpItemId);
                continue;
            }
            notice.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            sent++;
            logger.LogInformation("Raiser told ({RaiserNoticeKind}) of follow-up {FollowUpId}: {RecipientCount} recipients",
                notice.Kind, notice.FollowUpItemId, to.Count);
        }
        return sent;
    }

    /// <summary>The raising bodies' e-mails and the raisers' own, for the item and the items merged into it.</summary>
    private async Task<IReadOnlyList<EmailRecipient>> RecipientsAsync(int itemId)
    {
        var raised = await db.FollowUps.AsNoTracking()
            .Where(f => (f.Id == itemId || f.MergedIntoId == itemId) && f.Petition != null)
            .Select(f => new
            {
                OrganizationEmail = f.Petition!.RaisedByOrganization!.Email,
                OrganizationName = f.Petition.RaisedByOrganization.Name,
                f.Petition.RaiserEmail,
                PersonName = f.Petition.RaisedByPerson!.FullName,
            }).ToListAsync();
        return raised
            .SelectMany(r => new[]
            {
                string.IsNullOrWhiteSpace(r.OrganizationEmail) ? null : new EmailRecipient(r.OrganizationEmail.Trim(), r.OrganizationName ?? r.OrganizationEmail),
                string.IsNullOrWhiteSpace(r.RaiserEmail) ? null : new EmailRecipient(r.RaiserEmail.Trim(), r.PersonName ?? r.RaiserEmail),
            })
            .OfType<EmailRecipient>()
            .DistinctBy(r => r.Address.ToLowerInvariant())
            .ToList();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
