// Serves files from memory, each at the address given, as text/html:
//   DoiThoai.ReferenceServer --urls http://127.0.0.1:5390 /tin-tuc=list.html /tin-tuc/bai=post.html
// The bench compares the portal with this: the same bytes, no work beyond Kestrel's own.
using Microsoft.Net.Http.Headers;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
foreach (var arg in args.Where(a => a.StartsWith('/') && a.Contains('=')))
{
    var (path, file) = (arg[..arg.IndexOf('=')], arg[(arg.IndexOf('=') + 1)..]);
    pages[path] = File.ReadAllBytes(file);
}
if (pages.Count == 0)
{
    Console.Error.WriteLine("Give one or more /address=file pairs.");
    return 1;
}

const string html = "text/html; charset=utf-8";
app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
    context.Response.ContentType = html;
    context.Response.ContentLength = body.Length;
    context.Response.Headers[HeaderNames.CacheControl] = "max-age=300";
    return context.Response.Body.WriteAsync(body).AsTask();
});

Console.WriteLine($"Serving {pages.Count} page(s) from memory.");
await app.RunAsync();
return 0;
