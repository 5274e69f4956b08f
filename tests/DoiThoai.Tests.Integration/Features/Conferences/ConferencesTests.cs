using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

public class ConferencesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> ConferenceIdAsync(DateOnly heldOn) =>
        factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == heldOn).Select(c => c.Id).SingleAsync());

    private static readonly DateOnly KyPhuongDay = new(2022, 6, 28);
    private static readonly DateOnly ThanhBinhDay = new(2019, 8, 23);

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private static List<KeyValuePair<string, string>> Header(int unitId, string title, string heldOn = "2026-03-15", string? version = null)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)), new("Input.Status", nameof(ConferenceStatus.Held)),
            new("Input.HeldOn", heldOn), new("Input.UnitId", unitId.ToString()), new("Input.Place", "Hội trường"),
            new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
        ];
        if (version is not null) fields.Add(new("Input.Version", version));
        return fields;
    }

    [Fact]
    public async Task Ward_staff_list_shows_only_their_wards_conferences()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync("/Conferences");
        Assert.Contains("Đối thoại giữa Đảng ủy phường", html);
        Assert.DoesNotContain("Ban công tác Mặt trận", html);
        Assert.DoesNotContain("Hồng Lĩnh", html);
    }

    [Fact]
    public async Task District_staff_see_the_conferences_of_their_wards()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync("/Conferences");
        Assert.Contains("Đối thoại giữa Đảng ủy phường", html);
        Assert.Contains("Thường trực Thị ủy làm việc", html);
        Assert.DoesNotContain("Ban công tác Mặt trận", html);
    }

    [Fact]
    public async Task Search_without_diacritics_finds_the_conference()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync("/Conferences?Q=ky%20phuong");
        Assert.Contains("Đối thoại giữa Đảng ủy phường", html);
        Assert.DoesNotContain("Thường trực Thị ủy làm việc", html);
    }

    [Fact]
    public async Task Quarter_filter_keeps_only_conferences_of_that_quarter()
    {
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var html = await client.GetStringAsync("/Conferences?Year=2023&Quarter=2");
        Assert.Contains("Giao ban quý I năm 2023", html);
        Assert.DoesNotContain("Đối thoại giữa Đảng ủy phường", html);
    }

    [Theory]
    [InlineData("/Conferences/Details/{0}")]
    [InlineData("/Conferences/Edit/{0}")]
    [InlineData("/Conferences/Delete/{0}")]
    [InlineData("/Conferences/Print/{0}")]
    [InlineData("/Minutes/Edit/{0}")]
    public async Task Ward_staff_cannot_open_another_wards_conference(string url)
    {
        var id = await ConferenceIdAsync(ThanhBinhDay);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync(string.Format(url, id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ban Thường trực Ủy ban MTTQ phường", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ward_staff_cannot_change_or_delete_another_wards_conference_by_form_post()
    {
        var id = await ConferenceIdAsync(ThanhBinhDay);
        var ownUnit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var edit = await client.PostFormAsync("/Conferences/Create", $"/Conferences/Edit/{id}", Header(ownUnit, "Chiếm quyền"));
        var delete = await client.PostFormAsync("/Conferences/Create", $"/Conferences/Delete/{id}", []);
        var addRow = await client.PostFormAsync("/Conferences/Create", $"/Minutes/AddPetition/{id}",
            [new("Petition.Kind", "Petition"), new("Petition.Content", "Chen vào biên bản của phường khác")]);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addRow.StatusCode);
        var conference = await factory.WithDbAsync(db => db.Conferences.SingleAsync(c => c.Id == id));
        Assert.StartsWith("Đối thoại giữa Ban Thường trực", conference.Title);
        Assert.False(await factory.WithDbAsync(db => db.Petitions.AnyAsync(p => p.Content.Contains("Chen vào"))));
    }

    [Fact]
    public async Task Ward_staff_cannot_create_a_conference_in_another_ward()
    {
        var otherUnit = await UnitIdAsync("NB-NB-TB");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", Header(otherUnit, "Hội nghị trái phạm vi"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Conferences.AnyAsync(c => c.Title == "Hội nghị trái phạm vi")));
    }

    [Fact]
    public async Task Leader_reads_minutes_but_cannot_enter_them()
    {
        var id = await ConferenceIdAsync(KyPhuongDay);
        var client = await factory.SignedInClientAsync(Demo.Leader);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Conferences/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Conferences/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Minutes/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Conferences/Create")).StatusCode);
    }

    [Fact]
    public async Task Details_counts_are_computed_from_the_rows()
    {
        var id = await ConferenceIdAsync(KyPhuongDay);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("<strong data-count=\"opinions\">13</strong>", html);
        Assert.Contains("<strong data-count=\"petitions\">34</strong>", html);
        Assert.Contains("<strong data-count=\"organizations\">5</strong>", html);
        Assert.Contains("<strong data-count=\"items\">1</strong>", html);
        Assert.Contains("657-QĐ/TU ngày 04/04/2018", html);
    }

    [Fact]
    public async Task A_secretary_creates_a_conference_and_adds_rows_without_reloading()
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var created = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", Header(unit, "Đối thoại quý I năm 2026"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == "Đối thoại quý I năm 2026").Select(c => c.Id).SingleAsync());

        var token = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
        async Task<HttpResponseMessage> Add(string action, params (string, string)[] fields)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/Minutes/{action}/{id}")
            {
                Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
                    .Append(new("__RequestVerificationToken", token))),
            };
            request.Headers.Add("X-Requested-With", "fetch");
            return await client.SendAsync(request);
        }

        var speech = await Add("AddSpeech", ("Speech.Kind", "Report"), ("Speech.SpeakerName", "Lê Văn Chương"), ("Speech.Summary", "Báo cáo tình hình"));
        Assert.Equal(HttpStatusCode.OK, speech.StatusCode);
        Assert.Contains("<tr id=\"part-speeches-", await speech.Content.ReadAsStringAsync());

        var petition = await Add("AddPetition", ("Petition.Kind", "Petition"), ("Petition.Content", "Đề nghị hỗ trợ kinh phí chi hội"),
            ("Petition.TopicName", "kinh phi hoat dong"), ("Petition.OnTheSpotAnswer", "Phường sẽ cân đối"));
        Assert.Equal(HttpStatusCode.OK, petition.StatusCode);

        var batch = await Add("AddPetitions", ("Batch.Kind", "Opinion"), ("Batch.Lines", "Ý kiến thứ nhất"), ("Batch.Lines", "Ý kiến thứ hai"));
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);

        var invalid = await Add("AddSpeech", ("Speech.Kind", "Report"), ("Speech.Summary", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Hãy nhập tóm tắt nội dung phát biểu.", await invalid.Content.ReadAsStringAsync());

        var rows = await factory.WithDbAsync(async db => new
        {
            Speeches = await db.Speeches.Include(s => s.Person).Where(s => s.ConferenceId == id).ToListAsync(),
            Petitions = await db.Petitions.Include(p => p.Topic).Where(p => p.ConferenceId == id).OrderBy(p => p.Order).ToListAsync(),
        });
        // The speaker was found in the catalogue (same person as the demo minutes), not created twice.
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.FullName == "Lê Văn Chương")));
        Assert.Equal("Lê Văn Chương", Assert.Single(rows.Speeches).Person!.FullName);
        Assert.Equal(3, rows.Petitions.Count);
        Assert.Equal("Kinh phí hoạt động", rows.Petitions[0].Topic!.Name);
        Assert.Equal([1, 2, 3], rows.Petitions.Select(p => p.Order));
        Assert.All(rows.Petitions, p => Assert.Equal(unit, p.UnitId));

        // The conference's history lists the changes to its parts as well as to itself.
        var details = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("Thêm hội nghị", details);
        Assert.Contains("Thêm phát biểu", details);
        Assert.Contains("Thêm ý kiến, kiến nghị", details);
    }

    [Fact]
    public async Task Bad_input_gets_vietnamese_messages_and_saves_nothing()
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var fields = Header(unit, "", heldOn: "2026-02-30");
        fields.RemoveAll(f => f.Key == "Input.Place");
        fields.Add(new("Input.Place", new string('x', 400)));
        var response = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập tên hội nghị.", html);
        // A day that does not exist is named (ADR 0014), no longer a bare "không hợp lệ".
        Assert.Contains("Ngày 30/02/2026 không tồn tại.", html);
        Assert.Contains("Địa điểm không được dài quá 300 ký tự.", html);
    }

    [Fact]
    public async Task Script_in_a_title_is_stored_as_text_and_shown_escaped()
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", Header(unit, "<script>alert('x')</script> Đối thoại"));
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title.StartsWith("<script>")).Select(c => c.Id).SingleAsync());
        var html = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Second_of_two_concurrent_edits_sees_the_conflict_and_keeps_its_input()
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", Header(unit, "Hội nghị sửa đồng thời"));
        var conference = await factory.WithDbAsync(db => db.Conferences.SingleAsync(c => c.Title == "Hội nghị sửa đồng thời"));
        var staleVersion = conference.Version.ToString();

        var first = await client.PostFormAsync("/Conferences/Create", $"/Conferences/Edit/{conference.Id}",
            Header(unit, "Bản của người thứ nhất", version: staleVersion));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await client.PostFormAsync("/Conferences/Create", $"/Conferences/Edit/{conference.Id}",
            Header(unit, "Bản của người thứ hai", version: staleVersion));
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("data-testid=\"conflict\"", html);
        Assert.Contains("Bản của người thứ nhất", html);
        Assert.Contains("value=\"Bản của người thứ hai\"", html);
        Assert.Equal("Bản của người thứ nhất", await factory.WithDbAsync(db => db.Conferences.Where(c => c.Id == conference.Id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_asks_first_then_hides_the_conference_and_keeps_its_history()
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", Header(unit, "Hội nghị sẽ xóa"));
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == "Hội nghị sẽ xóa").Select(c => c.Id).SingleAsync());

        Assert.Contains("Xác nhận xóa", await client.GetStringAsync($"/Conferences/Delete/{id}"));
        var deleted = await client.PostFormAsync($"/Conferences/Delete/{id}", $"/Conferences/Delete/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Conferences/Details/{id}")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RootKey == AuditEntry.Key(nameof(Conference), id) && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task Printable_minutes_carry_the_national_title_and_motto()
    {
        var id = await ConferenceIdAsync(KyPhuongDay);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        // Printed as the People's Committee's minutes (Nghị định 30/2020: no leading zero on June); the Party's and the
        // Front's headers are checked field by field in PrintedHeaderTests.
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Conferences/Print/{id}?issuerKind=State"));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", html);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", html);
        Assert.Contains("ngày 28 tháng 6 năm 2022", html);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", ""));
    }
}

