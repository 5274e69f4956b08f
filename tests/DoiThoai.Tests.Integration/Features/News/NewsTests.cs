using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.PublicNews;
using DoiThoai.Web.Features.PublicNews.Polls;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace DoiThoai.Tests.Integration.Features.News;

public class NewsTests(NewsFactory factory) : IClassFixture<NewsFactory>
{
    /// <summary>Script, event handlers, javascript: and data: links, SVG, styles, frames and forms, each carrying "XSS".</summary>
    public static readonly string[] XssCorpus =
    [
        "<script>alert('XSS')</script>",
        "<img src=x onerror=alert('XSS')>",
        "<a href=\"javascript:alert('XSS')\">bấm vào đây</a>",
        "<a href=\"JaVaScRiPt:alert('XSS')\">hoa thường</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=\">dữ liệu</a>",
        "<svg onload=alert('XSS')><circle r=10 /></svg>",
        "<svg><script>alert('XSS')</script></svg>",
        "<p style=\"background:url(javascript:alert('XSS'))\">kiểu</p>",
        "<style>body{background:url('javascript:alert(\"XSS\")')}</style>",
        "<div style=\"width: expression(alert('XSS'));\">biểu thức</div>",
        "<iframe src=\"https://example.com/XSS\"></iframe>",
        "<body onload=alert('XSS')>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS')></style></mglyph></table></mtext></math>",
        "<form action=\"https://example.com/XSS\"><button>gửi</button></form>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoJ1hTUycpPjwvc3ZnPg==\">",
        "<p onmouseover=\"alert('XSS')\">di chuột</p>",
        "<object data=\"javascript:alert('XSS')\"></object>",
    ];

    private static readonly string[] Dangerous =
        ["<script", "onerror", "onload", "onmouseover", "javascript:", "data:", "<svg", "<style", "style=", "<iframe", "<img", "expression(", "<form", "<object", "<math"];

    private static void AssertHarmless(string html)
    {
        foreach (var marker in Dangerous)
            Assert.DoesNotContain(marker, html, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(30, 90, 160));
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private async Task<HttpResponseMessage> AddPhotoAsync(HttpClient editor, int postId, byte[] content, string fileName, string caption)
    {
        var token = await editor.GetAntiforgeryTokenAsync($"/News/Edit/{postId}");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(caption), "Caption" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await editor.PostAsync($"/News/AddPhoto/{postId}", form);
    }

    [Fact]
    public async Task A_post_gets_its_address_from_the_Vietnamese_title()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Hội nghị đối thoại giữa Đảng ủy phường Kỳ Phương với Nhân dân");
        var post = await factory.PostAsync(id);
        Assert.Equal("hoi-nghi-doi-thoai-giua-dang-uy-phuong-ky-phuong-voi-nhan-dan", post.Slug);
        Assert.Equal(NewsPostState.Draft, post.State);

        var again = await editor.CreatePostAsync("Hội nghị đối thoại giữa Đảng ủy phường Kỳ Phương với Nhân dân");
        Assert.Equal("hoi-nghi-doi-thoai-giua-dang-uy-phuong-ky-phuong-voi-nhan-dan-2", (await factory.PostAsync(again)).Slug);
    }

    [Fact]
    public async Task Script_handlers_links_svg_and_styles_are_stripped_from_bodies_captions_and_comments()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var body = "<p>Phần <strong>an toàn</strong> <a href=\"https://example.org/a\">liên kết</a>.</p>" + string.Concat(XssCorpus);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin thử nội dung độc hại trong thân bài", body);
        var stored = await factory.PostAsync(id);
        AssertHarmless(stored.BodyHtml);
        Assert.Contains("<strong>an toàn</strong>", stored.BodyHtml);
        Assert.Contains("href=\"https://example.org/a\"", stored.BodyHtml);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", stored.BodyHtml);

        foreach (var (attack, index) in XssCorpus.Take(6).Select((a, i) => (a, i)))
            Assert.Equal(HttpStatusCode.Redirect, (await AddPhotoAsync(editor, id, Png(40, 30), $"anh{index}.png", attack + " Toàn cảnh hội nghị")).StatusCode);
        var captions = (await factory.PostAsync(id)).Photos.Select(p => p.Caption).ToList();
        Assert.Equal(6, captions.Count);
        Assert.All(captions, c => { AssertHarmless(c); Assert.DoesNotContain("<", c); Assert.EndsWith("Toàn cảnh hội nghị", c); });

