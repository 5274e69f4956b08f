using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Features.PublicNews.Caching;

/// <summary>
/// Answers anonymous readers' GET and HEAD of the pages marked <see cref="ServedFromMemoryAttribute"/> from <see cref="NewsPageStore"/>,
/// near the front of the pipeline (only the forwarded headers, the security headers, the exception handler and
/// HSTS run before it), so a hit skips status pages, localization, static files, request logging, routing,
/// authentication, authorization, the rate limiter and the output cache. On a miss the request goes the normal
/// way and, when the output cache would keep the answer (a 200 from a marked endpoint with an output cache policy, no
/// cookie set, nothing private), the bytes are kept here too. A request carrying the sign-in cookie or an
/// Authorization header never reads or fills the store. Views and visits are counted as <see cref="NewsTraffic"/> does.
/// </summary>
public sealed partial class NewsFastPath
{
    private static readonly string[] ReplayedHeaders = ["Cache-Control", "ETag", "Last-Modified", "Expires", "Vary", "Content-Language"];

    private readonly RequestDelegate _next;
    private readonly NewsPageStore _store;
    private readonly ViewBuffer _views;
    private readonly VisitorCounter _visitors;
    private readonly ILogger<NewsFastPath> _logger;
    private readonly string _signInCookie;
    // Read once, at the first request: by then every endpoint is mapped.
    private readonly Lazy<FastPathRoutes> _routes;

