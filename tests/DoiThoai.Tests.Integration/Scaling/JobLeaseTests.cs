using DoiThoai.Tests.Integration.Features.Notices;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Notices;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DoiThoai.Tests.Integration.Scaling;

/// <summary>
/// One node of several behind a balancer: its own host on a database file it shares with the other nodes, and a
/// clock the test moves. The background loop is off (Testing); the test runs the service's ticks itself.
/// </summary>
public sealed class NodePortal(string sharedFolder, FixedClock clock, IEmailSender? mailServer = null) : PortalFactory
{
    public string MailFolder => Path.Combine(sharedFolder, "mail");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(sharedFolder, "portal.db")}",
        ["Email:PickupFolder"] = MailFolder,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            if (mailServer is not null) services.AddSingleton(mailServer);
        });
    }

    public NoticeBackgroundService NoticeJob => Services.GetServices<IHostedService>().OfType<NoticeBackgroundService>().Single();
}

/// <summary>Two nodes on one database file and one clock, started one after the other as a second node joins.</summary>
public abstract class TwoNoticeNodes : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "nodes-" + Guid.NewGuid().ToString("N"));
    protected FixedClock Clock { get; } = new(FixedClock.NoonInVietnam(new DateOnly(2024, 1, 15)));
    protected NodePortal First { get; private set; } = null!;
    protected NodePortal Second { get; private set; } = null!;

    /// <summary>Where the first node's e-mail goes; the pickup folder unless a test class says otherwise.</summary>
    protected virtual IEmailSender? FirstNodeMail => null;

    public ValueTask InitializeAsync()
    {
        First = new NodePortal(_folder, Clock, FirstNodeMail);
        First.CreateClient();
        // Started after the first, as a second node joins: the same file, seeded once.
        Second = new NodePortal(_folder, Clock);
        Second.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    protected Task<string?> HolderAsync() => First.WithDbAsync(db =>
        db.JobLeases.Where(l => l.Name == NoticeBackgroundService.LeaseName).Select(l => l.Holder).SingleOrDefaultAsync());

    protected string[] MailFiles() => Directory.Exists(First.MailFolder) ? Directory.GetFiles(First.MailFolder, "*.eml") : [];
}

/// <summary>The notice job runs on one node at a time; a node that stops or dies is replaced.</summary>
public sealed class NoticeJobAcrossNodesTests : TwoNoticeNodes
{
    [Fact]
    public async Task Two_nodes_ticking_together_run_the_scan_once_and_send_each_mail_once()
    {
        var token = TestContext.Current.CancellationToken;
        var (first, second) = (First.NoticeJob, Second.NoticeJob);
        Assert.NotEqual(first.Holder, second.Holder);

        var ran = await Task.WhenAll(first.ScanIfLeaseHeldAsync(token), second.ScanIfLeaseHeldAsync(token));
        Assert.Single(ran, r => r);
        var (winner, loser) = ran[0] ? (first, second) : (second, first);
        Assert.Equal(winner.Holder, await HolderAsync());

        // The scan did its work once: every notice e-mailed, one file per notice with recipients.
        var notices = await First.WithDbAsync(db => db.FollowUpNotices.AsNoTracking().ToListAsync(token));
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.NotNull(n.EmailedAtUtc));
        Assert.Equal(notices.Count(n => n.EmailRecipients > 0), MailFiles().Length);

        // Later ticks: the holder renews, the other keeps out.
        Clock.UtcNow += TimeSpan.FromMinutes(60);
        Assert.True(await winner.ScanIfLeaseHeldAsync(token));
        Assert.False(await loser.ScanIfLeaseHeldAsync(token));
        Assert.Equal(winner.Holder, await HolderAsync());
    }

    [Fact]
    public async Task A_node_that_dies_is_replaced_once_its_lease_runs_out()
    {
        var token = TestContext.Current.CancellationToken;
        var (first, second) = (First.NoticeJob, Second.NoticeJob);
        Assert.True(await first.ScanIfLeaseHeldAsync(token));

        // The first node dies without a word: before its lease runs out the second still keeps out...
        Clock.UtcNow += first.LeaseDuration - TimeSpan.FromMinutes(1);
        Assert.False(await second.ScanIfLeaseHeldAsync(token));
        // ...and after it, the second takes over, and the first (back from the dead) no longer runs.
        Clock.UtcNow += TimeSpan.FromMinutes(2);
        Assert.True(await second.ScanIfLeaseHeldAsync(token));
        Assert.Equal(second.Holder, await HolderAsync());
        Assert.False(await first.ScanIfLeaseHeldAsync(token));
    }

    [Fact]
    public async Task A_node_that_stops_hands_the_lease_over_at_once()
    {
        var token = TestContext.Current.CancellationToken;
        var (first, second) = (First.NoticeJob, Second.NoticeJob);
        Assert.True(await first.ScanIfLeaseHeldAsync(token));
        Assert.False(await second.ScanIfLeaseHeldAsync(token));

        await first.StopAsync(token);
        Assert.Null(await HolderAsync());
        // No time has passed: the lease was released, not expired.
        Assert.True(await second.ScanIfLeaseHeldAsync(token));
        Assert.Equal(second.Holder, await HolderAsync());
    }
}

