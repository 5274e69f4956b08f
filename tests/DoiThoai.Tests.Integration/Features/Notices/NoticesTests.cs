using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Notices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Notices;

/// <summary>A clock the test sets; the portal asks it for the time instead of the system.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    /// <summary>Noon of that day in Vietnam.</summary>
    public static DateTimeOffset NoonInVietnam(DateOnly day) => new(day.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
}

/// <summary>
/// The portal with its database and e-mail pickup folder in a folder the test owns, so a second instance on the
/// same folder is a restart. The background scan is off: the tests call the scanner themselves.
/// </summary>
public sealed class NoticePortal(string dataFolder, DateOnly today, string? baseUrl = NoticePortal.BaseUrl) : PortalFactory
{
    public const string BaseUrl = "https://doithoai.example";

    public FixedClock Clock { get; } = new(FixedClock.NoonInVietnam(today));
    public string MailFolder => Path.Combine(dataFolder, "mail");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dataFolder, "portal.db")}",
        ["Email:PickupFolder"] = MailFolder,
        ["Notices:Enabled"] = "false",
        ["Portal:BaseUrl"] = baseUrl,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<ScanResult> ScanAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeScanner>().ScanAsync(TestContext.Current.CancellationToken);
    }

    public string[] MailFiles() => Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];

    public void SetToday(DateOnly day) => Clock.UtcNow = FixedClock.NoonInVietnam(day);
}

public sealed class NoticesTests : IDisposable
{
    private static readonly DateOnly LongAfterTheDemoDeadlines = new(2024, 1, 15);
    private const string KyPhuongItem = "Mặt trận và các đoàn thể xây dựng kế hoạch thực hiện Nghị quyết 09-NQ/Th.U";
    private const string HongLinhItem = "Tổ chức thành công đại hội Hội Nông dân và Liên đoàn Lao động thị xã";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "notices-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private NoticePortal Start(DateOnly today) => new(_folder, today);

    private static Task<int> ItemIdAsync(PortalFactory portal, string contentStart) => portal.WithDbAsync(db => db.FollowUps
        .Where(f => f.ConclusionItem != null && f.ConclusionItem.Content.StartsWith(contentStart)).Select(f => f.Id).SingleAsync());

    private static Task<List<FollowUpNotice>> NoticesAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.FollowUpNotices.AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    /// <summary>The open items whose deadline is before that day: those that must get an overdue notice.</summary>
    private static Task<List<int>> OverdueItemIdsAsync(PortalFactory portal, DateOnly today) => portal.WithDbAsync(db => db.FollowUps
        .Where(f => f.State != FollowUpState.Resolved && f.State != FollowUpState.Explained && f.State != FollowUpState.Closed && f.Deadline < today)
        .OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());

    [Fact]
    public async Task Overdue_notices_are_recorded_and_emailed_once_across_scans_and_a_restart()
    {
        var first = Start(LongAfterTheDemoDeadlines);
        var late = await OverdueItemIdsAsync(first, LongAfterTheDemoDeadlines);
        var kyPhuong = await ItemIdAsync(first, KyPhuongItem);
        var hongLinh = await ItemIdAsync(first, HongLinhItem);
        Assert.Contains(kyPhuong, late);
        Assert.Contains(hongLinh, late);

        var scan = await first.ScanAsync();
        var notices = await NoticesAsync(first);
        Assert.Equal(late, notices.Select(n => n.FollowUpItemId).Order());
        Assert.All(notices, n => Assert.Equal(NoticeKind.Overdue, n.Kind));
        Assert.All(notices, n => Assert.NotNull(n.EmailedAtUtc));
        Assert.Equal(new DateOnly(2022, 7, 31), notices.Single(n => n.FollowUpItemId == kyPhuong).Deadline);
        // Kỳ Phương's item reaches the ward's staff; no account works in Hồng Lĩnh, so that notice is marked with no one told.
        Assert.Equal(1, notices.Single(n => n.FollowUpItemId == kyPhuong).EmailRecipients);
        Assert.Equal(0, notices.Single(n => n.FollowUpItemId == hongLinh).EmailRecipients);
        var emailed = notices.Count(n => n.EmailRecipients > 0);
        Assert.Equal(new ScanResult(late.Count, emailed), scan);
        Assert.Equal(emailed, first.MailFiles().Length);

        Assert.Equal(new ScanResult(0, 0), await first.ScanAsync());
        first.Dispose();

        // A restart: a new host on the same database file and pickup folder.
        await using var second = Start(LongAfterTheDemoDeadlines);
        Assert.Equal(new ScanResult(0, 0), await second.ScanAsync());
        var after = await NoticesAsync(second);
        Assert.Equal(notices.Select(n => (n.Id, n.FollowUpItemId, n.Kind)), after.Select(n => (n.Id, n.FollowUpItemId, n.Kind)));
        Assert.Equal(emailed, second.MailFiles().Length);
    }