public class MinutesDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_word_minutes_open_and_hold_the_header_counts_and_items()
    {
        factory.CreateClient();
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var response = await client.GetAsync($"/Conferences/Word/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("bien-ban-2022-06-28-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);

        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        // Organized by the ward's Party committee: the Party's layout, not the State's (issue 16, point 11).
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text);
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Kỳ Phương, ngày 28 tháng 6 năm 2022", text);
        Assert.Contains("BIÊN BẢN", text);
        Assert.Contains("Tại hội nghị có 13 ý kiến, 34 kiến nghị", text);
        Assert.Contains("657-QĐ/TU ngày 04/04/2018", text);
        Assert.Contains("thời hạn 31/07/2022", text);
    }

    [Fact]
    public async Task Another_ward_cannot_download_the_word_minutes()
    {
        factory.CreateClient();
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Conferences/Word/{id}")).StatusCode);
    }
}

public class MinutesRowsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string url, params (string, string)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPage);
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_row_is_removed_with_its_history_and_another_ward_cannot_remove_it()
    {
        factory.CreateClient();
        var (conferenceId, petitionId) = await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.FirstAsync(p => p.Conference!.HeldOn == new DateOnly(2022, 6, 28));
            return (petition.ConferenceId, petition.Id);
        });

        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var refused = await PostAsync(other, "/Conferences/Create", $"/Minutes/Remove/{conferenceId}", ("section", "petitions"), ("partId", petitionId.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Petitions.AnyAsync(p => p.Id == petitionId)));

        var own = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var removed = await PostAsync(own, $"/Minutes/Edit/{conferenceId}", $"/Minutes/Remove/{conferenceId}", ("section", "petitions"), ("partId", petitionId.ToString()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Petitions.AnyAsync(p => p.Id == petitionId)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.RootKey == AuditEntry.Key(nameof(Conference), conferenceId) && a.EntityId == petitionId.ToString() && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task A_row_id_of_another_conference_is_not_removed_through_this_one()
    {
        factory.CreateClient();
        var (kyPhuong, hongLinhPetition) = await factory.WithDbAsync(async db => (
            await db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync(),
            await db.Petitions.Where(p => p.Conference!.HeldOn == new DateOnly(2023, 4, 6)).Select(p => p.Id).FirstAsync()));
        var own = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await PostAsync(own, $"/Minutes/Edit/{kyPhuong}", $"/Minutes/Remove/{kyPhuong}", ("section", "petitions"), ("partId", hongLinhPetition.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Petitions.AnyAsync(p => p.Id == hongLinhPetition)));
    }

    [Fact]
    public async Task A_petition_raised_by_a_residential_group_must_come_from_the_conferences_unit()
    {
        factory.CreateClient();
        var (conferenceId, ownGroup, otherGroup) = await factory.WithDbAsync(async db => (
            await db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28)).Select(c => c.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "HT-KA-KPH-TDP02").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "NB-NB-TB-TDP02").Select(u => u.Id).SingleAsync()));
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var ok = await PostAsync(client, $"/Minutes/Edit/{conferenceId}", $"/Minutes/AddPetition/{conferenceId}",
            ("Petition.Kind", "Petition"), ("Petition.Content", "Tổ dân phố số 2 đề nghị lắp đèn đường"), ("Petition.RaisedByUnitId", ownGroup.ToString()));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Tổ dân phố số 2 đề nghị lắp đèn đường", await ok.Content.ReadAsStringAsync());

        var refused = await PostAsync(client, $"/Minutes/Edit/{conferenceId}", $"/Minutes/AddPetition/{conferenceId}",
            ("Petition.Kind", "Petition"), ("Petition.Content", "Tổ dân phố phường khác"), ("Petition.RaisedByUnitId", otherGroup.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không thuộc đơn vị của hội nghị", await refused.Content.ReadAsStringAsync());
    }
}
