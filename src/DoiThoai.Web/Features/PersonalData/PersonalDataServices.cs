using DoiThoai.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Features.PersonalData;

/// <summary>The retention of raisers' personal data: the removal itself and the daily job that runs it on one node.</summary>
public static class PersonalDataServices
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersonalDataOptions>(configuration.GetSection(PersonalDataOptions.Section));
        services.AddScoped<PersonalDataRetention>();
        services.AddHostedService<PersonalDataRetentionJob>();
        return services;
    }
}

/// <summary>
/// Runs <see cref="PersonalDataRetention"/> a minute after start and then daily, on the node that holds the
/// "personal-data" lease (<see cref="JobLeases"/>, ADR 0006); a failed run is logged and the next one runs as planned.
/// </summary>
public sealed class PersonalDataRetentionJob(IServiceScopeFactory scopes, IOptions<PersonalDataOptions> options, IHostEnvironment environment,
    TimeProvider clock, ILogger<PersonalDataRetentionJob> logger) : BackgroundService
{
    public const string LeaseName = "personal-data";
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private readonly string _holder = JobLeases.NewHolder();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.Enabled ?? !environment.IsEnvironment("Testing"))) return;
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await RunIfLeaseHeldAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunIfLeaseHeldAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(LeaseName, _holder, Interval + TimeSpan.FromHours(1), stoppingToken))
                return;
            await scope.ServiceProvider.GetRequiredService<PersonalDataRetention>().RemoveExpiredAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Removing expired personal data failed; the next run tries again");
        }
    }
}
