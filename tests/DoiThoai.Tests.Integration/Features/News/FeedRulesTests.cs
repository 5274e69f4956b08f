using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DoiThoai.Tests.Integration.Infrastructure;

namespace DoiThoai.Tests.Integration.Features.News;

/// <summary>
/// The hand-written RSS feed and sitemap held to a validator's rules: RSS 2.0 as the RSS Advisory Board's
/// validator checks it, and the sitemaps.org protocol. Were these to fail, a library would write them instead.
/// </summary>
public partial class FeedRulesTests(NewsFactory factory) : IClassFixture<NewsFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>RFC 822 as RSS 2.0 takes it, with the four-digit year validators ask for.</summary>
    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$")]
    private static partial Regex Rfc822();

    /// <summary>The W3C datetime forms a sitemap's lastmod may take.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")]
    private static partial Regex W3cDate();

    /// <summary>Parsed as a validator would: no DTD, and bytes that must be the UTF-8 the declaration says.</summary>
    private static async Task<XDocument> WellFormedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet, ignoreCase: true);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text.TrimStart('\uFEFF'));
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static void AssertAbsolute(string? address)
    {
        Assert.True(Uri.TryCreate(address, UriKind.Absolute, out var uri), $"{address} is not an absolute address");
        Assert.Contains(uri.Scheme, new[] { "http", "https" });
        Assert.Equal("localhost", uri.Host);
    }

    [Fact]
    public async Task The_RSS_feed_keeps_the_RSS_2_rules()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Tin về đối thoại & kiến nghị \"mới\" cho RSS");
        var reader = factory.CreateBareClient();

        var response = await reader.GetAsync("/rss.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = await WellFormedAsync(response);

        var rss = feed.Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")?.Value);
        var channel = Assert.Single(rss.Elements("channel"));
        foreach (var required in new[] { "title", "link", "description" })
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(channel.Elements(required)).Value), $"channel {required} is empty");
        AssertAbsolute(channel.Element("link")!.Value);

        var self = Assert.Single(channel.Elements(Atom + "link"));
        Assert.Equal("self", self.Attribute("rel")?.Value);
        Assert.Equal("application/rss+xml", self.Attribute("type")?.Value);
        Assert.Equal("http://localhost/rss.xml", self.Attribute("href")?.Value);

        var items = channel.Elements("item").ToList();
        Assert.Contains(items, i => i.Element("title")?.Value == "Tin về đối thoại & kiến nghị \"mới\" cho RSS");
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value ?? item.Element("description")?.Value), "an item needs a title or a description");
            var link = item.Element("link")!.Value;
            AssertAbsolute(link);
            var guid = Assert.Single(item.Elements("guid"));
            Assert.Equal("true", guid.Attribute("isPermaLink")?.Value);
            AssertAbsolute(guid.Value);
            Assert.Equal(link, guid.Value);
            var published = item.Element("pubDate")!.Value;
            Assert.Matches(Rfc822(), published);
            Assert.True(DateTimeOffset.TryParseExact(published, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{published} is not RFC 822");
        });
        Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
        Assert.Contains(items, i => i.Element("link")!.Value == $"http://localhost/tin-tuc/{slug}");
    }

    [Fact]
    public async Task The_sitemap_keeps_the_sitemap_protocol_rules()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Tin cho sơ đồ trang");
        var reader = factory.CreateBareClient();

        var response = await reader.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Content.Headers.ContentLength is null or <= 50L * 1024 * 1024, "a sitemap is at most 50 MB");
        var sitemap = await WellFormedAsync(response);

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements().ToList();
        Assert.InRange(urls.Count, 1, 50_000);
        Assert.All(urls, url =>
        {
            Assert.Equal(Sitemap + "url", url.Name);
            var location = Assert.Single(url.Elements(Sitemap + "loc")).Value;
            AssertAbsolute(location);
            Assert.True(location.Length < 2048, $"{location} is longer than a sitemap allows");
            if (url.Element(Sitemap + "lastmod") is { } lastmod)
            {
                Assert.Matches(W3cDate(), lastmod.Value);
                Assert.True(DateTime.Parse(lastmod.Value, CultureInfo.InvariantCulture) <= DateTime.UtcNow.AddDays(1), $"{lastmod.Value} is in the future");
            }
            Assert.All(url.Elements(), e => Assert.Contains(e.Name, new[] { Sitemap + "loc", Sitemap + "lastmod", Sitemap + "changefreq", Sitemap + "priority" }));
        });
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains($"http://localhost/tin-tuc/{slug}", locations);
    }
}
