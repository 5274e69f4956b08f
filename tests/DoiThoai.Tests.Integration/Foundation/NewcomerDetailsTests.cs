using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>What a newcomer meets first: robots.txt, the favicon, one public header and footer, the editor's toolbar.</summary>
public class NewcomerDetailsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string IconLink = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />";

    [Fact]
    public async Task Robots_txt_is_plain_text_for_anyone_and_keeps_crawlers_out_of_staff_areas()
    {
        var response = await factory.CreateBareClient().GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("User-agent: *", text);
        Assert.Contains("Allow: /\n", text.ReplaceLineEndings("\n"));
        foreach (var staffArea in new[] { "/Account/", "/Staff", "/Conferences", "/FollowUps", "/News", "/Users", "/Audit" })
            Assert.Contains($"Disallow: {staffArea}", text);
        Assert.DoesNotContain("Disallow: /tin-tuc\n", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Disallow: /kien-nghi", text);
    }

    [Fact]
    public async Task Every_page_head_links_the_DoiThoai_favicon_which_also_replaces_the_stock_icon()
    {
        var heads = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "DoiThoai.Web", "Features"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<head>")).ToList();
        Assert.True(heads.Count >= 4, $"only {heads.Count} views write a <head>");
        foreach (var view in heads)
            Assert.True(File.ReadAllText(view).Contains(IconLink), $"{Path.GetFileName(view)} does not link the favicon");

        var anonymous = factory.CreateBareClient();
        foreach (var page in new[] { "/", "/tin-tuc", "/kien-nghi", "/Account/Login" })
            Assert.Contains(IconLink, await anonymous.GetStringAsync(page));
        var staff = await factory.SignedInClientAsync(Demo.Leader);
        Assert.Contains(IconLink, await staff.GetStringAsync("/Staff"));

        var icon = await anonymous.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>DoiThoai</title>", await icon.Content.ReadAsStringAsync());
        // Clients that ask for /favicon.ico without reading the page get the same mark, not the framework's stock icon.
        var ico = await anonymous.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        var bytes = await ico.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[22..26]);
        Assert.True(bytes.Length < 2048, $"favicon.ico is {bytes.Length} bytes, the stock one's size");
    }

    [Fact]
    public async Task The_public_home_news_and_answered_petitions_share_one_header_and_footer()
    {
        var anonymous = factory.CreateBareClient();
        var pages = new[] { "/", "/tin-tuc", "/kien-nghi" };
        var headers = new List<string>();
        var footers = new List<string>();
        foreach (var page in pages)
        {
            var html = await anonymous.GetStringAsync(page);
            headers.Add(Single(html, @"<header\b.*?</header>", page));
            footers.Add(Single(html, @"<footer\b.*?</footer>", page));
        }

        Assert.All(headers, h => Assert.Equal(headers[0], h));
        Assert.All(footers, f => Assert.Equal(footers[0], f));
        foreach (var link in new[] { "href=\"/\"", "href=\"/tin-tuc\"", "href=\"/kien-nghi\"", "href=\"/Account/Login\"" })
            Assert.Contains(link, headers[0]);
    }

    [Fact]
    public async Task The_news_editor_toolbar_names_its_styles_in_Vietnamese()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var page = await editor.GetStringAsync("/News/Create");
        var quill = page.IndexOf("/lib/quill/dist/quill.snow.css", StringComparison.Ordinal);
        var labels = page.IndexOf("/css/news-editor.css", StringComparison.Ordinal);
        Assert.True(quill >= 0 && labels > quill, "the editor page must load news-editor.css after Quill's stylesheet");

        var css = await editor.GetStringAsync("/css/news-editor.css");
        foreach (var label in new[] { "Đoạn văn", "Tiêu đề 2", "Tiêu đề 3", "Nhập liên kết:", "Lưu" })
            Assert.Contains($"content: \"{label}\"", css);
        foreach (var selector in new[] { ".ql-picker.ql-header .ql-picker-label::before", ".ql-picker-item[data-value=\"2\"]::before", ".ql-picker-item[data-value=\"3\"]::before" })
            Assert.Contains(selector, css);
    }

    private static string Single(string html, string pattern, string page)
    {
        var matches = Regex.Matches(html, pattern, RegexOptions.Singleline);
        Assert.True(matches.Count == 1, $"{page} has {matches.Count} matches of {pattern}");
        return matches[0].Value;
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var folder = Path.GetDirectoryName(thisFile); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "DoiThoai.sln"))) return folder;
        throw new InvalidOperationException($"No DoiThoai.sln above {thisFile}.");
    }
}

public class FirstStartLogTests
{
    [Fact]
    public async Task Migrating_a_fresh_SQLite_database_logs_no_warning_about_PRAGMA_foreign_keys()
    {
        await using var factory = new SqlitePortalFactory();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);

        var lines = Directory.GetFiles(factory.LogFolder, "*.json").SelectMany(ReadShared).ToList();
        Assert.NotEmpty(lines);
        var warnings = lines.Where(l => l.Contains("\"@l\":\"Warning\"") || l.Contains("\"@l\":\"Error\"")).ToList();
        Assert.DoesNotContain(warnings, l => l.Contains("PRAGMA", StringComparison.OrdinalIgnoreCase)
            || l.Contains("foreign_keys", StringComparison.OrdinalIgnoreCase)
            || l.Contains("NonTransactionalMigrationOperation", StringComparison.Ordinal)
            || l.Contains("Migrations", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
