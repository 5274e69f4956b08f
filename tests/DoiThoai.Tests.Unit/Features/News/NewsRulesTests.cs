using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.AspNetCore.DataProtection;
using Moq;

namespace DoiThoai.Tests.Unit.Features.News;

public class NewsSlugTests
{
    [Theory]
    [InlineData("Hội nghị đối thoại", "hoi-nghi-doi-thoai")]
    [InlineData("Đảng ủy phường Kỳ Phương đối thoại với MTTQ, các đoàn thể", "dang-uy-phuong-ky-phuong-doi-thoai-voi-mttq-cac-doan-the")]
    [InlineData("  Giao ban quý I/2023 — Ủy ban MTTQ  ", "giao-ban-quy-i-2023-uy-ban-mttq")]
    public void A_Vietnamese_title_becomes_a_plain_address(string title, string slug) => Assert.Equal(slug, Slug.From(title, 100));

    [Fact]
    public void The_news_pages_own_addresses_are_reserved() =>
        Assert.All(["tim-kiem", "chuyen-muc", "anh", "thong-ke", "the"], s => Assert.True(NewsRoutes.IsReserved(s)));

    [Fact]
    public void Each_category_has_an_address_that_leads_back_to_it() =>
        Assert.All(Enum.GetValues<NewsCategory>(), c => Assert.Equal(c, NewsRoutes.CategoryFrom(NewsRoutes.CategorySlug(c))));
}

public class NewsHtmlTests
{
    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "<p>a</p>")]
    [InlineData("<p onclick=\"alert(1)\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a rel=\"nofollow noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "<a rel=\"nofollow noopener noreferrer\">x</a>")]
    [InlineData("<svg onload=alert(1)><text>t</text></svg><p>b</p>", "<p>b</p>")]
    [InlineData("<p style=\"color:red\">c</p>", "<p>c</p>")]
    [InlineData("<style>p{}</style><p>d</p>", "<p>d</p>")]
    [InlineData("<img src=x onerror=alert(1)><p>e</p>", "<p>e</p>")]
    [InlineData("<div><p>f</p></div>", "<p>f</p>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe><p>g</p>", "<p>g</p>")]
    public void The_body_keeps_only_the_allowed_markup(string input, string expected) => Assert.Equal(expected, NewsHtml.SanitizeBody(input));

    [Fact]
    public void Headings_lists_emphasis_quotes_and_web_links_stay()
    {
        const string html = "<h2>Tiêu đề</h2><p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u></p><ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>";
        Assert.Equal(html, NewsHtml.SanitizeBody(html));
        Assert.Equal("<p><a href=\"https://example.org/x\" rel=\"nofollow noopener noreferrer\">liên kết</a></p>",
            NewsHtml.SanitizeBody("<p><a href=\"https://example.org/x\" target=\"_blank\">liên kết</a></p>"));
    }

    [Fact]
    public void Non_breaking_spaces_from_the_editor_become_spaces_and_an_empty_body_is_empty()
    {
        Assert.Equal("<p>a b</p>", NewsHtml.SanitizeBody("<p>a&nbsp;b</p>"));
        Assert.Equal("", NewsHtml.SanitizeBody("<p><br></p>"));
        Assert.Equal("", NewsHtml.SanitizeBody("<script>x</script>"));
    }

    [Theory]
    [InlineData("<b>Toàn cảnh</b> hội nghị", "Toàn cảnh hội nghị")]
    [InlineData("<script>alert(1)</script>Ý kiến", "Ý kiến")]
    [InlineData("<img src=x onerror=alert(1)>Ảnh", "Ảnh")]
    [InlineData("a &lt; b", "a < b")]
    [InlineData("  nhiều    khoảng   trắng  ", "nhiều khoảng trắng")]
    public void Captions_and_comments_become_plain_text(string input, string expected) => Assert.Equal(expected, NewsHtml.ToPlainText(input));
}

