using System.Collections.Concurrent;

namespace DoiThoai.Web.Features.PublicNews.Caching;

/// <summary>A public news page as a reader got it: the body bytes and the few headers worth replaying.</summary>
public sealed class StoredNewsPage(byte[] body, string? contentType, KeyValuePair<string, string>[] headers, long expiresAtMs, string? viewedSlug, bool countsVisit)
{
    public ReadOnlyMemory<byte> Body { get; } = body;
    public string? ContentType { get; } = contentType;
    public KeyValuePair<string, string>[] Headers { get; } = headers;
    public long ExpiresAtMs { get; } = expiresAtMs;

    /// <summary>The post whose view a hit counts, worked out once when stored (<see cref="Counters.NewsTraffic.ViewedSlug"/>).</summary>
    public string? ViewedSlug { get; } = viewedSlug;

    public bool CountsVisit { get; } = countsVisit;
    internal long LastUsedMs;
}

/// <summary>
/// The fast path's memory: complete public news pages keyed like the output cache keys them (see
/// <see cref="NewsFastPath.TryWriteKey"/>), bounded in count and bytes (least recently used go first) and
/// emptied by <see cref="NewsCache.EvictAsync"/>. A page rendered while an eviction happened is refused, so a
/// page read from the database before a change cannot outlive the eviction.
/// </summary>
public sealed class NewsPageStore
{
    private readonly ConcurrentDictionary<string, StoredNewsPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredNewsPage>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    /// <summary>Held by every change to the pages, so <see cref="Bytes"/> is always the sum of the pages kept.</summary>
    private readonly Lock _changing = new();
    private long _bytes;
    private long _generation;
    private long _hits;

    public NewsPageStore(IConfiguration configuration)
    {
        _bySpan = _pages.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxEntries = Math.Max(1, configuration.GetValue("News:FastPathEntries", 2000));
        MaxBytes = Math.Max(1, configuration.GetValue("News:FastPathMegabytes", 64)) * 1024L * 1024L;
        MaxEntryBytes = (int)Math.Min(MaxBytes, 2 * 1024 * 1024);
    }

    public int MaxEntries { get; }
    public long MaxBytes { get; }
    public int MaxEntryBytes { get; }
    public int Count => _pages.Count;
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Changes at every eviction; a page is stored only if it did not change while the page was made.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Pages served from memory since the start (logged in sums by <see cref="NewsCounterFlusher"/>).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public bool TryGet(ReadOnlySpan<char> key, long nowMs, out StoredNewsPage page)
    {
        if (!_bySpan.TryGetValue(key, out page!)) return false;
        if (page.ExpiresAtMs <= nowMs)
        {
            RemoveExpired(key, page);
            return false;
        }
        page.LastUsedMs = nowMs;
        Interlocked.Increment(ref _hits);
        return true;
    }

    /// <summary>Keeps the page unless an eviction happened since <paramref name="generation"/> was read; the least recently used make room.</summary>
    public bool TryAdd(string key, StoredNewsPage page, long generation, long nowMs)
    {
        if (page.Body.Length > MaxEntryBytes) return false;
        lock (_changing)
        {
            if (Generation != generation) return false;
            if (_pages.TryRemove(key, out var old)) Interlocked.Add(ref _bytes, -old.Body.Length);
            page.LastUsedMs = nowMs;
            while (_pages.Count >= MaxEntries || Bytes + page.Body.Length > MaxBytes)
            {
                var oldest = _pages.MinBy(p => p.Value.LastUsedMs);
                if (oldest.Key is null || !_pages.TryRemove(oldest)) break;
                Interlocked.Add(ref _bytes, -oldest.Value.Body.Length);
            }
            _pages[key] = page;
            Interlocked.Add(ref _bytes, page.Body.Length);
            return true;
        }
    }

    public void Clear()
    {
        lock (_changing)
        {
            Interlocked.Increment(ref _generation);
            _pages.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
    }

    /// <summary>Drops the expired page, unless a new page has taken its place since it was read.</summary>
    private void RemoveExpired(ReadOnlySpan<char> key, StoredNewsPage expired)
    {
        lock (_changing)
        {
            if (_bySpan.TryGetValue(key, out var current) && ReferenceEquals(current, expired) && _bySpan.TryRemove(key, out _, out _))
                Interlocked.Add(ref _bytes, -expired.Body.Length);
        }
    }
}
