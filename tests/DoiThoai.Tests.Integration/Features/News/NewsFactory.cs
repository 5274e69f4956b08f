using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.News;
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
/// The portal with its photos in the test's folder, counters flushed only when a test asks (so counts are
/// exact), a generous comment limit unless a test class lowers it, and a clock the tests can move.
/// </summary>
public class NewsFactory : PortalFactory
{
    public ShiftableClock Clock { get; } = new();
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
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

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

    [GeneratedRegex("data-testid=\"captcha-question\">([^<]+)<")]
    private static partial Regex CaptchaQuestion();

    /// <summary>The comment page's token and question, and the right answer worked out from the Vietnamese words.</summary>
    public static async Task<(string Token, int Answer, string FormToken)> CaptchaAsync(this HttpClient reader, string slug)
    {
        var html = await reader.GetStringAsync($"/tin-tuc/{slug}/y-kien");
        var token = WebUtility.HtmlDecode(CaptchaToken().Match(html).Groups[1].Value);
        var question = WebUtility.HtmlDecode(CaptchaQuestion().Match(html).Groups[1].Value);
        var words = question.TrimEnd('?').Split(' ');
        var a = Captcha.ParseAnswer(words[0])!.Value;
        var b = Captcha.ParseAnswer(words[2])!.Value;
        var answer = words[1] == "cộng" ? a + b : a - b;
        var formToken = await reader.GetAntiforgeryTokenAsync($"/tin-tuc/{slug}/y-kien");
        return (token, answer, formToken);
    }

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient reader, string slug, string name, string text, string captchaToken, string answer, string formToken) =>
        reader.PostAsync($"/tin-tuc/{slug}/y-kien", new FormUrlEncodedContent(
        [
            new("AuthorName", name), new("Text", text), new("CaptchaToken", captchaToken), new("CaptchaAnswer", answer),
            new("__RequestVerificationToken", formToken),
        ]));
}
