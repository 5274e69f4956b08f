using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

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
    /// <summary>TLS: on connecting when the port is 465, else STARTTLS, required. Off: plain SMTP, as a local relay speaks it.</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "doithoai@localhost";

    /// <summary>When set, messages are written there as .eml files instead of being sent (Development).</summary>
    public string? PickupFolder { get; set; }
}

/// <summary>
/// Sends through SMTP with MailKit (System.Net.Mail's SmtpClient is no longer recommended by its own
/// documentation), or writes .eml files to a pickup folder. No protocol log is kept, so the password never
/// reaches a log.
/// </summary>
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

        using var message = Compose(email, settings);
        string delivery;
        if (!string.IsNullOrWhiteSpace(settings.PickupFolder))
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.PickupFolder));
            Directory.CreateDirectory(folder);
            // CRLF as on the wire, whatever the server's own line ending: an .eml file is a message as SMTP carries it.
            await message.WriteToAsync(new FormatOptions { NewLineFormat = NewLineFormat.Dos }, Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), cancellationToken);
            delivery = "the pickup folder";
        }
        else
        {
            // Host is set: without it or a pickup folder nothing got this far.
            await SendOverSmtpAsync(message, settings.Host!, settings, cancellationToken);
            delivery = $"{settings.Host}:{settings.Port}";
        }
        logger.LogInformation("E-mail {Subject} handed to {Delivery} for {RecipientCount} recipients", email.Subject, delivery, email.To.Count);
        return true;
    }

    private static MimeMessage Compose(OutgoingEmail email, EmailOptions settings)
    {
        var message = new MimeMessage { Subject = email.Subject };
        message.From.Add(new MailboxAddress("DoiThoai", settings.From));
        foreach (var recipient in email.To) message.To.Add(new MailboxAddress(recipient.Name, recipient.Address));
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, email.Body);
        // Base64 keeps every Vietnamese letter intact through any relay.
        body.ContentTransferEncoding = ContentEncoding.Base64;
        message.Body = body;
        return message;
    }

    private static async Task SendOverSmtpAsync(MimeMessage message, string host, EmailOptions settings, CancellationToken cancellationToken)
    {
        var security = !settings.EnableSsl ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        using var client = new SmtpClient();
        await client.ConnectAsync(host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