public class CaptchaTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();
    private readonly Mock<ICaptchaCodeSource> _codes = new();
    private readonly Captcha _captcha;

    public CaptchaTests()
    {
        _codes.Setup(c => c.NewCode()).Returns("K7XM4");
        _captcha = new Captcha(new EphemeralDataProtectionProvider(), _clock, _codes.Object);
    }

    [Fact]
    public void The_right_code_passes_once_and_the_token_does_not_show_it()
    {
        var challenge = _captcha.Create();
        Assert.DoesNotContain("K7XM4", challenge.Token, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("K7XM4", challenge.ImagePath, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("K7XM4", _captcha.CodeToDraw(challenge.Token)?.Code);
        Assert.Equal(CaptchaResult.Passed, _captcha.Check(challenge.Token, " k7x m4 "));
        Assert.Equal(CaptchaResult.Reused, _captcha.Check(challenge.Token, "K7XM4"));
        Assert.Null(_captcha.CodeToDraw(challenge.Token));
    }

    [Fact]
    public void A_wrong_answer_spends_the_code()
    {
        var challenge = _captcha.Create();
        Assert.Equal(CaptchaResult.Wrong, _captcha.Check(challenge.Token, "K7XM5"));
        Assert.Equal(CaptchaResult.Reused, _captcha.Check(challenge.Token, "K7XM4"));
    }

    [Fact]
    public void An_old_code_has_expired_and_is_no_longer_drawn()
    {
        var challenge = _captcha.Create();
        _clock.Now += Captcha.Lifetime + TimeSpan.FromSeconds(1);
        Assert.Null(_captcha.CodeToDraw(challenge.Token));
        Assert.Equal(CaptchaResult.Expired, _captcha.Check(challenge.Token, "K7XM4"));
    }

    [Fact]
    public void A_forged_or_missing_token_is_invalid()
    {
        Assert.Equal(CaptchaResult.Invalid, _captcha.Check("abc", "K7XM4"));
        Assert.Equal(CaptchaResult.Invalid, _captcha.Check(null, "K7XM4"));
        Assert.Null(_captcha.CodeToDraw("abc"));
        var other = new Captcha(new EphemeralDataProtectionProvider(), _clock, _codes.Object).Create();
        Assert.Equal(CaptchaResult.Invalid, _captcha.Check(other.Token, "K7XM4"));
    }

    [Fact]
    public void Random_codes_are_five_characters_without_look_alikes_and_all_can_be_drawn()
    {
        var codes = new RandomCaptchaCodes();
        for (var i = 0; i < 300; i++)
        {
            var code = codes.NewCode();
            Assert.Equal(RandomCaptchaCodes.Length, code.Length);
            Assert.DoesNotContain(code, c => "01OIBSGZ".Contains(c));
        }
        Assert.All(RandomCaptchaCodes.Alphabet, c => Assert.True(CaptchaImage.CanDraw(c), $"No strokes for {c}."));
    }

    [Fact]
    public void The_picture_is_a_png_the_same_for_a_token_and_different_for_another()
    {
        var first = CaptchaImage.Png("K7XM4", 1);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, first[..4]);
        Assert.Equal(first, CaptchaImage.Png("K7XM4", 1));
        Assert.NotEqual(first, CaptchaImage.Png("K7XM4", 2));
    }
}

