using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace DoiThoai.Web.Features.PublicNews.Counters;

/// <summary>
/// Views of posts, counted in memory and written in batches (<see cref="NewsCounterFlusher"/>), so a
/// view costs no database write. Every increment is kept until drained: concurrent views are all counted.
/// </summary>
public sealed class ViewBuffer
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _counts = new(StringComparer.Ordinal);

    public void Add(string slug, long count = 1) =>
        Interlocked.Add(ref _counts.GetOrAdd(slug, _ => new StrongBox<long>()).Value, count);

    /// <summary>Takes the counts gathered so far, leaving zero behind; increments racing with it land in the next batch.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Drain()
    {
        var batch = new List<KeyValuePair<string, long>>();
        foreach (var (slug, box) in _counts)
        {
            var count = Interlocked.Exchange(ref box.Value, 0);
            if (count > 0) batch.Add(new(slug, count));
        }
        return batch;
    }
}

/// <summary>
/// Visits to the public pages: a visitor is a hashed address and browser (no cookie, so cached pages stay
/// cacheable, and no address is kept); a visit is a visitor not seen for 30 minutes; "online" means seen in
/// the last 5 minutes. The total is persisted in batches with the view counts.
/// </summary>
public sealed class VisitorCounter(TimeProvider clock)
{
    public static readonly TimeSpan VisitGap = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, long> _lastSeen = new(StringComparer.Ordinal);
    private long _pendingVisits;
    private long _persistedTotal;
    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(16);

    public void Seen(string? address, string? userAgent)
    {
        var key = Convert.ToBase64String(HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes($"{address}|{userAgent}")), 0, 12);
        var now = clock.GetUtcNow().UtcTicks;
        var isNewVisit = false;
        _lastSeen.AddOrUpdate(key, _ => { isNewVisit = true; return now; }, (_, last) =>
        {
            isNewVisit = now - last > VisitGap.Ticks;
            return now;
        });
        if (isNewVisit) Interlocked.Increment(ref _pendingVisits);
    }

    public long Total => Interlocked.Read(ref _persistedTotal) + Interlocked.Read(ref _pendingVisits);

    public int Online
    {
        get
        {
            var since = clock.GetUtcNow().UtcTicks - OnlineWindow.Ticks;
            return _lastSeen.Values.Count(t => t >= since);
        }
    }

    public long DrainVisits() => Interlocked.Exchange(ref _pendingVisits, 0);

    public void Persisted(long total) => Interlocked.Exchange(ref _persistedTotal, total);

    public void Restore(long visits) => Interlocked.Add(ref _pendingVisits, visits);

    /// <summary>Forgets visitors not seen for longer than a visit lasts, so memory stays bounded.</summary>
    public void Prune()
    {
        var before = clock.GetUtcNow().UtcTicks - VisitGap.Ticks;
        foreach (var (key, last) in _lastSeen)
            if (last < before) _lastSeen.TryRemove(new KeyValuePair<string, long>(key, last));
    }
}
