using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Infrastructure.Forms;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Forms;

/// <summary>
/// Every post form carries a one-time key; a form posted twice, one after the other or at the same moment, saves
/// once and every answer leads to what the first one created (ADR 0008).
/// </summary>
public partial class DoubleSubmitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [GeneratedRegex("name=\"__FormKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyPattern();

    private static readonly DateOnly KyPhuongDay = new(2022, 6, 28);

    /// <summary>The form page as a browser gets it: its antiforgery token and the one-time key of its first post form.</summary>
    private static async Task<(string Token, string Key)> OpenFormAsync(HttpClient client, string url, string? formAction = null)
    {
        var html = await client.GetStringAsync(url);
        // The page has other post forms (signing out in the menu); the key is the one inside this form.
        html = html[html.IndexOf($"action=\"{formAction ?? url}\"", StringComparison.Ordinal)..];
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var key = KeyPattern().Match(html);
        Assert.True(key.Success, $"No one-time key in the form of {url}.");
        return (WebUtility.HtmlDecode(token), key.Groups[1].Value);
    }

    private async Task<List<KeyValuePair<string, string>>> ConferenceFieldsAsync(string title, string token, string key)
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        return
        [
            new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)), new("Input.Status", nameof(ConferenceStatus.Held)),
            new("Input.HeldOn", "2026-03-15"), new("Input.UnitId", unit.ToString()),
            new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
            new("__RequestVerificationToken", token), new(FormKeys.FieldName, key),
        ];
    }

    private static Task<HttpResponseMessage[]> PostAtOnceAsync(HttpClient client, string url, IReadOnlyList<KeyValuePair<string, string>> fields, int times) =>
        Task.WhenAll(Enumerable.Range(0, times).Select(_ => client.PostAsync(url, new FormUrlEncodedContent(fields))));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Identical_conference_posts_at_once_create_one_conference_and_all_answers_lead_to_it(int times)
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, key) = await OpenFormAsync(client, "/Conferences/Create");
        var title = $"Đối thoại gửi {times} lần cùng lúc";

        var answers = await PostAtOnceAsync(client, "/Conferences/Create", await ConferenceFieldsAsync(title, token, key), times);

        var ids = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == title).Select(c => c.Id).ToListAsync());
        var id = Assert.Single(ids);
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.Equal($"/Minutes/Edit/{id}", a.Headers.Location!.OriginalString);
        });
    }

    [Fact]
    public async Task A_conference_form_sent_again_later_gets_the_first_answer_and_no_second_record()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, key) = await OpenFormAsync(client, "/Conferences/Create");
        var fields = await ConferenceFieldsAsync("Đối thoại gửi lại sau", token, key);

        var first = await client.PostAsync("/Conferences/Create", new FormUrlEncodedContent(fields));
        var again = await client.PostAsync("/Conferences/Create", new FormUrlEncodedContent(fields));

        Assert.Equal(1, await factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title == "Đối thoại gửi lại sau")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
    }

    [Fact]
    public async Task Two_forms_with_different_keys_create_two_conferences()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, firstKey) = await OpenFormAsync(client, "/Conferences/Create");
        var (_, secondKey) = await OpenFormAsync(client, "/Conferences/Create");
        Assert.NotEqual(firstKey, secondKey);

        var answers = await Task.WhenAll(
            client.PostAsync("/Conferences/Create", new FormUrlEncodedContent(await ConferenceFieldsAsync("Hai biểu mẫu khác nhau", token, firstKey))),
            client.PostAsync("/Conferences/Create", new FormUrlEncodedContent(await ConferenceFieldsAsync("Hai biểu mẫu khác nhau", token, secondKey))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title == "Hai biểu mẫu khác nhau")));
        Assert.NotEqual(answers[0].Headers.Location, answers[1].Headers.Location);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Identical_speech_posts_at_once_add_one_speech_and_all_answers_lead_to_it(int times)
    {
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == KyPhuongDay).Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, key) = await OpenFormAsync(client, $"/Minutes/Edit/{id}", $"/Minutes/AddSpeech/{id}");
        var summary = $"Phát biểu gửi {times} lần cùng lúc";
        KeyValuePair<string, string>[] fields =
        [
            new("Speech.Kind", "Contribution"), new("Speech.SpeakerName", "Trần Thị Hoa"), new("Speech.Summary", summary),
            new("__RequestVerificationToken", token), new(FormKeys.FieldName, key),
        ];

        var answers = await PostAtOnceAsync(client, $"/Minutes/AddSpeech/{id}", fields, times);

        Assert.Equal(1, await factory.WithDbAsync(db => db.Speeches.CountAsync(s => s.Summary == summary)));
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.Equal($"/Minutes/Edit/{id}#speeches", a.Headers.Location!.OriginalString);
        });
    }

    [Fact]
    public async Task Posts_without_a_key_work_as_before()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, _) = await OpenFormAsync(client, "/Conferences/Create");
        var fields = (await ConferenceFieldsAsync("Đối thoại không có khóa", token, "")).Where(f => f.Key != FormKeys.FieldName).ToList();

        var answers = await PostAtOnceAsync(client, "/Conferences/Create", fields, 2);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title == "Đối thoại không có khóa")));
    }

    [Fact]
    public async Task Another_users_key_is_not_answered_with_their_record()
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var (token, key) = await OpenFormAsync(ward, "/Conferences/Create");
        var first = await ward.PostAsync("/Conferences/Create", new FormUrlEncodedContent(await ConferenceFieldsAsync("Khóa của người khác", token, key)));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var (districtToken, _) = await OpenFormAsync(district, "/Conferences/Create");
        var replayed = await district.PostAsync("/Conferences/Create", new FormUrlEncodedContent(await ConferenceFieldsAsync("Khóa của người khác", districtToken, key)));

        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.Contains("Biểu mẫu này đã được gửi", await replayed.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Conferences.CountAsync(c => c.Title == "Khóa của người khác")));
    }

    [Fact]
    public async Task Post_forms_carry_a_fresh_key_for_staff_and_public_pages_carry_none()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var first = await OpenFormAsync(client, "/Conferences/Create");
        var second = await OpenFormAsync(client, "/Conferences/Create");
        Assert.NotEqual(first.Key, second.Key);

        var login = await factory.CreateBareClient().GetStringAsync("/Account/Login");
        Assert.DoesNotContain(FormKeys.FieldName, login);
    }

    [Fact]
    public async Task Keys_older_than_a_day_are_purged()
    {
        var now = DateTime.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            db.FormSubmissions.AddRange(
                new FormSubmission { Key = FormKeys.NewKey(), UserId = 1, CreatedAtUtc = now.AddHours(-25), Answer = "/" },
                new FormSubmission { Key = FormKeys.NewKey(), UserId = 1, CreatedAtUtc = now.AddHours(-23), Answer = "/" });
            return await db.SaveChangesAsync();
        });

        var removed = await factory.WithDbAsync(db => FormSubmissionPurge.PurgeAsync(db, now));

        Assert.True(removed >= 1);
        Assert.False(await factory.WithDbAsync(db => db.FormSubmissions.AnyAsync(s => s.CreatedAtUtc < now.AddHours(-24))));
        Assert.True(await factory.WithDbAsync(db => db.FormSubmissions.AnyAsync(s => s.CreatedAtUtc > now.AddHours(-24) && s.CreatedAtUtc < now.AddHours(-22))));
    }
}