/// <summary>A mail server that takes ages per message; the test says what happens elsewhere meanwhile.</summary>
public sealed class SlowMailServer : IEmailSender
{
    public List<OutgoingEmail> Received { get; } = [];

    /// <summary>Runs while message number n (from 1) is being sent.</summary>
    public Func<int, Task> WhileSending { get; set; } = _ => Task.CompletedTask;

    public async Task<bool> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        Received.Add(email);
        await WhileSending(Received.Count);
        return true;
    }
}

/// <summary>The first node sends through a slow mail server: the lease must not lapse, nor be ignored, while it sends.</summary>
public sealed class NoticeLeaseWhileSendingTests : TwoNoticeNodes
{
    private readonly SlowMailServer _mail = new();

    protected override IEmailSender? FirstNodeMail => _mail;

    /// <summary>A raiser not yet told, so the tick has e-mails of both kinds to send.</summary>
    private Task<long> QueueRaiserNoticeAsync() => First.WithDbAsync(async db =>
    {
        var itemId = await db.FollowUps.Where(f => !db.RaiserNotices.Any(n => n.FollowUpItemId == f.Id)).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        var notice = new RaiserNotice
        {
            FollowUpItemId = itemId, Kind = RaiserNoticeKind.Answered, Recipients = "nguoinen@example.org\tNgười nêu kiến nghị",
            Subject = "[DoiThoai] Trả lời kiến nghị", Body = "Nội dung trả lời.", CreatedAtUtc = Clock.UtcNow.UtcDateTime,
        };
        db.RaiserNotices.Add(notice);
        await db.SaveChangesAsync();
        return notice.Id;
    });

    private Task<DateTime?> RaiserNoticeSentAsync(long id) =>
        First.WithDbAsync(db => db.RaiserNotices.Where(n => n.Id == id).Select(n => n.SentAtUtc).SingleAsync());

    [Fact]
    public async Task The_holder_renews_its_lease_before_each_email_so_a_slow_mail_server_does_not_let_another_node_in()
    {
        var token = TestContext.Current.CancellationToken;
        var (first, second) = (First.NoticeJob, Second.NoticeJob);
        var raiserNotice = await QueueRaiserNoticeAsync();
        var secondGotIn = new List<bool>();
        _mail.WhileSending = async _ =>
        {
            // Each message takes nearly a whole lease; the second node ticks meanwhile.
            Clock.UtcNow += first.LeaseDuration - TimeSpan.FromMinutes(1);
            secondGotIn.Add(await second.ScanIfLeaseHeldAsync(token));
        };

        Assert.True(await first.ScanIfLeaseHeldAsync(token));

        // Without renewals the lease would have run out at the second message.
        Assert.True(_mail.Received.Count >= 2, $"{_mail.Received.Count} e-mails sent");
        Assert.All(secondGotIn, Assert.False);
        Assert.Equal(first.Holder, await HolderAsync());
        Assert.Empty(MailFiles());
        Assert.NotNull(await RaiserNoticeSentAsync(raiserNotice));
    }

