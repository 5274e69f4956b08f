using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Audit;

public class HistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // Read as a person reads it: entities decoded, line breaks of the markup as single spaces.
    private static string HistoryOf(string html) => Regex.Replace(WebUtility.HtmlDecode(HistorySection.Of(html)), @"\s+", " ");

    private static void AssertReadsAsAnOffice(string history)
    {
        Assert.DoesNotMatch(@"\b(HeldOn|Kind|MinutesState|OrganizerId|UnitId|ConferenceId|ResponsibleOrganizationId|Title)\b", history);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", history);
        Assert.DoesNotMatch(@"-\d{3,}", history);
        Assert.DoesNotContain("@", history);
    }

    [Fact]
    public async Task A_conferences_history_shows_form_labels_names_and_vietnam_dates()
    {
        var (unit, organizer) = await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            var organizer = await db.Organizations.Where(o => o.UnitId == unit).OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).FirstAsync();
            return (unit, organizer);
        });
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        List<KeyValuePair<string, string>> header =
        [
            new("Input.Title", "Đối thoại lịch sử thay đổi"), new("Input.Kind", "Briefing"), new("Input.Status", "Held"),
            new("Input.HeldOn", "15/03/2026"), new("Input.UnitId", unit.ToString()), new("Input.OrganizerId", organizer.Id.ToString()),
            new("Input.Place", "Hội trường"), new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", header)).StatusCode);
        var (id, version) = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == "Đối thoại lịch sử thay đổi")
            .Select(c => ValueTuple.Create(c.Id, c.Version)).SingleAsync());
        header[1] = new("Input.Kind", "Dialogue");
        header[3] = new("Input.HeldOn", "16/03/2026");
        header.Add(new("Input.Version", version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Conferences/Edit/{id}", $"/Conferences/Edit/{id}", header)).StatusCode);

        var history = HistoryOf(await client.GetStringAsync($"/Conferences/Details/{id}"));

        AssertReadsAsAnOffice(history);
        Assert.Contains("Loại hội nghị: Hội nghị giao ban → Hội nghị đối thoại", history);
        Assert.Contains("Ngày tổ chức: 15/03/2026 → 16/03/2026", history);
        Assert.Contains("Cơ quan chủ trì tổ chức", history);
        Assert.Contains(organizer.Name, history);
        Assert.Matches(new Regex(@"<strong>\d{2}/\d{2}/\d{4} \d{2}:\d{2}</strong>"), history);
        // Newest first: the edit comes before the creation.
        Assert.True(history.IndexOf("Sửa hội nghị", StringComparison.Ordinal) < history.IndexOf("Thêm hội nghị", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seeded_conference_with_its_rows_folds_older_changes_and_drops_temporary_keys()
    {
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync());
        var entries = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RootKey == $"Conference/{id}"));
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var history = HistoryOf(await client.GetStringAsync($"/Conferences/Details/{id}"));

        AssertReadsAsAnOffice(history);
        if (entries > 5) Assert.Contains($"Xem thêm {Math.Min(entries, 100) - 5} thay đổi trước đó", history);
    }

    [Theory]
    [InlineData("/Organizations/Details/{0}", "Organizations")]
    [InlineData("/Units/Details/{0}", "Units")]
    public async Task An_organizations_and_a_units_history_read_as_an_office(string url, string table)
    {
        var id = await factory.WithDbAsync(db => table == "Units"
            ? db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync()
            : db.Organizations.Where(o => o.Unit!.Code == "HT-KA-KPH").OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var client = await factory.SignedInClientAsync(Demo.Admin);

        var response = await client.GetAsync(string.Format(url, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertReadsAsAnOffice(HistoryOf(await response.Content.ReadAsStringAsync()));
    }
}
