using DoiThoai.Web.Data;

namespace DoiThoai.Web.Infrastructure;

/// <summary>When the catch-up runs: setting <c>Database:CatchUpAtStartup</c>.</summary>
public enum CatchUpMode
{
    /// <summary>After start, while the portal answers: the default.</summary>
    Background,
    /// <summary>Before the portal answers, as start-up did before ADR 0023: the tests' default, so no writer races their assertions.</summary>
    Inline,
    /// <summary>Never by itself: an operator runs the <c>catch-up</c> command.</summary>
    Off,
}

/// <summary>
/// The long work an upgrade or a data load leaves behind (ADR 0023), done once after start instead of before the
/// first answer: the statistics of the lists' tables when missing (a new index included) or stale, the citations of minutes finalized before
/// they were kept, the codes of petitions and content items recorded before codes existed, the search entries of
/// conferences that have none. Every step does only what is still missing, in batches of one transaction each, so a
/// stop (shutdown, crash, lost lease) loses at most one batch and the next run goes on from there. One node at a time
/// does it, the holder of the "catch-up" lease (ADR 0006), renewed before every batch. Pages stay correct meanwhile:
/// a petition without its code shows none, final minutes show the catalogue as it is (which is what they will keep),
/// and the search page says the index is being built.
/// </summary>
public sealed class CatchUpWork(IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment,
    ILogger<CatchUpWork> logger) : BackgroundService
{
    public const string LeaseName = "catch-up";

    /// <summary>Far longer than one batch; a node that dies holding it is replaced after that.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    public string Holder { get; } = JobLeases.NewHolder();

    public CatchUpMode Mode => ModeFrom(configuration, environment);

    /// <summary>Unset is <see cref="CatchUpMode.Background"/>, except in the "Testing" environment, where it is <see cref="CatchUpMode.Inline"/>.</summary>
    public static CatchUpMode ModeFrom(IConfiguration configuration, IHostEnvironment environment) =>
        Enum.TryParse<CatchUpMode>(configuration["Database:CatchUpAtStartup"], ignoreCase: true, out var mode) ? mode
        : environment.IsEnvironment("Testing") ? CatchUpMode.Inline : CatchUpMode.Background;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Mode != CatchUpMode.Background) return;
        // Off the start's thread: the host goes on starting and answering while this runs.
        await Task.Yield();
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Catch-up stopped with the portal; the next start goes on from what is still missing");
        }
        catch (Exception exception)
        {
            // The portal keeps answering: what is missing stays missing until the next start or the catch-up command.
            logger.LogError(exception, "Catch-up failed; the next start or the catch-up command goes on from what is still missing");
        }
    }

    /// <summary>Runs every step once, holding the lease; false when another node holds it (that node does the work).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, cancellationToken))
        {
            logger.LogInformation("Catch-up skipped: another node holds the {LeaseName} lease", LeaseName);
            return false;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // Before every batch: a node that lost its lease (it ran out while this one was stalled) stops at once.
            var batches = new CatchUpBatches(cancellationToken, async () =>
            {
                if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, cancellationToken))
                    throw new OperationCanceledException("The catch-up lease passed to another node.");
            }, logger);
            if (DataServices.ProviderFrom(configuration) == DatabaseProvider.Sqlite && await ListStatistics.RefreshIfNeededAsync(db, cancellationToken))
                logger.LogInformation("Catch-up: gathered the lists' statistics");
            await batches.RenewAsync();
            // Final minutes show the catalogue's text until they keep it (MinutesFinality.Shown): the same text this takes.
            if (await FinalCitations.TakeMissingAsync(db, cancellationToken) is > 0 and var cited)
                logger.LogInformation("Catch-up: kept the citations of {Count} final minutes", cited);
            await PublicCodeBackfill.FillMissingAsync(db, logger, batches.Report("codes"), cancellationToken);
            var built = await SearchEntriesBuilder.BuildMissingAsync(db, batches.Report("search entries"), cancellationToken);
            if (built > 0) logger.LogInformation("Catch-up: built the search entries of {Count} conferences", built);
            logger.LogInformation("Catch-up done in {Seconds:0.0} s", watch.Elapsed.TotalSeconds);
            return true;
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }
}

/// <summary>What a step calls after each batch: the lease is renewed, and the progress logged at most every 10 seconds.</summary>
public sealed class CatchUpBatches(CancellationToken cancellationToken, Func<Task> renew, ILogger logger)
{
    private DateTime _lastLogged = DateTime.MinValue;

    public async Task RenewAsync()
    {
        cancellationToken.ThrowIfCancellationRequested();
        await renew();
    }

    /// <summary>A step's callback after a batch: <c>(done, total)</c>, total 0 when the step does not count ahead.</summary>
    public Func<int, int, Task> Report(string step) => async (done, total) =>
    {
        if (DateTime.UtcNow - _lastLogged >= TimeSpan.FromSeconds(10) || (total > 0 && done == total))
        {
            _lastLogged = DateTime.UtcNow;
            if (total > 0) logger.LogInformation("Catch-up {Step}: {Done}/{Total} ({Percent:0}%)", step, done, total, 100.0 * done / total);
            else logger.LogInformation("Catch-up {Step}: {Done}", step, done);
        }
        await RenewAsync();
    };
}
