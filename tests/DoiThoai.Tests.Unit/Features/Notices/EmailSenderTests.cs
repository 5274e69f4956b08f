using System.Net;
using System.Net.Sockets;
using System.Text;
using DoiThoai.Web.Features.Notices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;

namespace DoiThoai.Tests.Unit.Features.Notices;

/// <summary>The e-mail sender against a small SMTP server on loopback, written here so nothing leaves the machine.</summary>
public class EmailSenderTests
{
    private const string Password = "mat-khau-Bi-Mat-123";
    private const string Subject = "Nhắc hạn: kiến nghị về đường điện ở khu phố 3";
    private const string Body = "Kính gửi đồng chí,\r\nKiến nghị \"Sửa đường điện hẻm 12\" đến hạn ngày 05/12/2026.\r\nTrân trọng.";

    private static OutgoingEmail Email() => new([new EmailRecipient("can-bo@phuong.gov.vn", "Nguyễn Thị Hồng")], Subject, Body);

    private static SmtpEmailSender Sender(int port, ILogger<SmtpEmailSender> logger) =>
        new(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, UserName = "thong-bao", Password = Password, From = "doithoai@phuong.gov.vn" }),
            Mock.Of<IHostEnvironment>(e => e.ContentRootPath == Path.GetTempPath()), logger);

    [Fact]
    public async Task A_message_reaches_the_server_with_its_Vietnamese_subject_and_body_intact_and_no_password_logged()
    {
        using var server = new TinySmtpServer(acceptPassword: Password);
        var logger = new ListLogger();

        Assert.True(await Sender(server.Port, logger).SendAsync(Email(), TestContext.Current.CancellationToken));

        var received = await server.ReceivedAsync();
        Assert.Equal("thong-bao", received.UserName);
        Assert.Equal("<can-bo@phuong.gov.vn>", received.Recipient);
        var message = MimeMessage.Load(new MemoryStream(received.Data));
        Assert.Equal(Subject, message.Subject);
        // The bytes as sent (MimeKit's TextBody would turn CRLF into LF when reading).
        var text = Assert.IsType<TextPart>(message.Body);
        var body = new MemoryStream();
        text.Content!.DecodeTo(body);
        Assert.Equal(Body, Encoding.UTF8.GetString(body.ToArray()));
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Equal("Nguyễn Thị Hồng", message.To.Mailboxes.Single().Name);
        Assert.Contains(logger.Lines, l => l.Contains(Subject));
        Assert.DoesNotContain(logger.Lines, l => l.Contains(Password));
    }

    [Fact]
    public async Task A_refused_sign_in_fails_the_send_without_the_password_in_the_error()
    {
        using var server = new TinySmtpServer(acceptPassword: "another password");
        var logger = new ListLogger();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Sender(server.Port, logger).SendAsync(Email(), TestContext.Current.CancellationToken));

        Assert.DoesNotContain(Password, error.ToString());
        Assert.DoesNotContain(logger.Lines, l => l.Contains(Password));
        Assert.Null(server.Delivered);
    }

    [Fact]
    public async Task With_a_pickup_folder_the_message_is_written_as_an_eml_file_with_CRLF_lines()
    {
        var folder = Directory.CreateTempSubdirectory("doithoai-mail-").FullName;
        try
        {
            var sender = new SmtpEmailSender(Options.Create(new EmailOptions { PickupFolder = folder }),
                Mock.Of<IHostEnvironment>(e => e.ContentRootPath == Path.GetTempPath()), new ListLogger());

            Assert.True(await sender.SendAsync(Email(), TestContext.Current.CancellationToken));

            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            var raw = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            Assert.Contains("\r\n\r\n", raw);
            Assert.DoesNotMatch("[^\r]\n", raw);
            using var message = MimeMessage.Load(file);
            Assert.Equal(Subject, message.Subject);
            Assert.Equal("can-bo@phuong.gov.vn", message.To.Mailboxes.Single().Address);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class ListLogger : ILogger<SmtpEmailSender>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{formatter(state, exception)} {exception}");
    }

    private sealed record Received(string UserName, string Recipient, byte[] Data);

    /// <summary>
    /// Just enough SMTP for one client (EHLO, AUTH PLAIN or LOGIN, MAIL, RCPT, DATA, QUIT), no TLS, on a free
    /// loopback port; it keeps what it was given.
    /// </summary>
    private sealed class TinySmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _serving;
        private readonly string _acceptPassword;

        public TinySmtpServer(string acceptPassword)
        {
            _acceptPassword = acceptPassword;
            _listener.Start();
            _serving = ServeAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public Received? Delivered { get; private set; }

        public async Task<Received> ReceivedAsync()
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(30));
            return Delivered ?? throw new InvalidOperationException("No message was delivered.");
        }

        private async Task ServeAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            string? user = null, recipient = null;
            await writer.WriteLineAsync("220 localhost ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN");
                        break;
                    case "AUTH":
                        var parts = line.Split(' ');
                        string password;
                        if (parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
                        {
                            var encoded = parts.Length > 2 ? parts[2] : await AskAsync(writer, reader, "334 ");
                            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split('\0');
                            (user, password) = (fields[1], fields[2]);
                        }
                        else
                        {
                            user = Decode(parts.Length > 2 ? parts[2] : await AskAsync(writer, reader, "334 VXNlcm5hbWU6"));
                            password = Decode(await AskAsync(writer, reader, "334 UGFzc3dvcmQ6"));
                        }
                        await writer.WriteLineAsync(password == _acceptPassword ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication failed");
                        break;
                    case "MAIL":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipient = line[(line.IndexOf(':') + 1)..].Trim();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        Delivered = new Received(user ?? "", recipient ?? "", Encoding.Latin1.GetBytes(data.ToString()));
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }

        private static async Task<string> AskAsync(StreamWriter writer, StreamReader reader, string prompt)
        {
            await writer.WriteLineAsync(prompt);
            return await reader.ReadLineAsync() ?? "";
        }

        private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

        public void Dispose() => _listener.Stop();
    }
}