    [Fact]
    public async Task An_item_is_due_soon_three_days_before_its_deadline_and_overdue_after_it()
    {
        await using var portal = Start(new DateOnly(2022, 7, 28));
        var kyPhuong = await ItemIdAsync(portal, KyPhuongItem);
        // A resolved item is not followed any more, however late.
        var resolved = await ItemIdAsync(portal, "Xây dựng chương trình học tập, quán triệt");
        await portal.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == resolved);
            item.State = FollowUpState.Resolved;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, (await portal.ScanAsync()).NoticesCreated);
        var notices = await NoticesAsync(portal);
        Assert.Equal([(kyPhuong, NoticeKind.DueSoon, new DateOnly(2022, 7, 31))], notices.Select(n => (n.FollowUpItemId, n.Kind, n.Deadline)));

        portal.SetToday(new DateOnly(2022, 7, 31));
        Assert.Equal(new ScanResult(0, 0), await portal.ScanAsync());

        portal.SetToday(new DateOnly(2022, 8, 1));
        Assert.Equal(1, (await portal.ScanAsync()).NoticesCreated);
        notices = await NoticesAsync(portal);
        Assert.Equal([NoticeKind.DueSoon, NoticeKind.Overdue], notices.Where(n => n.FollowUpItemId == kyPhuong).Select(n => n.Kind));
        Assert.DoesNotContain(notices, n => n.FollowUpItemId == resolved);
        Assert.Equal(2, portal.MailFiles().Count(f => Eml.Read(f).Body.Contains($"/FollowUps/Details/{kyPhuong}")));
    }

    [Fact]
    public async Task Two_scans_at_once_record_each_notice_once()
    {
        await using var portal = Start(LongAfterTheDemoDeadlines);
        var late = await OverdueItemIdsAsync(portal, LongAfterTheDemoDeadlines);

        // Two nodes (or two overlapping runs): whichever inserts second meets the unique index and goes on.
        var scans = await Task.WhenAll(portal.ScanAsync(), portal.ScanAsync());
        Assert.Equal(late.Count, scans.Sum(s => s.NoticesCreated));
        var notices = await NoticesAsync(portal);
        Assert.Equal(late, notices.Select(n => n.FollowUpItemId).Order());
        Assert.All(notices, n => Assert.NotNull(n.EmailedAtUtc));
    }

    [Fact]
    public async Task A_notice_recorded_before_a_crash_is_emailed_on_the_next_scan_exactly_once()
    {
        await using var portal = Start(LongAfterTheDemoDeadlines);
        var kyPhuong = await ItemIdAsync(portal, KyPhuongItem);
        var late = await OverdueItemIdsAsync(portal, LongAfterTheDemoDeadlines);
        // What a scan leaves when the process dies after the insert and before the e-mail.
        await portal.WithDbAsync(db =>
        {
            db.FollowUpNotices.Add(new FollowUpNotice
            {
                FollowUpItemId = kyPhuong, Kind = NoticeKind.Overdue, Deadline = new DateOnly(2022, 7, 31), CreatedAtUtc = new DateTime(2024, 1, 14, 5, 0, 0, DateTimeKind.Utc),
            });
            return db.SaveChangesAsync();
        });

        var scan = await portal.ScanAsync();
        Assert.Equal(late.Count - 1, scan.NoticesCreated);
        var notice = (await NoticesAsync(portal)).Single(n => n.FollowUpItemId == kyPhuong);
        Assert.NotNull(notice.EmailedAtUtc);
        Assert.Equal(1, notice.EmailRecipients);
        int MailsAboutKyPhuong() => portal.MailFiles().Count(f => Eml.Read(f).Body.Contains($"/FollowUps/Details/{kyPhuong}"));
        Assert.Equal(1, MailsAboutKyPhuong());

        Assert.Equal(new ScanResult(0, 0), await portal.ScanAsync());
        Assert.Equal(1, MailsAboutKyPhuong());
    }

    [Fact]
    public async Task The_email_names_the_item_its_body_and_deadline_in_Vietnamese_with_a_link()
    {
        await using var portal = Start(LongAfterTheDemoDeadlines);
        var kyPhuong = await ItemIdAsync(portal, KyPhuongItem);
        await portal.ScanAsync();

        var mails = portal.MailFiles().Select(Eml.Read).ToList();
        var mail = Assert.Single(mails, m => m.Body.Contains($"/FollowUps/Details/{kyPhuong}"));
        Assert.StartsWith("[DoiThoai] Quá hạn: Mặt trận và các đoàn thể xây dựng kế hoạch", mail.Subject);
        Assert.Contains("Cơ quan chủ trì: Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", mail.Body);
        Assert.Contains("Thời hạn: 31/07/2022", mail.Body);
        Assert.Contains($"{NoticePortal.BaseUrl}/FollowUps/Details/{kyPhuong}", mail.Body);
        Assert.Contains("kyphuong@demo.local", mail.To);
        Assert.DoesNotContain("thanhbinh@demo.local", mail.To);
        Assert.DoesNotContain(mails, m => m.To.Contains("thanhbinh@demo.local"));
    }

    [Fact]
    public async Task Without_a_configured_base_the_email_links_to_where_the_portal_listens_in_development()
    {
        await using var portal = new NoticePortal(_folder, LongAfterTheDemoDeadlines, baseUrl: null);
        var kyPhuong = await ItemIdAsync(portal, KyPhuongItem);
        await portal.ScanAsync();

        var mail = Assert.Single(portal.MailFiles().Select(Eml.Read), m => m.Body.Contains($"/FollowUps/Details/{kyPhuong}"));
        Assert.Contains($"http://localhost:5080/FollowUps/Details/{kyPhuong}", mail.Body);

        // The default and the development address are one: launchSettings.json's applicationUrl.
        var launchSettings = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "DoiThoai.Web", "Properties", "launchSettings.json"));
        Assert.Contains($"\"applicationUrl\": \"{DoiThoai.Web.Infrastructure.PortalAddress.DefaultBaseUrl}\"", launchSettings);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DoiThoai.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("DoiThoai.sln not found above the test folder.");
    }

    [Fact]
    public async Task Ward_staff_see_their_wards_notices_and_clearing_them_leaves_others_unread()
    {
        await using var portal = Start(LongAfterTheDemoDeadlines);
        var kyPhuong = await ItemIdAsync(portal, KyPhuongItem);
        await portal.ScanAsync();
        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        var district = await portal.SignedInClientAsync(Demo.DistrictStaff);
        var districtUnread = Bell(await district.GetStringAsync("/Staff"));
        Assert.True(districtUnread > 1, $"The district sees its own and its wards' notices; the bell shows {districtUnread}.");

        var html = WebUtility.HtmlDecode(await ward.GetStringAsync("/Notices"));
        Assert.Contains(KyPhuongItem, html);
        Assert.Contains($"href=\"/FollowUps/Details/{kyPhuong}\"", html);
        Assert.Contains(">Mới<", html);
        Assert.DoesNotContain(HongLinhItem, html);
        Assert.Equal(1, Bell(await ward.GetStringAsync("/Staff")));

        var response = await ward.PostFormAsync("/Notices", "/Notices/MarkAllRead", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        html = WebUtility.HtmlDecode(await ward.GetStringAsync("/Notices"));
        Assert.Equal(0, Bell(html));
        Assert.Contains(KyPhuongItem, html);
        Assert.DoesNotContain(">Mới<", html);
        // Reading is per person: the district's bell is as it was.
        Assert.Equal(districtUnread, Bell(await district.GetStringAsync("/Staff")));

        var otherWard = await portal.SignedInClientAsync(Demo.ThanhBinhWard);
        html = WebUtility.HtmlDecode(await otherWard.GetStringAsync("/Notices"));
        Assert.DoesNotContain(KyPhuongItem, html);
        Assert.Equal(0, Bell(html));
    }

    /// <summary>The unread count the menu's bell announces; 0 when it shows none.</summary>
    private static int Bell(string html)
    {
        var bell = Regex.Match(WebUtility.HtmlDecode(html), "<a [^>]*data-testid=\"notice-bell\"[^>]*>");
        Assert.True(bell.Success, "The menu has no notice bell.");
        var count = Regex.Match(bell.Value, "aria-label=\"Thông báo \\((\\d+) chưa đọc\\)\"");
        return count.Success ? int.Parse(count.Groups[1].Value) : 0;
    }
}

/// <summary>A message as the pickup folder holds it, read by MimeKit (encoded subject, names and body decoded).</summary>
public sealed record Eml(string To, string Subject, string Body)
{
    public static Eml Read(string path)
    {
        using var message = MimeKit.MimeMessage.Load(path);
        return new Eml(message.To.ToString(), message.Subject ?? "", message.TextBody ?? "");
    }
}
