using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Features.Notices;

/// <summary>One plain-text message to one or more people.</summary>
public sealed record OutgoingEmail(IReadOnlyList<EmailRecipient> To, string Subject, string Body);

public sealed record EmailRecipient(string Address, string Name);

public interface IEmailSender
{
    /// <summary>True when the message was handed over (to the server or the pickup folder); false when e-mail is not configured.</summary>
    Task<bool> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>
/// Settings of section "Email". The password comes from the environment or user secrets
/// (<c>Email__Password</c>), never from appsettings.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "doithoai@localhost";

    /// <summary>When set, messages are written there as .eml files instead of being sent (Development).</summary>
    public string? PickupFolder { get; set; }
}

/// <summary>Sends through SMTP with System.Net.Mail, or writes .eml files to a pickup folder.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<bool> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host) && string.IsNullOrWhiteSpace(settings.PickupFolder))
        {
            // Not configured is not an error to retry: the caller marks the notice, so the outbox does not
            // try the same message at every scan; the in-app notice still tells the staff.
            logger.LogWarning("E-mail is not configured (Email:Host or Email:PickupFolder); {Subject} was not sent", email.Subject);
            return false;
        }

        using var message = new MailMessage
        {
            From = new MailAddress(settings.From, "DoiThoai", Encoding.UTF8),
            Subject = email.Subject,
            Body = email.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            // Base64 keeps every Vietnamese letter intact through any relay.
            BodyTransferEncoding = TransferEncoding.Base64,
        };
        foreach (var recipient in email.To) message.To.Add(new MailAddress(recipient.Address, recipient.Name, Encoding.UTF8));

        using var client = CreateClient(settings);
        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("E-mail {Subject} handed to {Delivery} for {RecipientCount} recipients",
            email.Subject, client.DeliveryMethod == SmtpDeliveryMethod.Network ? $"{settings.Host}:{settings.Port}" : "the pickup folder", email.To.Count);
        return true;
    }

    private SmtpClient CreateClient(EmailOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PickupFolder))
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.PickupFolder));
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(settings.UserName))
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        return client;
    }
}
