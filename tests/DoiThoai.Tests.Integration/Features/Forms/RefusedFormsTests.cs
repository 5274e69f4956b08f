using System.Net;
using System.Text;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Forms;

/// <summary>
/// A form the server cannot take is refused with its reason (400 or 413) and a way back to the form as the browser
/// kept it, never as "page not found"; nothing is saved.
/// </summary>
public class RefusedFormsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string FormPage = "/Conferences/Create";

    private async Task<(HttpClient Client, string Token, int UnitId)> SignedInAsync()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var token = await client.GetAntiforgeryTokenAsync(FormPage);
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        return (client, token, unit);
    }

    private static List<KeyValuePair<string, string>> Header(int unitId, string title, string token) =>
    [
        new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)), new("Input.Status", nameof(ConferenceStatus.Held)),
        new("Input.HeldOn", "2026-03-15"), new("Input.UnitId", unitId.ToString()),
        new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"), new("__RequestVerificationToken", token),
    ];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, FormPage) { Content = content };
        request.Headers.Referrer = new Uri("http://localhost" + FormPage);
        return await client.SendAsync(request);
    }

    private Task<int> ConferencesTitledAsync(string title) => factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title == title));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("Không tìm thấy trang", html);
        Assert.Contains(reason, html);
        Assert.Contains("những gì bạn đã nhập vẫn còn đó", html);
        // Back to the form through the browser's history (a script file: the CSP forbids inline script).
        Assert.Contains($"href=\"{FormPage}\" data-history-back>Quay lại</a>", html);
        Assert.Contains("/js/history-back.js", html);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413_naming_the_limit_in_megabytes()
    {
        var (client, token, unit) = await SignedInAsync();
        var fields = Header(unit, "Hội nghị quá lớn", token);
        fields.Add(new("Input.Summary", new string('a', 30_000_000)));

        var response = await PostAsync(client, new FormUrlEncodedContent(fields));

        // The server's limit is Kestrel's 30,000,000 bytes.
        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "vượt giới hạn 28,6 MB");
        Assert.Equal(0, await ConferencesTitledAsync("Hội nghị quá lớn"));
    }

    [Fact]
    public async Task An_upload_over_its_actions_own_limit_names_that_limit()
    {
        var (client, token, _) = await SignedInAsync();
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync());
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[6 * 1024 * 1024]), "file", "bien-ban.xlsx" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/Minutes/Import/{id}") { Content = content };
        request.Headers.Referrer = new Uri($"http://localhost/Minutes/Edit/{id}");

        var response = await client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("vượt giới hạn 5,1 MB", html);
        Assert.Contains($"href=\"/Minutes/Edit/{id}\" data-history-back>Quay lại</a>", html);
    }

    [Fact]
    public async Task Too_many_fields_answer_400_naming_the_limit()
    {
        var (client, token, unit) = await SignedInAsync();
        var fields = Header(unit, "Hội nghị nhiều trường", token);
        fields.AddRange(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"extra{i}", "x")));

        var response = await PostAsync(client, new FormUrlEncodedContent(fields));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "Biểu mẫu có quá nhiều trường: tối đa 1024 trường mỗi lần gửi.");
        Assert.Equal(0, await ConferencesTitledAsync("Hội nghị nhiều trường"));
    }

    [Fact]
    public async Task A_nul_character_answers_400_with_the_reason()
    {
        var (client, token, unit) = await SignedInAsync();
        var fields = Header(unit, "Hội nghị\0có ký tự NUL", token);

        var response = await PostAsync(client, new FormUrlEncodedContent(fields));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "ký tự không hợp lệ (ví dụ ký tự NUL)");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title.StartsWith("Hội nghị") && c.Title.EndsWith("có ký tự NUL"))));
    }

    [Fact]
    public async Task A_file_name_with_a_quote_answers_400_with_the_reason()
    {
        var (client, token, unit) = await SignedInAsync();
        const string boundary = "----ranhgioi";
        var body = new StringBuilder();
        foreach (var (name, value) in Header(unit, "Hội nghị tệp có dấu nháy", token))
            body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao\"cao.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n");
        body.Append($"--{boundary}--\r\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        var response = await PostAsync(client, content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "Tên tệp đính kèm có ký tự không hợp lệ");
        Assert.Equal(0, await ConferencesTitledAsync("Hội nghị tệp có dấu nháy"));
    }

    [Fact]
    public async Task A_readable_form_still_binds_and_saves()
    {
        var (client, token, unit) = await SignedInAsync();

        var response = await PostAsync(client, new FormUrlEncodedContent(Header(unit, "Hội nghị đọc được", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await ConferencesTitledAsync("Hội nghị đọc được"));
    }
}
