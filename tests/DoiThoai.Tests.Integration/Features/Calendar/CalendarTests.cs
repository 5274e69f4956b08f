using System.Net;
using System.Xml.Linq;
using DoiThoai.Tests.Integration.Features.Lookup;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Calendar;

/// <summary>Steps shared by the people's side tests: a coming conference, its announcement.</summary>
public static class CalendarSteps
{
    /// <summary>A coming dialogue of Kỳ Phương ward, ten days ahead at 08:00 Vietnam time.</summary>
    public static Task<int> ComingConferenceAsync(PortalFactory factory, string title) => factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        var conference = new Conference
        {
            UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Planned, Title = title,
            HeldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), StartsAt = new TimeOnly(8, 0), Place = "Hội trường tổ dân phố 3",
        };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    });

    public static async Task AnnounceAsync(HttpClient staff, int conferenceId, bool takesQuestions = true)
    {
        var response = await staff.PostFormAsync($"/Conferences/{conferenceId}/lich", $"/Conferences/{conferenceId}/lich",
        [
            new("Input.Topic", "Chỉnh trang đô thị; thoát nước, đường ngõ xóm"), new("Input.Answerers", "Chủ tịch UBND phường, Trưởng Công an phường"),
            new("Input.IsPublished", "true"), new("Input.TakesQuestions", takesQuestions ? "true" : "false"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

/// <summary>An office announces a coming conference; the public reads it as a page, RSS and iCalendar.</summary>
public class CalendarTests(PeopleFactory factory) : IClassFixture<PeopleFactory>
{
    [Fact]
    public async Task An_announced_conference_is_on_the_public_calendar_its_feed_and_its_iCalendar()
    {
        var id = await CalendarSteps.ComingConferenceAsync(factory, "Đối thoại với Nhân dân tổ dân phố 3, năm 2026");
        var reader = factory.CreateReaderAt("10.3.0.1");
        Assert.DoesNotContain("tổ dân phố 3, năm 2026", WebUtility.HtmlDecode(await reader.GetStringAsync("/lich-doi-thoai")));
        await CalendarSteps.AnnounceAsync(await factory.SignedInClientAsync(Demo.KyPhuongWard), id);

        var page = WebUtility.HtmlDecode(await reader.GetStringAsync("/lich-doi-thoai"));
        Assert.Contains("Đối thoại với Nhân dân tổ dân phố 3, năm 2026", page);
        Assert.Contains("Chủ tịch UBND phường, Trưởng Công an phường", page);

        var ics = await reader.GetAsync("/lich-doi-thoai/lich.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        var heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        var unfolded = text.Replace("\r\n ", "");
        Assert.Contains($"UID:conference-{id}@", unfolded);
        Assert.Contains($"DTSTART:{heldOn:yyyyMMdd}T010000Z\r\n", unfolded);
        Assert.Contains("SUMMARY:Đối thoại với Nhân dân tổ dân phố 3\\, năm 2026\r\n", unfolded);
        Assert.Contains("Chủ đề: Chỉnh trang đô thị\\; thoát nước\\, đường ngõ xóm\\n", unfolded);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var rss = XDocument.Parse(await reader.GetStringAsync("/lich-doi-thoai/rss.xml"));
        var item = Assert.Single(rss.Descendants("item"), i => i.Element("title")!.Value.StartsWith("Đối thoại với Nhân dân tổ dân phố 3"));
        Assert.EndsWith($"/lich-doi-thoai/{id}", item.Element("link")!.Value);
        Assert.Contains("Gửi câu hỏi", WebUtility.HtmlDecode(await reader.GetStringAsync($"/lich-doi-thoai/{id}")));
    }

    [Fact]
    public async Task Only_the_conferences_own_offices_announce_it()
    {
        var id = await CalendarSteps.ComingConferenceAsync(factory, "Đối thoại riêng của Kỳ Phương");
        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var token = await otherWard.GetAntiforgeryTokenAsync("/Account/Login");
        var posted = await otherWard.PostAsync($"/Conferences/{id}/lich", new FormUrlEncodedContent(
        [
            new("Input.Topic", "Chiếm"), new("Input.Answerers", "Không"), new("Input.IsPublished", "true"), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/Conferences/{id}/lich")).StatusCode);
        var leader = await factory.SignedInClientAsync(Demo.Leader);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync($"/Conferences/{id}/lich")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateReaderAt("10.3.0.2").GetAsync($"/lich-doi-thoai/{id}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Announcements.AnyAsync(a => a.ConferenceId == id)));
    }
}
