using DoiThoai.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Features.Notices;

/// <summary>Settings of section "Notices".</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>Unset means on, except in the "Testing" environment, where tests call the scanner themselves.</summary>
    public bool? Enabled { get; set; }
    public int FirstScanSeconds { get; set; } = 30;
    public int ScanMinutes { get; set; } = 60;
}

/// <summary>
/// Runs <see cref="NoticeScanner"/> shortly after start and then periodically, each scan in its own DI scope.
/// A failed scan is logged and the next one runs as planned: notices never take the portal down. With several
/// nodes on one database only the holder of the "notices" lease scans and sends (<see cref="JobLeases"/>), so
/// one e-mail is not sent by two nodes; the others try again at each tick and take over when the lease runs out.
/// The holder renews the lease before each e-mail it sends and stops sending when another node has taken it.
/// </summary>
public sealed class NoticeBackgroundService(IServiceScopeFactory scopes, IOptions<NoticeOptions> options,
    IHostEnvironment environment, TimeProvider clock, ILogger<NoticeBackgroundService> logger) : BackgroundService
{
    public const string LeaseName = "notices";

    private bool _everHeld;

    /// <summary>Who this instance is in the lease table: machine, process and a guid of its own.</summary>
    public string Holder { get; } = JobLeases.NewHolder();

    /// <summary>
    /// Longer than the interval, so the holder renews before it runs out; a node that died is replaced within
    /// about two intervals.
    /// </summary>
    public TimeSpan LeaseDuration => Interval + TimeSpan.FromMinutes(5);

    private TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.ScanMinutes));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!(settings.Enabled ?? !environment.IsEnvironment("Testing")))
        {
            logger.LogInformation("Notice scans are off (Notices:Enabled)");
            return;
        }

        var interval = Interval;
        logger.LogInformation("Notice scans start in {FirstScanSeconds} s, then every {ScanMinutes} min (node {LeaseHolder})",
            Math.Max(0, settings.FirstScanSeconds), interval.TotalMinutes, Holder);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, settings.FirstScanSeconds)), clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await ScanIfLeaseHeldAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>
    /// One tick: takes or renews the lease, then scans and sends. False when another node holds the lease, or took
    /// it while this node was sending.
    /// </summary>
    public async Task<bool> ScanIfLeaseHeldAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, stoppingToken))
            {
                logger.LogDebug("Notice scan skipped: another node holds the lease");
                return false;
            }
            _everHeld = true;
            // A slow mail server can make the sending outlast the lease. So every e-mail of this tick, the scan's and
            // the raisers', goes through a sender that renews the lease first and stops the tick once it is lost.
            var email = new LeaseKeepingSender(scope.ServiceProvider.GetRequiredService<IEmailSender>(),
                cancellationToken => leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, cancellationToken));
            await ActivatorUtilities.CreateInstance<NoticeScanner>(scope.ServiceProvider, email).ScanAsync(stoppingToken);
            // Raisers not yet told because the mail server was down when their item was answered.
            await ActivatorUtilities.CreateInstance<RaiserNotifier>(scope.ServiceProvider, email).SendPendingAsync(cancellationToken: stoppingToken);
            return true;
        }
        catch (LeaseLostException)
        {
            logger.LogWarning("The notice lease passed to another node during sending; this node stops sending and that node sends the rest");
            return false;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Notice scan failed; the next scan runs as planned");
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!_everHeld) return;
        // Hand the lease back so another node scans at its next tick instead of waiting for the lease to run out.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(LeaseName, Holder, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The notice lease was not released; it runs out by itself");
        }
    }

    /// <summary>Renews the lease before handing each e-mail on; throws <see cref="LeaseLostException"/> once another node has it.</summary>
    private sealed class LeaseKeepingSender(IEmailSender inner, Func<CancellationToken, Task<bool>> renewLease) : IEmailSender
    {
        public async Task<bool> SendAsync(OutgoingEmail email, CancellationToken cancellationToken) =>
            await renewLease(cancellationToken) ? await inner.SendAsync(email, cancellationToken) : throw new LeaseLostException();
    }

    /// <summary>Not an SMTP or I/O failure, so the senders' catch blocks let it through and the tick ends.</summary>
    private sealed class LeaseLostException : Exception;
}
