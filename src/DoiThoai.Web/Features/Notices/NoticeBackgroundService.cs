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
/// A failed scan is logged and the next one runs as planned: notices never take the portal down.
/// </summary>
public sealed class NoticeBackgroundService(IServiceScopeFactory scopes, IOptions<NoticeOptions> options,
    IHostEnvironment environment, TimeProvider clock, ILogger<NoticeBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!(settings.Enabled ?? !environment.IsEnvironment("Testing")))
        {
            logger.LogInformation("Notice scans are off (Notices:Enabled)");
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, settings.ScanMinutes));
        logger.LogInformation("Notice scans start in {FirstScanSeconds} s, then every {ScanMinutes} min",
            Math.Max(0, settings.FirstScanSeconds), interval.TotalMinutes);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, settings.FirstScanSeconds)), clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await ScanOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task ScanOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NoticeScanner>().ScanAsync(stoppingToken);
            // Raisers not yet told because the mail server was down when their item was answered.
            await scope.ServiceProvider.GetRequiredService<FollowUps.RaiserNotifier>().SendPendingAsync(cancellationToken: stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Notice scan failed; the next scan runs as planned");
        }
    }
}