        var reader = factory.CreateBareClient();
        foreach (var attack in XssCorpus)
        {
            var (token, answer, form) = await reader.CaptchaAsync(factory, slug);
            var name = "Bạn đọc" + attack;
            var response = await reader.CommentAsync(slug, name[..Math.Min(100, name.Length)], "Ý kiến " + attack, token, answer, form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        var comments = await factory.WithDbAsync(db => db.NewsComments.AsNoTracking().Where(c => c.NewsPostId == id).ToListAsync());
        Assert.Equal(XssCorpus.Length, comments.Count);
        Assert.All(comments, c => { Assert.DoesNotContain("<", c.Text); Assert.DoesNotContain("<", c.AuthorName); });

        // Approved, they show as text; the page as a whole carries nothing executable from any of the three.
        await factory.WithDbAsync(db => db.NewsComments.Where(c => c.NewsPostId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, NewsCommentState.Approved)));
        await factory.Services.GetRequiredService<DoiThoai.Web.Features.PublicNews.Caching.NewsCache>().EvictAsync();
        var page = await reader.GetStringAsync($"/tin-tuc/{slug}");
        var article = page[page.IndexOf("<article", StringComparison.Ordinal)..page.IndexOf("<footer", StringComparison.Ordinal)];
        AssertHarmless(article.Replace("<img src=\"/tin-tuc/anh/", "<photo src=\"/tin-tuc/anh/"));
    }