public class ViewBufferTests
{
    [Fact]
    public async Task Concurrent_views_are_all_counted_across_drains()
    {
        var buffer = new ViewBuffer();
        var drained = new System.Collections.Concurrent.ConcurrentBag<KeyValuePair<string, long>>();
        using var stop = new CancellationTokenSource();
        var drainer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var item in buffer.Drain()) drained.Add(item);
                await Task.Yield();
            }
        });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 5000; i++) buffer.Add(i % 2 == 0 ? "a" : "b");
        })));
        await stop.CancelAsync();
        await drainer;
        foreach (var item in buffer.Drain()) drained.Add(item);
        Assert.Equal(20000, drained.Where(d => d.Key == "a").Sum(d => d.Value));
        Assert.Equal(20000, drained.Where(d => d.Key == "b").Sum(d => d.Value));
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Visits_count_a_returning_visitor_once_until_the_gap_and_online_only_recently()
    {
        var clock = new CaptchaClock();
        var visitors = new VisitorCounter(clock);
        visitors.Seen("10.0.0.1", "Firefox");
        visitors.Seen("10.0.0.1", "Firefox");
        visitors.Seen("10.0.0.2", "Firefox");
        Assert.Equal(2, visitors.Total);
        Assert.Equal(2, visitors.Online);
        clock.Now += TimeSpan.FromMinutes(10);
        visitors.Seen("10.0.0.1", "Firefox");
        Assert.Equal(2, visitors.Total);
        Assert.Equal(1, visitors.Online);
        clock.Now += VisitorCounter.VisitGap + TimeSpan.FromMinutes(1);
        visitors.Seen("10.0.0.1", "Firefox");
        Assert.Equal(3, visitors.Total);
        Assert.Equal(3, visitors.DrainVisits());
        visitors.Persisted(3);
        Assert.Equal(3, visitors.Total);
    }

    private sealed class CaptchaClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public class NewsWorkflowTests
{
    [Theory]
    [InlineData(NewsPostState.Draft, NewsAction.Submit, NewsPostState.Submitted)]
    [InlineData(NewsPostState.Draft, NewsAction.Publish, NewsPostState.Published)]
    [InlineData(NewsPostState.Submitted, NewsAction.Publish, NewsPostState.Published)]
    [InlineData(NewsPostState.Submitted, NewsAction.ReturnToDraft, NewsPostState.Draft)]
    [InlineData(NewsPostState.Published, NewsAction.Unpublish, NewsPostState.Unpublished)]
    [InlineData(NewsPostState.Unpublished, NewsAction.Publish, NewsPostState.Published)]
    [InlineData(NewsPostState.Unpublished, NewsAction.ReturnToDraft, NewsPostState.Draft)]
    public void Legal_moves(NewsPostState from, NewsAction action, NewsPostState to) => Assert.Equal(to, NewsWorkflow.Next(from, action));

    [Theory]
    [InlineData(NewsPostState.Draft, NewsAction.Unpublish)]
    [InlineData(NewsPostState.Published, NewsAction.Publish)]
    [InlineData(NewsPostState.Published, NewsAction.Submit)]
    [InlineData(NewsPostState.Published, NewsAction.ReturnToDraft)]
    [InlineData(NewsPostState.Draft, NewsAction.ReturnToDraft)]
    public void Illegal_moves(NewsPostState from, NewsAction action) => Assert.Null(NewsWorkflow.Next(from, action));

    [Fact]
    public void A_post_is_public_only_when_published_and_its_time_has_come()
    {
        var now = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.True(new NewsPost { State = NewsPostState.Published, PublishAtUtc = now }.IsPublicAt(now));
        Assert.False(new NewsPost { State = NewsPostState.Published, PublishAtUtc = now.AddMinutes(1) }.IsPublicAt(now));
        Assert.False(new NewsPost { State = NewsPostState.Unpublished, PublishAtUtc = now.AddDays(-1) }.IsPublicAt(now));
        Assert.False(new NewsPost { State = NewsPostState.Draft }.IsPublicAt(now));
    }

    [Fact]
    public void Publication_needs_title_lead_body_and_author()
    {
        var missing = NewsWorkflow.MissingForPublication(new NewsPost { Title = "T", BodyHtml = "<p> </p>" });
        Assert.Equal(["đoạn dẫn", "nội dung", "tác giả"], missing);
    }

    [Fact]
    public void Tags_are_trimmed_and_unique_ignoring_diacritics() =>
        Assert.Equal("đối thoại, Mặt trận", NewsTags.Normalize(" đối thoại ,Mặt trận,, doi thoai ;"));
}

