using System.Data.Common;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Faults;

/// <summary>What the test throws in place of the database going away mid-request.</summary>
public sealed class SimulatedCrashException() : Exception("Simulated crash in the middle of a write");

/// <summary>
/// Lets the first N write commands (INSERT, UPDATE, DELETE) of requests to one address through, then fails the next
/// one (or holds it until the test lets go, as a process frozen mid-save would be). Disarmed, it does nothing.
/// </summary>
public sealed partial class CrashingWrites : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private string? _path;
    private int _allowed;
    private TaskCompletionSource? _reached;
    private Task? _holdUntil;

    public IHttpContextAccessor? Http { get; set; }
    public int WritesSeen { get; private set; }
    public int Crashes { get; private set; }

    [GeneratedRegex(@"\b(INSERT|UPDATE|DELETE)\b")]
    private static partial Regex WriteStatement();

    /// <summary>Fails the write after <paramref name="allowed"/> writes of requests to <paramref name="path"/>.</summary>
    public void CrashAfter(string path, int allowed)
    {
        lock (_lock) (_path, _allowed, _reached, _holdUntil, WritesSeen) = (path, allowed, null, null, 0);
    }

    /// <summary>
    /// Holds the write after <paramref name="allowed"/> writes until <paramref name="release"/> ends, then fails it;
    /// the returned task completes when a write is held.
    /// </summary>
    public Task HoldAfter(string path, int allowed, Task release)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock) (_path, _allowed, _reached, _holdUntil, WritesSeen) = (path, allowed, reached, release, 0);
        return reached.Task;
    }

    public void Disarm()
    {
        lock (_lock) _path = null;
    }

    private async ValueTask CheckAsync(DbCommand command)
    {
        Task? hold;
        lock (_lock)
        {
            if (_path is null || !WriteStatement().IsMatch(command.CommandText)
                || Http?.HttpContext?.Request.Path.StartsWithSegments(_path) != true) return;
            WritesSeen++;
            if (WritesSeen <= _allowed) return;
            _path = null;
            Crashes++;
            hold = _holdUntil;
            _reached?.TrySetResult();
        }
        if (hold is not null) await hold;
        throw new SimulatedCrashException();
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await CheckAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await CheckAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await CheckAsync(command);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CheckAsync(command).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CheckAsync(command).AsTask().GetAwaiter().GetResult();
        return result;
    }
}

/// <summary>The portal with <see cref="CrashingWrites"/> on every database context it makes.</summary>
public class FaultPortal : PortalFactory
{
    public CrashingWrites Crash { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // Only the provider in use is resolved; the other registration is never built.
            services.ConfigureDbContext<SqliteAppDbContext>((provider, options) => options.AddInterceptors(Attach(provider)));
            services.ConfigureDbContext<SqlServerAppDbContext>((provider, options) => options.AddInterceptors(Attach(provider)));
        });
    }

    private CrashingWrites Attach(IServiceProvider provider)
    {
        Crash.Http ??= provider.GetRequiredService<IHttpContextAccessor>();
        return Crash;
    }
}

/// <summary>A fault portal that stays on SQLite, for tests that read the file as a crash would leave it.</summary>
public sealed class SqliteFaultPortal : FaultPortal
{
    protected override bool RequiresSqlite => true;
}
