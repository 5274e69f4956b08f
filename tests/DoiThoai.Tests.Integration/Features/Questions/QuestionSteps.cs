using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Features.Lookup;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Questions;

/// <summary>The public question form posted as a browser does (its antiforgery token and captcha from the page), and the demo questions.</summary>
public static partial class QuestionSteps
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"CaptchaToken\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaToken();

    [GeneratedRegex("<option value=\"(\\d+)\"[^>]*>Tổ dân phố số 3</option>")]
    private static partial Regex GroupThree();

    /// <summary>The smallest valid PNG: a 1×1 pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Sends a question from the form's page; <paramref name="change"/> alters or removes fields (a missing consent, say).</summary>
    public static async Task<HttpResponseMessage> SendAsync(PeopleFactory factory, HttpClient reader, int conferenceId,
        Action<Dictionary<string, string>>? change = null, byte[]? photo = null)
    {
        var address = $"/lich-doi-thoai/{conferenceId}/gui-cau-hoi";
        var page = await reader.GetStringAsync(address);
        var captcha = WebUtility.HtmlDecode(CaptchaToken().Match(page).Groups[1].Value);
        // A page that offers no form (a conference closed to questions): what a script posting anyway would hold.
        var antiforgery = AntiforgeryToken().Match(page) is { Success: true } found
            ? WebUtility.HtmlDecode(found.Groups[1].Value) : await reader.GetAntiforgeryTokenAsync("/Account/Login");
        if (captcha.Length == 0)
            captcha = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/tin-tuc/ma-kiem-tra/moi")).RootElement.GetProperty("token").GetString()!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["SenderName"] = "Phạm Thị Gửi Trước", ["GroupId"] = GroupThree().Match(page).Groups[1].Value,
            ["Email"] = "gui.truoc@example.vn", ["Phone"] = "0912 345 678", ["Topic"] = "Thiết chế văn hóa cơ sở",
            ["Content"] = "Đề nghị phường sớm sửa đường ngõ 7 tổ dân phố số 3, mùa mưa ngập sâu.", ["Consent"] = "true",
            ["CaptchaToken"] = captcha, ["CaptchaAnswer"] = factory.CaptchaAnswer(captcha),
        };
        change?.Invoke(fields);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        if (photo is not null) form.Add(new ByteArrayContent(photo) { Headers = { ContentType = new("image/png") } }, "photo", "ngo-7.png");
        return await reader.PostAsync(address, form);
    }

    /// <summary>The code shown on the page after sending, without its dash.</summary>
    public static string CodeOn(string html) =>
        Regex.Match(html, "data-testid=\"question-code\">([A-Z0-9]{5})-([A-Z0-9]{5})<").Groups is var g && g[1].Success ? g[1].Value + g[2].Value
            : throw new InvalidOperationException("No code on the page.");

    public static Task<SentQuestion> QuestionAsync(PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.SentQuestions.AsNoTracking().SingleAsync(q => q.Code == code));

    /// <summary>The demo questions of the coming Kỳ Phương dialogue, by state.</summary>
    public static Task<SentQuestion> DemoQuestionAsync(PortalFactory factory, SentQuestionState state) =>
        factory.WithDbAsync(db => db.SentQuestions.AsNoTracking()
            .SingleAsync(q => q.Conference!.Title == DoiThoai.Web.Features.Questions.DemoQuestions.Title && q.State == state));
}