    [Fact]
    public async Task Drafts_unpublished_and_scheduled_posts_are_not_found_by_the_public()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var reader = factory.CreateBareClient();
        var draftId = await editor.CreatePostAsync("Bản nháp chưa đăng về giao ban quý");
        var draft = await factory.PostAsync(draftId);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{draft.Slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, draftId, NewsAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{draft.Slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, draftId, NewsAction.Publish)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tin-tuc/{draft.Slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, draftId, NewsAction.Unpublish)).StatusCode);
        Assert.Equal(NewsPostState.Unpublished, (await factory.PostAsync(draftId)).State);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{draft.Slug}/ban-in")).StatusCode);
        Assert.DoesNotContain(draft.Slug, await reader.GetStringAsync("/tin-tuc"));

        // Scheduled for the day after tomorrow: published, but not public until then.
        var scheduledId = await editor.CreatePostAsync("Tin hẹn giờ đăng về đối thoại cuối năm");
        var at = VietnamTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, scheduledId, NewsAction.Publish, at)).StatusCode);
        var scheduled = await factory.PostAsync(scheduledId);
        Assert.Equal(NewsPostState.Published, scheduled.State);
        Assert.True(scheduled.PublishAtUtc > factory.Clock.GetUtcNow().UtcDateTime.AddDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{scheduled.Slug}")).StatusCode);
        Assert.DoesNotContain(scheduled.Slug, await reader.GetStringAsync("/rss.xml"));
        Assert.DoesNotContain(scheduled.Slug, await reader.GetStringAsync("/tin-tuc/tim-kiem?q=hen+gio+dang"));

        // Its time comes: it shows, without an editor touching it.
        factory.Clock.Offset = TimeSpan.FromDays(3);
        try
        {
            await factory.Services.GetRequiredService<DoiThoai.Web.Features.PublicNews.Caching.NewsCache>().EvictAsync();
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tin-tuc/{scheduled.Slug}")).StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }

        // Every change went to the audit trail, filed under the post.
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(NewsPost) && a.EntityId == draftId.ToString()));
        Assert.True(audited >= 4, $"{audited} audit entries");
    }

    [Fact]
    public async Task Publishing_evicts_the_cached_list_so_the_new_post_shows_at_once()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var reader = factory.CreateBareClient();
        var id = await editor.CreatePostAsync("Tin mới về thực hiện kết luận sau đối thoại");
        var slug = (await factory.PostAsync(id)).Slug;

        var before = await reader.GetStringAsync("/tin-tuc");
        Assert.DoesNotContain(slug, before);

        // The list is served from the cache: a change behind the portal's back does not show...
        // (A post scheduled by another test is published but not yet due, so it is not on the list.)
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var firstTitle = await factory.WithDbAsync(db => db.NewsPosts.Where(p => p.State == NewsPostState.Published && p.PublishAtUtc <= now)
            .OrderByDescending(p => p.PublishAtUtc).Select(p => p.Title).FirstAsync());
        Assert.Contains(firstTitle, before);
        Assert.Equal(before, await reader.GetStringAsync("/tin-tuc"));

        // ...but publishing through the portal evicts it.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Publish)).StatusCode);
        var after = await reader.GetStringAsync("/tin-tuc");
        Assert.Contains(slug, after);
        Assert.Contains(slug, await reader.GetStringAsync("/"));
        Assert.Contains(slug, await reader.GetStringAsync("/rss.xml"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Unpublish)).StatusCode);
        Assert.DoesNotContain(slug, await reader.GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public async Task An_editor_of_another_unit_finds_nothing_and_other_roles_are_refused()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Tin của thị xã Kỳ Anh về giao ban Mặt trận");

        var other = await factory.OtherUnitEditorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/News/Edit/{id}")).StatusCode);
        var token = await other.GetAntiforgeryTokenAsync("/News/Create");
        var post = await factory.PostAsync(id);
        var act = await other.PostAsync($"/News/Act/{id}", new FormUrlEncodedContent(
            [new("Action", "Publish"), new("Version", post.Version.ToString()), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
        var edit = await other.PostAsync($"/News/Edit/{id}", new FormUrlEncodedContent(
            [new("Input.Title", "Sửa trộm"), new("Input.Lead", "x"), new("Input.AuthorLine", "x"), new("Input.Version", post.Version.ToString()), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain(post.Slug, await other.GetStringAsync("/News"));
        Assert.Equal(NewsPostState.Draft, (await factory.PostAsync(id)).State);
        Assert.Equal(post.Title, (await factory.PostAsync(id)).Title);

        // A conference of another unit cannot be reported, nor drafted from.
        var kyPhuongConference = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Unit!.Code == "HT-KA-KPH").Select(c => c.Id).FirstAsync());
        var fromOther = await other.PostAsync("/News/FromConference", new FormUrlEncodedContent(
            [new("conferenceId", kyPhuongConference.ToString()), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, fromOther.StatusCode);

        foreach (var email in new[] { Demo.Leader, Demo.DistrictStaff, Demo.KyPhuongWard })
        {
            var staff = await factory.SignedInClientAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/News/Edit/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/News")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBareClient().GetAsync("/News")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_views_are_all_counted_after_a_flush_without_a_write_per_view()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin đếm lượt xem đồng thời");
        await factory.FlushCountersAsync();
        var before = (await factory.PostAsync(id)).ViewCount;

        var readers = Enumerable.Range(0, 8).Select(_ => factory.CreateBareClient()).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => readers[i % readers.Count].GetAsync($"/tin-tuc/{slug}")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Nothing was written yet: views wait in memory.
        Assert.Equal(before, (await factory.PostAsync(id)).ViewCount);
        await factory.FlushCountersAsync();
        Assert.Equal(before + 200, (await factory.PostAsync(id)).ViewCount);
        Assert.Equal(HttpStatusCode.NotFound, (await readers[0].GetAsync("/tin-tuc/khong-co-bai-nay")).StatusCode);
        await factory.FlushCountersAsync();
        Assert.Equal(before + 200, (await factory.PostAsync(id)).ViewCount);
    }

    [Fact]
    public async Task A_wrong_expired_reused_or_forged_captcha_is_refused()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin thử câu hỏi kiểm tra");
        var reader = factory.CreateBareClient();

        var (token, answer, form) = await reader.CaptchaAsync(factory, slug);
        var wrong = await reader.CommentAsync(slug, "Nguyễn Văn A", "Ý kiến với câu trả lời sai.", token, NewsSteps.WrongAnswer(answer), form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("chưa đúng", await wrong.Content.ReadAsStringAsync());

        // The same code cannot be answered again, even rightly.
        var reused = await reader.CommentAsync(slug, "Nguyễn Văn A", "Ý kiến dùng lại câu hỏi cũ.", token, answer, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("đã được dùng", await reused.Content.ReadAsStringAsync());

        var forged = await reader.CommentAsync(slug, "Nguyễn Văn A", "Ý kiến với câu hỏi giả.", "CfDJ8-gia-mao", "7", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);

        var (old, oldAnswer, oldForm) = await reader.CaptchaAsync(factory, slug);
        factory.Clock.Offset = TimeSpan.FromMinutes(21);
        try
        {
            var expired = await reader.CommentAsync(slug, "Nguyễn Văn A", "Ý kiến trả lời quá hạn.", old, oldAnswer, oldForm);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.StatusCode);
            Assert.Contains("hết hạn", await expired.Content.ReadAsStringAsync());
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.NewsComments.CountAsync(c => c.NewsPostId == id)));
    }

    [Fact]
    public async Task The_comment_page_shows_the_code_only_as_a_picture_drawn_on_the_server()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin thử ảnh mã kiểm tra");
        var reader = factory.CreateBareClient();

        factory.CaptchaCodes.Next = "K7XM4";
        var html = await reader.GetStringAsync($"/tin-tuc/{slug}/y-kien");
        var token = NewsSteps.CaptchaTokenIn(html);
        Assert.Equal("K7XM4", factory.CaptchaAnswer(token));
        // Nothing a script reads off the page gives the code: not as text, not in the alt text, no sum to work out.
        Assert.DoesNotContain("K7XM4", html.Replace(token, "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bằng mấy", html);
        var src = WebUtility.HtmlDecode(Regex.Match(html, "<img src=\"([^\"]+)\"[^>]*data-captcha-image").Groups[1].Value);
        Assert.Equal($"/tin-tuc/ma-kiem-tra?t={Uri.EscapeDataString(token)}", src);
        Assert.Contains("Đổi mã khác", html);

        var picture = await reader.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", picture.Headers.CacheControl?.ToString());
        var png = await picture.Content.ReadAsByteArrayAsync();
        using (var bitmap = SKBitmap.Decode(png))
            Assert.Equal((DoiThoai.Web.Features.News.CaptchaImage.Width, DoiThoai.Web.Features.News.CaptchaImage.Height), (bitmap.Width, bitmap.Height));
        // The same token always gives the same picture: reloading it to average away the noise teaches nothing.
        Assert.Equal(png, await reader.GetByteArrayAsync(src));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/tin-tuc/ma-kiem-tra?t=CfDJ8-gia-mao")).StatusCode);

        // "Đổi mã khác" brings a new token and picture without reloading the form.
        using var fresh = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/tin-tuc/ma-kiem-tra/moi"));
        var freshToken = fresh.RootElement.GetProperty("token").GetString()!;
        Assert.NotEqual(token, freshToken);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(fresh.RootElement.GetProperty("image").GetString())).StatusCode);

        // The right code is accepted whatever its case and spacing; then its picture is gone.
        var form = await reader.GetAntiforgeryTokenAsync($"/tin-tuc/{slug}/y-kien");
        var sent = await reader.CommentAsync(slug, "Phạm Thị Dung", "Ý kiến gửi với mã trong ảnh.", token, "k7x m4", form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.NewsComments.CountAsync(c => c.NewsPostId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(src)).StatusCode);
    }

    [Fact]
    public async Task A_comment_waits_for_an_editor_and_shows_once_approved()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (id, slug) = await editor.PublishedPostAsync(factory, "Tin thử ý kiến bạn đọc chờ duyệt");
        var reader = factory.CreateBareClient();
        Assert.DoesNotContain("Mong sớm có kết quả", await reader.GetStringAsync($"/tin-tuc/{slug}"));

        var (token, answer, form) = await reader.CaptchaAsync(factory, slug);
        var sent = await reader.CommentAsync(slug, "Trần Thị Bình", "Mong sớm có kết quả giải quyết kiến nghị.", token, answer, form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("chờ", await reader.GetStringAsync(sent.Headers.Location!.OriginalString) is var thanks && thanks.Contains("biên tập viên duyệt") ? "chờ" : thanks);

        var comment = await factory.WithDbAsync(db => db.NewsComments.AsNoTracking().SingleAsync(c => c.NewsPostId == id));
        Assert.Equal(NewsCommentState.Pending, comment.State);
        Assert.DoesNotContain("Mong sớm có kết quả", await reader.GetStringAsync($"/tin-tuc/{slug}"));
        Assert.Contains("Mong sớm có kết quả", await editor.GetStringAsync("/News/Comments"));

        var moderated = await editor.PostFormAsync("/News/Comments", $"/News/Moderate/{comment.Id}",
            [new("approve", "true"), new("version", comment.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, moderated.StatusCode);
        Assert.Contains("Mong sớm có kết quả", await reader.GetStringAsync($"/tin-tuc/{slug}"));

        // Another unit's editor cannot moderate it.
        var other = await factory.OtherUnitEditorAsync();
        var refused = await other.PostFormAsync("/News/Comments", $"/News/Moderate/{comment.Id}", [new("approve", "false"), new("version", comment.Version.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task Rss_and_sitemap_are_valid_xml_listing_only_published_posts()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, published) = await editor.PublishedPostAsync(factory, "Tin đã đăng cho RSS và sơ đồ trang");
        var draft = (await factory.PostAsync(await editor.CreatePostAsync("Tin nháp không được vào RSS"))).Slug;
        var reader = factory.CreateBareClient();

        var rss = await reader.GetAsync("/rss.xml");
        Assert.Equal("application/rss+xml", rss.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await rss.Content.ReadAsStringAsync());
        var links = feed.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains(links, l => l.EndsWith($"/tin-tuc/{published}", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.EndsWith($"/tin-tuc/{draft}", StringComparison.Ordinal));
        Assert.All(feed.Descendants("item"), i => Assert.True(DateTime.TryParse(i.Element("pubDate")!.Value, out _)));

        var sitemap = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith($"/tin-tuc/{published}", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.EndsWith($"/tin-tuc/{draft}", StringComparison.Ordinal));

        var publicSlugs = await factory.WithDbAsync(db => db.NewsPosts.Where(p => p.State == NewsPostState.Published && p.PublishAtUtc <= DateTime.UtcNow).Select(p => p.Slug).ToListAsync());
        foreach (var location in locations.Where(l => l.Contains("/tin-tuc/") && !l.Contains("/chuyen-muc/")))
            Assert.Contains(location[(location.LastIndexOf('/') + 1)..], publicSlugs);
    }

    [Fact]
    public async Task A_draft_from_a_conference_carries_its_record_and_the_editors_byline()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var conference = await factory.WithDbAsync(db => db.Conferences.AsNoTracking()
            .Include(c => c.Petitions).Include(c => c.Speeches).Include(c => c.ConclusionItems).Include(c => c.LegalBases).ThenInclude(l => l.LegalBasis)
            .SingleAsync(c => c.Unit!.Code == "HT-KA-KPH" && c.HeldOn == new DateOnly(2022, 6, 28)));
        var response = await editor.PostFormAsync("/News", "/News/FromConference", [new("conferenceId", conference.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var post = await factory.PostAsync(id);

        // The counts are the conference page's: opinions apart from petitions, proposals and questions, with what the
        // minutes state beyond their itemized rows.
        var unitemized = StatedTotals.UnitemizedOf(conference.StatedOpinionCount, conference.StatedPetitionCount, conference.StatedProposalCount,
            conference.StatedQuestionCount, kind => conference.Petitions.Count(p => p.Kind == kind));
        var opinions = conference.Petitions.Count(p => p.Kind == PetitionKind.Opinion) + unitemized.Opinions;
        var petitions = conference.Petitions.Count(p => p.Kind != PetitionKind.Opinion) + unitemized.Petitions;
        Assert.Equal(NewsPostState.Draft, post.State);
        Assert.Equal(conference.Id, post.ConferenceId);
        Assert.StartsWith("Ngày 28/06/2022", post.Lead);
        Assert.Contains($"{opinions:00} ý kiến", post.Lead);
        Assert.Contains($"{petitions:00} kiến nghị, đề xuất", post.BodyHtml);
        Assert.DoesNotContain("Ngày 28/06/2022", post.BodyHtml.Split("</p>")[0]);
        Assert.Contains("Chủ trì hội nghị: đồng chí", post.BodyHtml);
        Assert.Contains("Tham dự và chỉ đạo", post.BodyHtml);
        Assert.Contains("Kết luận hội nghị", post.BodyHtml);
        // Beyond the chairs: legal bases, speeches, petitions with their answers, conclusion items.
        foreach (var basis in conference.LegalBases) Assert.Contains(WebEncoded(basis.LegalBasis!.Number), post.BodyHtml);
        Assert.All(conference.Speeches.Where(s => s.Summary.Length > 0), s => Assert.Contains(WebEncoded(s.Summary.Trim().TrimEnd('.')), post.BodyHtml));
        Assert.All(conference.Petitions.OrderBy(p => p.Order).Take(ConferenceDraft.QuotedPetitions), p => Assert.Contains(WebEncoded(p.Content.Trim().TrimEnd('.')), post.BodyHtml));
        Assert.All(conference.Petitions.Where(p => p.OnTheSpotAnswer is { Length: > 0 }).OrderBy(p => p.Order).Take(ConferenceDraft.QuotedPetitions),
            p => Assert.Contains(WebEncoded(p.OnTheSpotAnswer!.Trim().TrimEnd('.')), post.BodyHtml));
        Assert.All(conference.ConclusionItems, i => Assert.Contains(WebEncoded(i.Content.Trim().TrimEnd('.')), post.BodyHtml));
        Assert.Equal("Đậu Thị Anh (Thị xã Kỳ Anh)", post.AuthorLine);
    }

    /// <summary>The draft's HTML encodes only the characters that mean markup.</summary>
    private static string WebEncoded(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    [Fact]
    public async Task An_archived_post_keeps_its_original_publication_time_and_author()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Tin lưu trữ: đối thoại năm 2021 ở phường Kỳ Phương");
        var original = new DateTime(2021, 3, 15, 8, 30, 0);

        var response = await editor.ActAsync(factory, id, NewsAction.Publish, original);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await factory.PostAsync(id);
        Assert.Equal(NewsPostState.Published, post.State);
        Assert.Equal(new DateTime(2021, 3, 15, 1, 30, 0, DateTimeKind.Utc), post.PublishAtUtc);
        Assert.Equal("Đậu Thị Anh (Văn phòng Thị ủy Kỳ Anh)", post.AuthorLine);
        var page = await editor.GetStringAsync($"/News/Edit/{id}");
        Assert.Contains("Đã đăng với thời điểm đăng gốc 08:30 15/03/2021.", page);
        Assert.Contains("Đăng lúc: 08:30 15/03/2021", page);

        var reader = factory.CreateBareClient();
        var article = await reader.GetStringAsync($"/tin-tuc/{post.Slug}");
        Assert.Contains("15/03/2021", article);
        Assert.Contains("Đậu Thị Anh (Văn phòng Thị ủy Kỳ Anh)", article);
    }

    [Fact]
    public async Task A_photo_is_checked_by_content_resized_and_served_with_long_caching_once_public()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var id = await editor.CreatePostAsync("Tin có ảnh toàn cảnh hội nghị");
        Assert.Equal(HttpStatusCode.Redirect, (await AddPhotoAsync(editor, id, Png(2400, 1600), "toan-canh.png", "Toàn cảnh hội nghị")).StatusCode);
        var html = System.Text.Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        Assert.Equal(HttpStatusCode.Redirect, (await AddPhotoAsync(editor, id, html, "gia-mao.jpg", "Ảnh giả")).StatusCode);
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        Assert.Equal(HttpStatusCode.Redirect, (await AddPhotoAsync(editor, id, pdf, "van-ban.png", "Văn bản")).StatusCode);

        var photo = Assert.Single((await factory.PostAsync(id)).Photos);
        Assert.Equal(1200, photo.Width);
        Assert.Equal(800, photo.Height);
        Assert.True(File.Exists(Path.Combine(factory.StorageFolder, photo.StoredName)));

        var reader = factory.CreateBareClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/anh/{photo.StoredName}")).StatusCode);
        var preview = await editor.GetAsync($"/tin-tuc/anh/{photo.StoredName}");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.True(preview.Headers.CacheControl!.NoStore);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Publish)).StatusCode);
        var served = await reader.GetAsync($"/tin-tuc/anh/{photo.StoredName}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.True(served.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), served.Headers.CacheControl.MaxAge);
        using var decoded = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(1200, decoded.Width);
    }

    private static string? MetaProperty(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [Fact]
    public async Task A_shared_post_shows_its_cover_photo_or_else_the_portals_image()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var reader = factory.CreateBareClient();

        var (_, plainSlug) = await editor.PublishedPostAsync(factory, "Tin không có ảnh về hội nghị đối thoại");
        var plain = await reader.GetStringAsync($"/tin-tuc/{plainSlug}");
        Assert.Equal("Tin không có ảnh về hội nghị đối thoại", MetaProperty(plain, "og:title"));
        Assert.False(string.IsNullOrWhiteSpace(MetaProperty(plain, "og:description")));
        var fallback = MetaProperty(plain, "og:image");
        Assert.Equal("http://localhost/img/doithoai-og.png", fallback);
        var image = await reader.GetAsync(new Uri(fallback!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);

        var id = await editor.CreatePostAsync("Tin có ảnh bìa hội nghị đối thoại");
        Assert.Equal(HttpStatusCode.Redirect, (await AddPhotoAsync(editor, id, Png(800, 600), "bia.png", "Ảnh bìa")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Publish)).StatusCode);
        var post = await factory.PostAsync(id);
        var withPhoto = await reader.GetStringAsync($"/tin-tuc/{post.Slug}");
        Assert.Equal($"http://localhost/tin-tuc/anh/{Assert.Single(post.Photos).StoredName}", MetaProperty(withPhoto, "og:image"));
        Assert.Equal("Tin có ảnh bìa hội nghị đối thoại", MetaProperty(withPhoto, "og:title"));
    }

    [Fact]
    public async Task Readers_find_a_post_by_words_without_diacritics()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Phường Kỳ Phương đối thoại về kinh phí hoạt động của chi hội");
        var reader = factory.CreateBareClient();
        Assert.Contains(slug, await reader.GetStringAsync("/tin-tuc/tim-kiem?q=ky+phuong+kinh+phi+chi+hoi"));
        Assert.Contains(slug, await reader.GetStringAsync("/tin-tuc/tim-kiem?q=KỲ+PHƯƠNG+kinh+phí"));
        Assert.DoesNotContain(slug, await reader.GetStringAsync("/tin-tuc/tim-kiem?q=ky+phuong+thanh+binh+kinh+phi"));
    }

    [Theory]
    [InlineData("/tin-tuc/anh/%20")]
    [InlineData("/tin-tuc/anh/%09")]
    [InlineData("/tin-tuc/anh/%E3%80%80")]
    [InlineData("/tin-tuc/%20")]
    [InlineData("/tin-tuc/%09/ban-in")]
    [InlineData("/tin-tuc/%20/y-kien")]
    [InlineData("/tin-tuc/chuyen-muc/%09")]
    public async Task A_blank_path_value_is_not_found_rather_than_a_server_error(string path)
    {
        var response = await factory.CreateBareClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }
}

public class NewsPollTests(NewsFactory factory) : IClassFixture<NewsFactory>
{
    /// <summary>A fresh open poll for one test, so counts start at zero.</summary>
    private async Task<(NewsPoll Poll, NewsPollOption Option)> OpenPollAsync(string question)
    {
        var poll = await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.FirstAsync();
            var created = new NewsPoll
            {
                UnitId = unit.Id, Question = question, CreatedAtUtc = DateTime.UtcNow,
                Options = [new() { Text = "Đồng ý", Order = 1 }, new() { Text = "Chưa đồng ý", Order = 2 }],
            };
            db.NewsPolls.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        return (poll, poll.Options.OrderBy(o => o.Order).First());
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, NewsPoll poll, NewsPollOption option) =>
        client.PostFormAsync("/khao-sat", $"/khao-sat/{poll.Id}", [new("optionId", option.Id.ToString())]);

    private Task<int> VotesAsync(NewsPoll poll) => factory.WithDbAsync(db => db.NewsPollVotes.CountAsync(v => v.NewsPollId == poll.Id));

    [Fact]
    public async Task A_visitor_votes_once_per_poll_and_the_vote_is_counted()
    {
        var (poll, option) = await OpenPollAsync("Bạn có hài lòng với buổi đối thoại tháng này?");
        var visitor = factory.CreateReaderAt("203.0.113.21");

        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(visitor, poll, option)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(visitor, poll, option)).StatusCode);
        Assert.Contains("đã tham gia khảo sát này", await visitor.GetStringAsync("/khao-sat"));
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(factory.CreateReaderAt("203.0.113.22"), poll, option)).StatusCode);
        Assert.Equal(2, await VotesAsync(poll));
        Assert.Contains($"{option.Text}: 2 phiếu", await visitor.GetStringAsync("/khao-sat"));
    }

    [Fact]
    public async Task A_second_vote_from_the_same_address_without_the_cookie_is_refused()
    {
        var (poll, option) = await OpenPollAsync("Địa điểm tổ chức đối thoại có thuận tiện?");
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(factory.CreateReaderAt("198.51.100.31"), poll, option)).StatusCode);

        // A script that drops its cookie and votes again from the same address.
        var script = factory.CreateReaderAt("198.51.100.31");
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(script, poll, option)).StatusCode);
        Assert.Contains("đã tham gia khảo sát này", await script.GetStringAsync("/khao-sat"));
        // Nor from the same IPv6 network (a household or phone gets a whole /64).
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(factory.CreateReaderAt("2001:db8:5:7::1"), poll, option)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(factory.CreateReaderAt("2001:db8:5:7::2"), poll, option)).StatusCode);
        Assert.Equal(2, await VotesAsync(poll));

        // The address is kept only as a keyed hash.
        var hashes = await factory.WithDbAsync(db => db.NewsPollVotes.Where(v => v.NewsPollId == poll.Id).Select(v => v.AddressHash).ToListAsync());
        Assert.All(hashes, h => Assert.Matches("^[0-9A-F]{64}$", h));
        var plain = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Net.IPAddress.Parse("198.51.100.31").GetAddressBytes()));
        Assert.DoesNotContain(plain, hashes);
    }

    [Fact]
    public async Task A_kept_cookie_votes_once_even_from_another_address_and_a_made_up_one_is_not_trusted()
    {
        var (poll, option) = await OpenPollAsync("Nên tổ chức đối thoại vào buổi tối?");
        var visitor = factory.CreateReaderAt("192.0.2.41");
        var first = await VoteAsync(visitor, poll, option);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        // The cookie is sealed, not a bare id a script could make up by the thousand.
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PollVoters.VisitorCookie + "=", StringComparison.Ordinal));
        var value = cookie.Split(';')[0].Split('=', 2)[1];
        Assert.False(Guid.TryParse(value, out _));
        Assert.Contains("httponly", cookie.ToLowerInvariant());

        visitor.DefaultRequestHeaders.Remove(ClientAddressFromHeader.Header);
        visitor.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, "192.0.2.42");
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(visitor, poll, option)).StatusCode);
        Assert.Equal(1, await VotesAsync(poll));

        // A cookie the portal did not seal counts for nothing: its holder is a new visitor with a new, sealed cookie.
        var voters = factory.Services.GetRequiredService<PollVoters>();
        var madeUp = Guid.NewGuid();
        var forged = new DefaultHttpContext();
        forged.Request.Headers.Cookie = $"{PollVoters.VisitorCookie}={madeUp:N}";
        var forger = await voters.IdentifyAsync(forged);
        Assert.NotEqual(madeUp, forger.VisitorId);
        var issued = forged.Response.Headers.SetCookie.ToString().Split(';')[0];
        Assert.StartsWith(PollVoters.VisitorCookie + "=", issued);

        var returning = new DefaultHttpContext();
        returning.Request.Headers.Cookie = issued;
        Assert.Equal(forger.VisitorId, (await voters.IdentifyAsync(returning)).VisitorId);
        Assert.Equal(0, returning.Response.Headers.SetCookie.Count);
    }
}

public class NewsRateLimitFactory : NewsFactory
{
    protected override int CommentsPerWindow => 2;
}

public class NewsRateLimitTests(NewsRateLimitFactory factory) : IClassFixture<NewsRateLimitFactory>
{
    [Fact]
    public async Task Comments_from_one_address_are_limited()
    {
        var editor = await factory.SignedInClientAsync(Demo.Editor);
        var (_, slug) = await editor.PublishedPostAsync(factory, "Tin thử giới hạn gửi ý kiến");
        var reader = factory.CreateBareClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var (token, answer, form) = await reader.CaptchaAsync(factory, slug);
            statuses.Add((await reader.CommentAsync(slug, "Lê Văn C", $"Ý kiến thứ {i + 1} về bài viết.", token, answer, form)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }
}