    [Fact]
    public async Task A_holder_whose_lease_another_node_took_during_sending_stops_sending_and_that_node_sends_the_rest()
    {
        var token = TestContext.Current.CancellationToken;
        var (first, second) = (First.NoticeJob, Second.NoticeJob);
        var raiserNotice = await QueueRaiserNoticeAsync();
        var taken = false;
        _mail.WhileSending = async sent =>
        {
            if (sent > 1) return;
            // The first message outlasts the lease, and the second node takes it at its tick.
            Clock.UtcNow += first.LeaseDuration + TimeSpan.FromMinutes(1);
            await using var scope = Second.Services.CreateAsyncScope();
            taken = await scope.ServiceProvider.GetRequiredService<JobLeases>()
                .TryAcquireAsync(NoticeBackgroundService.LeaseName, second.Holder, second.LeaseDuration, token);
        };

        Assert.False(await first.ScanIfLeaseHeldAsync(token));

        Assert.True(taken);
        Assert.Single(_mail.Received);
        Assert.Equal(second.Holder, await HolderAsync());
        Assert.Null(await RaiserNoticeSentAsync(raiserNotice));

        // The new holder sends what the first left, and nothing twice.
        Assert.True(await second.ScanIfLeaseHeldAsync(token));
        var notices = await First.WithDbAsync(db => db.FollowUpNotices.AsNoTracking().ToListAsync(token));
        Assert.All(notices, n => Assert.NotNull(n.EmailedAtUtc));
        Assert.NotNull(await RaiserNoticeSentAsync(raiserNotice));
        Assert.Equal(notices.Count(n => n.EmailRecipients > 0) + 1, _mail.Received.Count + MailFiles().Length);
    }
}

/// <summary>The lease itself, on whichever database the tests run (SQLite, or SQL Server when configured).</summary>
public sealed class LeaseClockPortal : PortalFactory
{
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class JobLeaseTests(LeaseClockPortal portal) : IClassFixture<LeaseClockPortal>
{
    private async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(name, holder, duration, TestContext.Current.CancellationToken);
    }

    private async Task<bool[]> RaceAsync(string name, IReadOnlyList<string> holders) =>
        // Each contender has its own scope, so its own context and connection, as separate nodes would.
        await Task.WhenAll(holders.Select(holder => Task.Run(() => TryAcquireAsync(name, holder, TimeSpan.FromMinutes(10)))));

    [Fact]
    public async Task Many_nodes_racing_for_a_new_lease_get_exactly_one_winner_and_again_after_it_expires()
    {
        portal.CreateClient();
        var name = "race-" + Guid.NewGuid().ToString("N")[..8];
        var holders = Enumerable.Range(0, 16).Select(_ => JobLeases.NewHolder()).ToList();

        // The row does not exist yet: all race to insert it, then to take it.
        var first = await RaceAsync(name, holders);
        Assert.Single(first, won => won);
        var winner = holders[Array.IndexOf(first, true)];
        Assert.Equal(winner, await portal.WithDbAsync(db => db.JobLeases.Where(l => l.Name == name).Select(l => l.Holder).SingleAsync()));

        // Still held: nobody else gets it, the winner renews it.
        Assert.False(await TryAcquireAsync(name, holders.First(h => h != winner), TimeSpan.FromMinutes(10)));
        Assert.True(await TryAcquireAsync(name, winner, TimeSpan.FromMinutes(10)));

        // Expired: the others race again (the old holder does not take part) and one wins.
        portal.Clock.UtcNow += TimeSpan.FromMinutes(11);
        var others = holders.Where(h => h != winner).ToList();
        var second = await RaceAsync(name, others);
        Assert.Single(second, won => won);
        Assert.Equal(others[Array.IndexOf(second, true)],
            await portal.WithDbAsync(db => db.JobLeases.Where(l => l.Name == name).Select(l => l.Holder).SingleAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.JobLeases.CountAsync(l => l.Name == name)));
    }

    [Fact]
    public async Task Only_the_holder_can_release_a_lease()
    {
        portal.CreateClient();
        var name = "release-" + Guid.NewGuid().ToString("N")[..8];
        var (holder, other) = (JobLeases.NewHolder(), JobLeases.NewHolder());
        Assert.True(await TryAcquireAsync(name, holder, TimeSpan.FromMinutes(10)));

        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(name, other, TestContext.Current.CancellationToken);
        Assert.False(await TryAcquireAsync(name, other, TimeSpan.FromMinutes(10)));

        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(name, holder, TestContext.Current.CancellationToken);
        Assert.True(await TryAcquireAsync(name, other, TimeSpan.FromMinutes(10)));
    }
}
