using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Named leases in the database, so a background job runs on one node at a time. Acquiring is one conditional
/// UPDATE (the row is free, expired or already ours), atomic on SQLite and SQL Server alike; a node that stops
/// without releasing is replaced once its lease runs out.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider clock, ILogger<JobLeases> logger)
{
    /// <summary>The expiry of a free lease: long past, so any node takes it at once.</summary>
    private static readonly DateTime Free = DateTime.UnixEpoch;

    /// <summary>A holder name unique to one running instance: machine, process and a fresh guid (two hosts in one process differ).</summary>
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes or renews the lease for <paramref name="duration"/>; true when <paramref name="holder"/> holds it now.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await EnsureRowAsync(name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var updated = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
        return updated == 1;
    }

    /// <summary>Gives the lease up at once, so another node need not wait for it to expire. Only the holder can.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default)
    {
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAtUtc, Free), cancellationToken);
    }

    /// <summary>Creates the row, free and expired, the first time; a node that loses the race to insert it just goes on.</summary>
    private async Task EnsureRowAsync(string name, CancellationToken cancellationToken)
    {
        if (await db.JobLeases.AsNoTracking().AnyAsync(l => l.Name == name, cancellationToken)) return;
        var lease = new JobLease { Name = name, Holder = null, ExpiresAtUtc = Free };
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // A duplicate key: another node inserted it between our look and our insert. Anything else is a real failure.
            if (!await db.JobLeases.AsNoTracking().AnyAsync(l => l.Name == name, cancellationToken)) throw;
            logger.LogDebug(exception, "Lease {LeaseName} was created by another node", name);
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}
