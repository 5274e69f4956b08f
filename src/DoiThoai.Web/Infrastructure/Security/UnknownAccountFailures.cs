using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins for e-mails that have no account, counted the way Identity counts them for real accounts, so
/// the fifth failure answers "locked" whether or not the account exists (ASVS 6.3.8). Kept in memory on this node,
/// at most <see cref="MaxAddresses"/> addresses, each forgotten after a day without a try.
/// </summary>
public sealed class UnknownAccountFailures(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    public const int MaxAddresses = 100_000;
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxAddresses });

    private sealed class Tally
    {
        public int Failures;
        public DateTimeOffset LockedUntil;
    }

    public bool IsLockedOut(string normalizedEmail) =>
        _failures.TryGetValue(normalizedEmail, out Tally? tally) && tally!.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts one failure; true when it locks the address, as the same failure locks an account.</summary>
    public bool RecordFailure(string normalizedEmail)
    {
        var lockout = identity.Value.Lockout;
        var tally = _failures.GetOrCreate(normalizedEmail, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Forget > lockout.DefaultLockoutTimeSpan ? Forget : lockout.DefaultLockoutTimeSpan;
            return new Tally();
        })!;
        lock (tally)
        {
            // As Identity does: reaching the limit locks and starts the count again.
            if (++tally.Failures < lockout.MaxFailedAccessAttempts) return false;
            tally.Failures = 0;
            tally.LockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    public void Dispose() => _failures.Dispose();
}