public class ConferenceDraftTests
{
    [Fact]
    public void The_draft_states_the_conference_facts_in_Vietnamese()
    {
        var facts = new ConferenceFacts(ConferenceKind.Dialogue, "Đối thoại với MTTQ và các đoàn thể phường", new DateOnly(2022, 6, 28), "Hội trường phường",
            "Đảng ủy phường Kỳ Phương", "Phường Kỳ Phương", ["Lê Văn Chương – Bí thư Đảng ủy"], ["Phùng Quốc Việt – Phó Trưởng ban Dân vận Thị ủy"],
            ["Ủy ban MTTQ phường", "Hội Nông dân phường"], 13, 34, ["Nhân sự chi hội", "Kinh phí hoạt động <b>"], "Giao các đoàn thể rà soát.", 2);
        var draft = ConferenceDraft.From(facts);
        Assert.Equal("Ngày 28/06/2022, Đảng ủy phường Kỳ Phương tổ chức hội nghị đối thoại tại Hội trường phường do đồng chí Lê Văn Chương – Bí thư Đảng ủy chủ trì."
                     + " Tại hội nghị, các đại biểu đã nêu 13 ý kiến và 34 kiến nghị, đề xuất; hội nghị thống nhất 02 nội dung kết luận.", draft.Lead);
        Assert.Contains("13 ý kiến và 34 kiến nghị, đề xuất", draft.BodyHtml);
        Assert.Contains("<li>Kinh phí hoạt động &lt;b&gt;</li>", draft.BodyHtml);
        Assert.Contains("Tham dự và chỉ đạo có đồng chí Phùng Quốc Việt", draft.BodyHtml);
        Assert.Contains("Kết luận hội nghị, đồng chí Lê Văn Chương nêu rõ: Giao các đoàn thể rà soát.", draft.BodyHtml);
        Assert.Contains("02 nội dung kết luận", draft.BodyHtml);
        Assert.Equal(NewsCategory.Dialogue, draft.Category);
        Assert.Equal(draft.BodyHtml, NewsHtml.SanitizeBody(draft.BodyHtml));
    }

    [Fact]
    public void The_draft_carries_the_record_speeches_petitions_answers_and_conclusions()
    {
        var facts = new ConferenceFacts(ConferenceKind.Dialogue, "Đối thoại với đoàn viên, hội viên", new DateOnly(2022, 6, 28), "Hội trường phường",
            "Đảng ủy phường Kỳ Phương", "Phường Kỳ Phương", ["Lê Văn Chương – Bí thư Đảng ủy"], [], [], 2, 1, ["Kinh phí"], null, 0)
        {
            Purpose = "Lắng nghe tâm tư của đoàn viên, hội viên ở tổ dân phố.",
            LegalBases = ["Kế hoạch số 12-KH/ĐU ngày 05/05/2022 của Đảng ủy phường Kỳ Phương"],
            Speeches =
            [
                new(SpeechKind.Report, "Trần Thị Lan – Chủ tịch Ủy ban MTTQ phường", null, "kết quả hoạt động 6 tháng đầu năm"),
                new(SpeechKind.Opinion, null, "Chi hội Nông dân tổ dân phố 3", "đề nghị hỗ trợ vốn vay"),
            ],
            Petitions =
            [
                new(PetitionKind.Petition, "Đề nghị nâng mức kinh phí hoạt động của chi hội", "Nguyễn Văn Hòa", "Ủy ban nhân dân phường sẽ cân đối trong dự toán năm sau", "Lê Văn Chương – Bí thư Đảng ủy"),
                new(PetitionKind.Opinion, "Cần tập huấn nghiệp vụ cho chi hội trưởng", null, null, null),
            ],
            ConclusionItems = [new("Rà soát, đề xuất kinh phí cho các chi hội", "Ủy ban nhân dân phường", new DateOnly(2022, 9, 30))],
        };

        var draft = ConferenceDraft.From(facts);

        Assert.Contains("được tổ chức căn cứ Kế hoạch số 12-KH/ĐU ngày 05/05/2022 của Đảng ủy phường Kỳ Phương.", draft.BodyHtml);
        Assert.Contains("<p>Lắng nghe tâm tư của đoàn viên, hội viên ở tổ dân phố.</p>", draft.BodyHtml);
        Assert.Contains("<li>Đồng chí Trần Thị Lan – Chủ tịch Ủy ban MTTQ phường trình bày báo cáo: kết quả hoạt động 6 tháng đầu năm.</li>", draft.BodyHtml);
        Assert.Contains("<li>Đại diện Chi hội Nông dân tổ dân phố 3 phát biểu ý kiến: đề nghị hỗ trợ vốn vay.</li>", draft.BodyHtml);
        Assert.Contains("Đề nghị nâng mức kinh phí hoạt động của chi hội. (kiến nghị của Nguyễn Văn Hòa) Trả lời của đồng chí Lê Văn Chương: Ủy ban nhân dân phường sẽ cân đối trong dự toán năm sau.", draft.BodyHtml);
        Assert.Contains("<li>Rà soát, đề xuất kinh phí cho các chi hội. (giao Ủy ban nhân dân phường, thời hạn 30/09/2022)</li>", draft.BodyHtml);
        Assert.Contains("01 nội dung kết luận", draft.Lead);
        Assert.Equal(draft.BodyHtml, NewsHtml.SanitizeBody(draft.BodyHtml));
    }