    public NewsFastPath(RequestDelegate next, NewsPageStore store, ViewBuffer views, VisitorCounter visitors,
        IOptionsMonitor<CookieAuthenticationOptions> cookies, EndpointDataSource endpoints, ILogger<NewsFastPath> logger)
    {
        _next = next;
        _routes = new Lazy<FastPathRoutes>(() => FastPathRoutes.From(endpoints.Endpoints));
        _store = store;
        _views = views;
        _visitors = visitors;
        _logger = logger;
        // "DoiThoai.Auth" or "__Host-DoiThoai.Auth" (and its chunks "DoiThoai.AuthC1"...): looked for without the prefix.
        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "DoiThoai.Auth";
        _signInCookie = name.StartsWith("__Host-", StringComparison.Ordinal) ? name["__Host-".Length..] : name;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method)) || !_routes.Value.TryMatch(request.Path.Value, out var varyByQuery) || IsSignedIn(request))
            return _next(context);
        Span<char> buffer = stackalloc char[512];
        if (!TryWriteKey(request, varyByQuery, buffer, out var length)) return _next(context);
        var key = buffer[..length];
        if (_store.TryGet(key, Environment.TickCount64, out var page)) return Serve(context, page, isGet);
        return isGet ? CaptureAsync(context, key.ToString()) : _next(context);
    }

    private bool IsSignedIn(HttpRequest request)
    {
        var headers = request.Headers;
        if (headers.Authorization.Count > 0) return true;
        foreach (var cookie in headers.Cookie)
            if (cookie is not null && cookie.Contains(_signInCookie, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Like the output cache's key: scheme, host and path (the feeds carry the host in their links), and only the
    /// query values the route's policy varies by (<see cref="NewsCache.VaryByQuery"/>), each length-prefixed so no value can
    /// pass for another (a path with a control character has no key). Path and host are kept as sent (ordinal): a differently written address is a separate entry.
    /// </summary>
    public static bool TryWriteKey(HttpRequest request, string[] varyByQuery, Span<char> buffer, out int length)
    {
        length = 0;
        var path = request.Path.Value!;
        // The separators below are control characters; a (decoded) path holding one could pass for another page's key.
        if (path.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0) return false;
        if (!Append(buffer, ref length, request.Scheme) || !Append(buffer, ref length, "://")
            || !Append(buffer, ref length, request.Host.Value) || !Append(buffer, ref length, path)) return false;
        if (!request.QueryString.HasValue || varyByQuery.Length == 0) return true;
        var query = request.Query;
        foreach (var name in varyByQuery)
            if (!Append(buffer, ref length, "\u001e") || !AppendValue(buffer, ref length, name, query[name].ToString())) return false;
        return true;
    }

    private static bool AppendValue(Span<char> buffer, ref int length, string name, string value)
    {
        if (!Append(buffer, ref length, name) || !value.Length.TryFormat(buffer[length..], out var written)) return false;
        length += written;
        return Append(buffer, ref length, ":") && Append(buffer, ref length, value);
    }

    private static bool Append(Span<char> buffer, ref int length, string? text)
    {
        if (text is null) return true;
        if (!text.AsSpan().TryCopyTo(buffer[length..])) return false;
        length += text.Length;
        return true;
    }

    private Task Serve(HttpContext context, StoredNewsPage page, bool isGet)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        if (page.ContentType is not null) headers.ContentType = page.ContentType;
        foreach (var (name, value) in page.Headers) headers[name] = value;
        headers.ContentLength = page.Body.Length;
        LogHit(_logger, context.Request.Path.Value);
        if (!isGet) return Task.CompletedTask;
        NewsTraffic.Count(context, _views, _visitors, page.ViewedSlug, page.CountsVisit);
        // No RequestAborted token: reading it costs Kestrel a token source per request, and a write to a gone client just ends.
        return response.Body.WriteAsync(page.Body).AsTask();
    }

    private async Task CaptureAsync(HttpContext context, string key)
    {
        var generation = _store.Generation;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new CapturedBody(original, _store.MaxEntryBytes);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await _next(context);
            await capture.FlushWriterAsync();
        }
        finally
        {
            context.Features.Set(original);
        }
        if (Storable(context, capture) is { } lifetime)
        {
            var path = context.Request.Path.Value!;
            var headers = ReplayedHeaders.Where(h => context.Response.Headers.ContainsKey(h))
                .Select(h => new KeyValuePair<string, string>(h, context.Response.Headers[h].ToString())).ToArray();
            var now = Environment.TickCount64;
            var page = new StoredNewsPage(capture.Captured.ToArray(), context.Response.ContentType, headers,
                now + (long)lifetime.TotalMilliseconds, NewsTraffic.ViewedSlug(path), NewsTraffic.CountsVisit(path));
            if (_store.TryAdd(key, page, generation, now)) LogStored(_logger, path, page.Body.Length);
        }
    }

    /// <summary>How long the answer may be kept, or null when the output cache would not keep it either.</summary>
    private static TimeSpan? Storable(HttpContext context, CapturedBody capture)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || capture.Overflowed || context.RequestAborted.IsCancellationRequested) return null;
        if (context.User.Identity?.IsAuthenticated == true || response.Headers.SetCookie.Count > 0) return null;
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ServedFromMemoryAttribute>() is null
            || endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is not { PolicyName: { } policy }) return null;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)) return null;
        if (response.ContentLength is { } declared && declared != capture.Captured.Length) return null;
        return NewsCache.Lifetime(policy);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Public news page {Path} served from memory")]
    private static partial void LogHit(ILogger logger, string? path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Public news page {Path} kept in memory ({Bytes} bytes)")]
    private static partial void LogStored(ILogger logger, string path, int bytes);

    /// <summary>Passes the body on to the client and keeps a copy, up to a limit (beyond it the page is simply not kept).</summary>
    private sealed class CapturedBody(IHttpResponseBodyFeature inner, int limit) : Stream, IHttpResponseBodyFeature
    {
        private readonly ArrayBufferWriter<byte> _copy = new(16 * 1024);
        private PipeWriter? _writer;

        public bool Overflowed { get; private set; }
        public ReadOnlySpan<byte> Captured => _copy.WrittenSpan;

        private void Keep(ReadOnlySpan<byte> data)
        {
            if (Overflowed) return;
            if (_copy.WrittenCount + data.Length > limit)
            {
                Overflowed = true;
                return;
            }
            _copy.Write(data);
        }

        public async Task FlushWriterAsync()
        {
            if (_writer is not null) await _writer.FlushAsync();
        }

        // IHttpResponseBodyFeature
        public Stream Stream => this;
        public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));
        public void DisableBuffering() => inner.DisableBuffering();
        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(this, path, offset, count, cancellationToken);

        public async Task CompleteAsync()
        {
            await FlushWriterAsync();
            await inner.CompleteAsync();
        }

        // Stream: write-only, into the client's stream and the copy.
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Flush() => inner.Stream.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.Stream.FlushAsync(cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Stream.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.Stream.WriteAsync(buffer, cancellationToken);
        }
    }
}
