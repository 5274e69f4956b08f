using System.Globalization;
using System.Text;
using System.Xml;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Caching;
using DoiThoai.Web.Features.PublicNews.Counters;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace DoiThoai.Web.Features.PublicNews;

/// <summary>
/// The readers' news pages under /tin-tuc. Pages come from the output cache and, for anonymous readers, from the
/// fast path's memory ([ServedFromMemory]; both evicted on every change an editor makes); the comment form and the
/// counters never do, since they carry a token or live numbers.
/// The cached pages answer HEAD too, as HTTP asks of any page that answers GET.
/// </summary>
[AllowAnonymous]
[Route("tin-tuc")]
public sealed class PublicNewsController(PublicNewsService news) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Index(int page = 1) => View("List", await news.ListAsync(null, page));

    [AcceptVerbs("GET", "HEAD", Route = "chuyen-muc/{category}")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Category(string category, int page = 1) =>
        NewsRoutes.CategoryFrom(category) is { } c ? View("List", await news.ListAsync(c, page)) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "the/{tag}")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Tag(string tag, int page = 1) => View("List", await news.TagAsync(tag, page));

    [AcceptVerbs("GET", "HEAD", Route = "tim-kiem")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Search(string? q, int page = 1) => View("List", await news.SearchAsync(q, page));

    [AcceptVerbs("GET", "HEAD", Route = "{slug}")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Post(string slug) => await news.PostAsync(slug) is { } post ? View(post) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "{slug}/ban-in")]
    [OutputCache(PolicyName = NewsCache.Pages)]
    [ServedFromMemory]
    public async Task<IActionResult> Print(string slug) => await news.PostAsync(slug) is { } post ? View(post) : NotFound();

    [HttpGet("{slug}/y-kien")]
    public async Task<IActionResult> Comment(string slug, [FromServices] Captcha captcha) =>
        await news.CommentTargetAsync(slug) is { } post ? View(new CommentForm(post, new NewsCommentInput(), captcha.Create(), Request.Query.ContainsKey("da-gui"))) : NotFound();

    [HttpPost("{slug}/y-kien")]
    [EnableRateLimiting(PublicNewsServices.CommentLimit)]
    public async Task<IActionResult> Comment(string slug, NewsCommentInput input, [FromServices] Captcha captcha)
    {
        if (await news.CommentTargetAsync(slug) is not { } post) return NotFound();
        if (ModelState.IsValid && captcha.Check(input.CaptchaToken, input.CaptchaAnswer) is var result && result != CaptchaResult.Passed)
            ModelState.AddModelError(nameof(input.CaptchaAnswer), Captcha.Message(result));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            input.CaptchaAnswer = null;
            ModelState.Remove(nameof(input.CaptchaAnswer) + ".attempted");
            return View(new CommentForm(post, input, captcha.Create(), false));
        }
        await news.AddCommentAsync(post, input);
        return Redirect($"/tin-tuc/{post.Slug}/y-kien?da-gui=1");
    }

    /// <summary>The picture of a comment form's code, drawn on the server; no text of the code reaches the browser.</summary>
    [HttpGet("ma-kiem-tra")]
    public IActionResult CaptchaPicture(string? t, [FromServices] Captcha captcha)
    {
        if (t is null || t.Length > 1000 || captcha.CodeToDraw(t) is not { } drawing) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(CaptchaImage.Png(drawing.Code, drawing.Seed), "image/png");
    }

    /// <summary>A new code for the "Đổi mã khác" link (news.js): the token for the form and the address of its picture.</summary>
    [HttpGet("ma-kiem-tra/moi")]
    public IActionResult NewCaptcha([FromServices] Captcha captcha)
    {
        Response.Headers.CacheControl = "no-store";
        var challenge = captcha.Create();
        return Json(new { token = challenge.Token, image = challenge.ImagePath });
    }

    /// <summary>A photo: cached for a year by anyone when its post is public (names are never reused); otherwise only for the post's editors.</summary>
    [HttpGet("anh/{name}")]
    public async Task<IActionResult> Photo(string? name, [FromServices] FileStore files, [FromServices] IRecordAuthorization access)
    {
        // A blank segment ("%20", "%09") binds as null.
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || await news.PhotoAsync(name) is not { } photo) return NotFound();
        if (!photo.IsPublic && !await access.MayAsync(photo.Photo, Operation.Read)) return NotFound();
        var path = files.PathOf(photo.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        Response.Headers.CacheControl = photo.IsPublic ? "public, max-age=31536000, immutable" : "private, no-store";
        return PhysicalFile(path, photo.ContentType, System.IO.File.GetLastWriteTimeUtc(path), new EntityTagHeaderValue($"\"{photo.StoredName}\""));
    }

    /// <summary>The visitor counter's figures, read by news.js; never cached.</summary>
    [HttpGet("thong-ke")]
    public IActionResult Stats([FromServices] VisitorCounter visitors)
    {
        Response.Headers.CacheControl = "no-store";
        return Json(new { total = visitors.Total, online = Math.Max(1, visitors.Online) });
    }

    private const string Atom = "http://www.w3.org/2005/Atom";

    [AcceptVerbs("GET", "HEAD", Route = "/rss.xml")]
    [OutputCache(PolicyName = NewsCache.Feeds)]
    [ServedFromMemory]
    public async Task<IActionResult> Rss()
    {
        var site = $"{Request.Scheme}://{Request.Host}";
        var items = await news.FeedAsync(30);
        return Xml(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, Atom);
            w.WriteStartElement("channel");
            w.WriteElementString("title", "Tin tức – Đối thoại và kiến nghị");
            w.WriteElementString("link", $"{site}/tin-tuc");
            w.WriteElementString("description", "Tin bài về hội nghị đối thoại và kết quả giải quyết kiến nghị của Nhân dân.");
            w.WriteElementString("language", "vi");
            // The feed's own address, as the RSS Advisory Board recommends: readers and validators find where it lives.
            w.WriteStartElement("atom", "link", Atom);
            w.WriteAttributeString("href", $"{site}/rss.xml");
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var item in items)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", item.Title);
                w.WriteElementString("link", $"{site}/tin-tuc/{item.Slug}");
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString($"{site}/tin-tuc/{item.Slug}");
                w.WriteEndElement();
                w.WriteElementString("pubDate", DateTime.SpecifyKind(item.PublishedAtUtc, DateTimeKind.Utc).ToString("R"));
                w.WriteElementString("category", item.Category.Label());
                w.WriteElementString("description", item.Lead);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }, "application/rss+xml; charset=utf-8");
    }

    [AcceptVerbs("GET", "HEAD", Route = "/sitemap.xml")]
    [OutputCache(PolicyName = NewsCache.Feeds)]
    [ServedFromMemory]
    public async Task<IActionResult> Sitemap()
    {
        var site = $"{Request.Scheme}://{Request.Host}";
        var items = await news.FeedAsync(5000);
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return Xml(w =>
        {
            w.WriteStartElement("urlset", ns);
            void Url(string path, DateTime? modified)
            {
                w.WriteStartElement("url", ns);
                w.WriteElementString("loc", ns, site + path);
                // A W3C date (YYYY-MM-DD), whatever the culture of the request.
                if (modified is { } m) w.WriteElementString("lastmod", ns, m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
            static DateTime Modified(FeedItem item) => item.UpdatedAtUtc > item.PublishedAtUtc ? item.UpdatedAtUtc : item.PublishedAtUtc;
            Url("/", null);
            // The list changes when any post on it does.
            Url("/tin-tuc", items.Count > 0 ? items.Max(Modified) : null);
            foreach (var category in Enum.GetValues<NewsCategory>()) Url($"/tin-tuc/chuyen-muc/{NewsRoutes.CategorySlug(category)}", null);
            Url("/kien-nghi", null);
            foreach (var item in items) Url($"/tin-tuc/{item.Slug}", Modified(item));
            w.WriteEndElement();
        }, "application/xml; charset=utf-8");
    }

    private ContentResult Xml(Action<XmlWriter> write, string contentType)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        // The writer declares utf-16 for a StringBuilder; the response is UTF-8.
        return Content(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), contentType, Encoding.UTF8);
    }
}

public sealed record CommentForm(CommentTarget Post, NewsCommentInput Input, CaptchaChallenge Captcha, bool Sent);