    [Fact]
    public void The_summary_does_not_repeat_the_first_paragraph()
    {
        var facts = new ConferenceFacts(ConferenceKind.Dialogue, "Đối thoại với MTTQ và các đoàn thể phường", new DateOnly(2022, 6, 28), "Hội trường phường",
            "Đảng ủy phường Kỳ Phương", "Phường Kỳ Phương", ["Lê Văn Chương – Bí thư Đảng ủy"], [], [], 13, 34, [], null, 0);

        var draft = ConferenceDraft.From(facts);

        var firstParagraph = NewsHtml.ToPlainText(draft.BodyHtml.Split("</p>")[0]);
        var leadSentence = draft.Lead.Split(". ")[0];
        Assert.DoesNotContain(leadSentence, firstParagraph);
        Assert.DoesNotContain("Ngày 28/06/2022", firstParagraph);
        Assert.DoesNotContain(firstParagraph.TrimEnd('.'), draft.Lead);
    }

    [Fact]
    public void Only_the_first_petitions_are_quoted_and_the_rest_are_counted()
    {
        var petitions = Enumerable.Range(1, ConferenceDraft.QuotedPetitions + 3)
            .Select(i => new PetitionFact(PetitionKind.Petition, $"Kiến nghị thứ {i}", null, null, null)).ToList();
        var facts = new ConferenceFacts(ConferenceKind.Dialogue, "Đối thoại", new DateOnly(2024, 2, 5), null, null, "Phường Kỳ Phương",
            [], [], [], 0, petitions.Count, [], null, 0) { Petitions = petitions };

        var draft = ConferenceDraft.From(facts);

        Assert.Contains($"Kiến nghị thứ {ConferenceDraft.QuotedPetitions}.", draft.BodyHtml);
        Assert.DoesNotContain($"Kiến nghị thứ {ConferenceDraft.QuotedPetitions + 1}.", draft.BodyHtml);
        Assert.Contains("03 ý kiến, kiến nghị khác được tổng hợp", draft.BodyHtml);
    }

    [Fact]
    public void A_briefing_without_counts_or_people_still_reads_well()
    {
        var facts = new ConferenceFacts(ConferenceKind.Briefing, "Giao ban quý I", new DateOnly(2023, 4, 6), null, null, "Thị xã Kỳ Anh",
            [], [], [], 0, 0, [], null, 0);
        var draft = ConferenceDraft.From(facts);
        Assert.Equal("Ngày 06/04/2023, Thị xã Kỳ Anh tổ chức hội nghị giao ban.", draft.Lead);
        Assert.DoesNotContain("ý kiến", draft.BodyHtml);
        Assert.Equal(NewsCategory.Briefing, draft.Category);
    }
}
