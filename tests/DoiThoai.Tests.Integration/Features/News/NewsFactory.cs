using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.PublicNews.Counters;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.News;

/// <summary>A clock the tests can move forward (captcha expiry, scheduled posts).</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

/// <summary>
/// The captcha codes of the test portal: random as in production unless a test names the next one. With
/// <see cref="NewsFactory.CaptchaAnswer"/> this is how tests know an answer, never from the page.
/// </summary>
public sealed class TestCaptchaCodes : ICaptchaCodeSource
{
    private readonly RandomCaptchaCodes _random = new();

    public string? Next { get; set; }

    public string NewCode()
    {
        var code = Next ?? _random.NewCode();
        Next = null;
        return code;
    }
}

/// <summary>
/// The portal with its photos in the test's folder, counters flushed only when a test asks (so counts are
/// exact), a generous comment limit unless a test class lowers it, a clock the tests can move, captcha codes
/// a test may choose, and client addresses a test may name (<see cref="ClientAddressFromHeader"/>).
/// </summary>
public class NewsFactory : PortalFactory
{
    public ShiftableClock Clock { get; } = new();
    public TestCaptchaCodes CaptchaCodes { get; } = new();
    public string StorageFolder => Path.Combine(Folder, "files");
    protected virtual int CommentsPerWindow => 1000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Folder"] = StorageFolder,
        ["News:FlushSeconds"] = "3600",
        ["News:CommentsPerIpPer10Minutes"] = CommentsPerWindow.ToString(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ICaptchaCodeSource>(CaptchaCodes);
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    /// <summary>A reader with no cookie yet, seen as coming from <paramref name="address"/>.</summary>
    public HttpClient CreateReaderAt(string address)
    {
        var client = CreateBareClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    /// <summary>The test seam: the code sealed in a form's captcha token, as the server reads it to draw the picture.</summary>
    public string CaptchaAnswer(string token) =>
        Services.GetRequiredService<Captcha>().CodeToDraw(token)?.Code ?? throw new InvalidOperationException("The captcha token is not good.");

    public Task FlushCountersAsync() => Services.GetRequiredService<NewsCounterFlusher>().FlushAsync();

    public Task<NewsPost> PostAsync(int id) => WithDbAsync(db => db.NewsPosts.AsNoTracking().Include(p => p.Photos).SingleAsync(p => p.Id == id));

    /// <summary>An editor of another unit (Thanh Bình ward), created once.</summary>
    public async Task<HttpClient> OtherUnitEditorAsync()
    {
        const string email = "bientap.thanhbinh@demo.local";
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var db = scope.ServiceProvider.GetRequiredService<DoiThoai.Web.Data.AppDbContext>();
                var unit = await db.Units.SingleAsync(u => u.Code == "NB-NB-TB");
                var user = new AppUser { UserName = email, Email = email, FullName = "Biên tập viên phường Thanh Bình", UnitId = unit.Id, EmailConfirmed = true };
                var created = await users.CreateAsync(user, DoiThoai.Web.Infrastructure.DemoDataSeeder.DemoPassword);
                Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, Roles.Editor);
            }
        }
        return await this.SignedInClientAsync(email);
    }
}

/// <summary>What the editor's forms post, in the browser's way.</summary>
public static partial class NewsSteps
{
    [GeneratedRegex(@"/News/Edit/(\d+)")]
    private static partial Regex EditAddress();

    public static async Task<int> CreatePostAsync(this HttpClient editor, string title, string body = "<p>Nội dung tin bài.</p>",
        string lead = "Đoạn dẫn của tin bài.", string tags = "đối thoại")
    {
        var response = await editor.PostFormAsync("/News/Create", "/News/Create",
        [
            new("Input.Title", title), new("Input.Lead", lead), new("Input.BodyHtml", body), new("Input.AuthorLine", "Đậu Thị Anh (Văn phòng Thị ủy Kỳ Anh)"),
            new("Input.Category", nameof(NewsCategory.Dialogue)), new("Input.Tags", tags),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(EditAddress().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> ActAsync(this HttpClient editor, NewsFactory factory, int id, NewsAction action, DateTime? publishAtVietnam = null)
    {
        var post = await factory.PostAsync(id);
        var fields = new List<KeyValuePair<string, string>> { new("Action", action.ToString()), new("Version", post.Version.ToString()) };
        if (publishAtVietnam is { } at) fields.Add(new("PublishAt", at.ToString("yyyy-MM-ddTHH:mm")));
        return await editor.PostFormAsync($"/News/Edit/{id}", $"/News/Act/{id}", fields);
    }

    public static async Task<(int Id, string Slug)> PublishedPostAsync(this HttpClient editor, NewsFactory factory, string title, string body = "<p>Nội dung tin bài.</p>")
    {
        var id = await editor.CreatePostAsync(title, body);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(factory, id, NewsAction.Publish)).StatusCode);
        var post = await factory.PostAsync(id);
        Assert.Equal(NewsPostState.Published, post.State);
        return (id, post.Slug);
    }

    [GeneratedRegex("name=\"CaptchaToken\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaToken();

    /// <summary>The comment page's captcha token and its answer, read through the factory's seam (not from the page).</summary>
    public static async Task<(string Token, string Answer, string FormToken)> CaptchaAsync(this HttpClient reader, NewsFactory factory, string slug)
    {
        var html = await reader.GetStringAsync($"/tin-tuc/{slug}/y-kien");
        var token = CaptchaTokenIn(html);
        var formToken = await reader.GetAntiforgeryTokenAsync($"/tin-tuc/{slug}/y-kien");
        return (token, factory.CaptchaAnswer(token), formToken);
    }

    public static string CaptchaTokenIn(string html) => WebUtility.HtmlDecode(CaptchaToken().Match(html).Groups[1].Value);

    /// <summary>Another code of the same length and alphabet.</summary>
    public static string WrongAnswer(string answer) =>
        (answer[0] == RandomCaptchaCodes.Alphabet[0] ? RandomCaptchaCodes.Alphabet[1] : RandomCaptchaCodes.Alphabet[0]) + answer[1..];

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient reader, string slug, string name, string text, string captchaToken, string answer, string formToken) =>
        reader.PostAsync($"/tin-tuc/{slug}/y-kien", new FormUrlEncodedContent(
        [
            new("AuthorName", name), new("Text", text), new("CaptchaToken", captchaToken), new("CaptchaAnswer", answer),
            new("__RequestVerificationToken", formToken),
        ]));
}
