using System.Net;
using System.Net.Http.Headers;
using DoiThoai.Tests.Integration.Infrastructure;
using static DoiThoai.Tests.Integration.Features.Minutes.MinutesRows;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Infrastructure.Excel;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>Minutes move from draft to final; afterwards every change is an amendment with a reason.</summary>
public class FinalMinutesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reason = "AmendmentReason";

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>A conference of Kỳ Phương of its own, so that tests sharing the database do not meet.</summary>
    private async Task<int> NewConferenceAsync(string title)
    {
        var unit = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var created = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", HeaderFields(unit, title));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());
        var petition = await FetchAsync(client, id, "AddPetition", ("Petition.Kind", "Petition"), ("Petition.Content", "Kiến nghị ghi trong bản dự thảo"));
        Assert.Equal(HttpStatusCode.OK, petition.StatusCode);
        return id;
    }

    private static List<KeyValuePair<string, string>> HeaderFields(int unitId, string title) =>
    [
        new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)), new("Input.Status", nameof(ConferenceStatus.Held)),
        new("Input.HeldOn", "2026-03-15"), new("Input.UnitId", unitId.ToString()), new("Input.Place", "Hội trường phường"),
        new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
    ];


    private static Task<HttpResponseMessage> FinalizeAsync(HttpClient client, int id) =>
        client.PostFormAsync("/Conferences", $"/Conferences/Finalize/{id}", []);

    private async Task<int> FinalConferenceAsync(string title)
    {
        var id = await NewConferenceAsync(title);
        var finalized = await FinalizeAsync(await factory.SignedInClientAsync(Demo.KyPhuongWard), id);
        Assert.Equal(HttpStatusCode.Redirect, finalized.StatusCode);
        return id;
    }

    private Task<Conference> ConferenceAsync(int id) => factory.WithDbAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id));
    private Task<List<Amendment>> AmendmentsAsync(int id) => factory.WithDbAsync(db => db.Amendments.Where(a => a.ConferenceId == id).OrderBy(a => a.Id).ToListAsync());
    private Task<int> PetitionCountAsync(int id) => factory.WithDbAsync(db => db.Petitions.CountAsync(p => p.ConferenceId == id));

    [Theory]
    [InlineData(Demo.DistrictStaff)]
    [InlineData(Demo.FrontStaff)]
    [InlineData(Demo.KyPhuongWard)]
    public async Task District_front_and_the_organizing_wards_staff_finalize_the_minutes(string email)
    {
        var id = await NewConferenceAsync($"Đối thoại hoàn thiện bởi {email}");
        var client = await factory.SignedInClientAsync(email);

        var response = await FinalizeAsync(client, id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var conference = await ConferenceAsync(id);
        Assert.Equal(MinutesState.Final, conference.MinutesState);
        Assert.NotNull(conference.FinalizedAtUtc);
        Assert.False(string.IsNullOrWhiteSpace(conference.FinalizedBy));
        Assert.Equal(ConferenceStatus.MinutesComplete, conference.Status);
        var details = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("Bản chính thức.", details);
        Assert.Contains("Hoàn thiện biên bản: chuyển thành bản chính thức.", details);
    }

    [Theory]
    [InlineData(Demo.Leader)]
    [InlineData(Demo.Editor)]
    public async Task Leader_and_editor_cannot_finalize(string email)
    {
        var id = await NewConferenceAsync($"Đối thoại không được hoàn thiện bởi {email}");
        var client = await factory.SignedInClientAsync(email);

        var response = await FinalizeAsync(client, id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(MinutesState.Draft, (await ConferenceAsync(id)).MinutesState);
    }

    [Fact]
    public async Task Another_wards_staff_can_neither_finalize_nor_amend_the_minutes()
    {
        var draft = await NewConferenceAsync("Đối thoại phường Kỳ Phương – bản dự thảo của phường khác");
        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await FinalizeAsync(other, draft)).StatusCode);
        Assert.Equal(MinutesState.Draft, (await ConferenceAsync(draft)).MinutesState);

        var final = await FinalConferenceAsync("Đối thoại phường Kỳ Phương – bản chính thức của phường khác");
        var ownUnit = await UnitIdAsync("NB-NB-TB");
        var add = await FetchAsync(other, final, "AddPetition", ("Petition.Kind", "Petition"), ("Petition.Content", "Chen vào"), (Reason, "Lý do giả"));
        var edit = await other.PostFormAsync("/Conferences", $"/Conferences/Edit/{final}",
            [.. HeaderFields(ownUnit, "Chiếm quyền"), new(Reason, "Lý do giả")]);

        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(1, await PetitionCountAsync(final));
        Assert.StartsWith("Đối thoại phường Kỳ Phương", (await ConferenceAsync(final)).Title);
        Assert.Empty(await AmendmentsAsync(final));
    }

    [Fact]
    public async Task Editing_final_minutes_without_a_reason_is_refused_and_nothing_changes()
    {
        var id = await FinalConferenceAsync("Đối thoại – sửa không có lý do");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var unit = await UnitIdAsync("HT-KA-KPH");
        var petitionId = await factory.WithDbAsync(db => db.Petitions.Where(p => p.ConferenceId == id).Select(p => p.Id).SingleAsync());
        var version = (await ConferenceAsync(id)).Version;

        var add = await FetchAsync(client, id, "AddPetition", ("Petition.Kind", "Petition"), ("Petition.Content", "Thêm không lý do"));
        var speech = await FetchAsync(client, id, "AddSpeech", ("Speech.Kind", "Report"), ("Speech.SpeakerName", "Nguyễn Văn A"),
            ("Speech.Summary", "Báo cáo"), (Reason, "   "));
        var batch = await FetchAsync(client, id, "AddPetitions", ("Batch.Kind", "Opinion"), ("Batch.Lines", "Ý kiến dán vào"));
        var remove = await FetchAsync(client, id, "Remove", ("section", "petitions"), ("partId", petitionId.ToString()));
        var edit = await client.PostFormAsync($"/Conferences/Edit/{id}", $"/Conferences/Edit/{id}",
            [.. HeaderFields(unit, "Tên mới không có lý do"), new("Input.Version", version.ToString())]);

        foreach (var refused in new[] { add, speech, batch, remove })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Contains($"\"{Reason}\"", body);
            Assert.Contains("hãy nhập lý do sửa đổi", body);
        }
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var form = await edit.Content.ReadAsStringAsync();
        Assert.Contains("Lý do sửa đổi", form);
        Assert.Contains("hãy nhập lý do sửa đổi", form);

        Assert.Equal(1, await PetitionCountAsync(id));
        Assert.False(await factory.WithDbAsync(db => db.Speeches.AnyAsync(s => s.ConferenceId == id)));
        var conference = await ConferenceAsync(id);
        Assert.Equal("Đối thoại – sửa không có lý do", conference.Title);
        Assert.Equal(version, conference.Version);
        Assert.Empty(await AmendmentsAsync(id));
    }

    [Fact]
    public async Task With_a_reason_each_change_saves_with_exactly_one_amendment_shown_in_the_history_and_on_the_details_page()
    {
        var id = await FinalConferenceAsync("Đối thoại – sửa có lý do");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var unit = await UnitIdAsync("HT-KA-KPH");

        var add = await FetchAsync(client, id, "AddPetition", ("Petition.Kind", "Petition"), ("Petition.Content", "Kiến nghị bị sót khi ghi"),
            (Reason, "Bổ sung kiến nghị thư ký ghi sót"));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var first = Assert.Single(await AmendmentsAsync(id));
        Assert.Equal("Bổ sung kiến nghị thư ký ghi sót", first.Reason);
        Assert.Contains("Thêm kiến nghị \"Kiến nghị bị sót khi ghi\"", first.Summary);
        Assert.Equal(unit, first.UnitId);
        Assert.Equal(2, await PetitionCountAsync(id));

        var version = (await ConferenceAsync(id)).Version;
        var edit = await client.PostFormAsync($"/Conferences/Edit/{id}", $"/Conferences/Edit/{id}",
            [.. HeaderFields(unit, "Đối thoại – sửa có lý do (tên đúng)"), new("Input.Version", version.ToString()), new(Reason, "Sửa tên hội nghị cho đúng giấy mời")]);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal("Đối thoại – sửa có lý do (tên đúng)", (await ConferenceAsync(id)).Title);

        var petitionId = await factory.WithDbAsync(db => db.Petitions.Where(p => p.ConferenceId == id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var remove = await FetchAsync(client, id, "Remove", ("section", "petitions"), ("partId", petitionId.ToString()), (Reason, "Kiến nghị ghi trùng"));
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);

        var amendments = await AmendmentsAsync(id);
        Assert.Equal(["Bổ sung kiến nghị thư ký ghi sót", "Sửa tên hội nghị cho đúng giấy mời", "Kiến nghị ghi trùng"], amendments.Select(a => a.Reason));
        Assert.StartsWith("Sửa thông tin chung: ", amendments[1].Summary);
        Assert.Contains("tên hội nghị", amendments[1].Summary);
        Assert.Contains("Xóa kiến nghị", amendments[2].Summary);

        var details = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("Sửa đổi sau khi hoàn thiện", details);
        Assert.Contains("Bổ sung kiến nghị thư ký ghi sót", details);
        Assert.Contains("Sửa đổi biên bản đã hoàn thiện. Lý do: Sửa tên hội nghị cho đúng giấy mời", details);
        // The history (audit trail) holds one amendment event per change, each written with its change.
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.RootKey == AuditEntry.Key(nameof(Conference), id) && a.Note!.StartsWith("Sửa đổi biên bản đã hoàn thiện"))));

        var print = await client.GetStringAsync($"/Conferences/Print/{id}");
        Assert.Contains("Danh sách sửa đổi", print);
        Assert.Contains("Bản chính thức", print);
    }

    [Fact]
    public async Task The_word_minutes_mark_the_official_copy_and_list_the_amendments()
    {
        var id = await NewConferenceAsync("Đối thoại – bản Word");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("Bản dự thảo", await MinutesWordFile.TextAsync(client, id));

        Assert.Equal(HttpStatusCode.Redirect, (await FinalizeAsync(client, id)).StatusCode);
        var add = await FetchAsync(client, id, "AddConclusionItem", ("Item.Content", "Rà soát kinh phí chi hội"), (Reason, "Bổ sung kết luận của chủ trì"));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);

        var text = await MinutesWordFile.TextAsync(client, id);
        Assert.Contains("Bản chính thức", text);
        Assert.DoesNotContain("Bản dự thảo", text);
        Assert.Contains("DANH SÁCH SỬA ĐỔI", text);
        Assert.Contains("Lý do: Bổ sung kết luận của chủ trì", text);
        Assert.Contains("Nội dung sửa đổi: Thêm nội dung kết luận \"Rà soát kinh phí chi hội\"", text);
    }

    [Fact]
    public async Task An_excel_import_into_final_minutes_needs_a_reason_and_is_one_amendment()
    {
        var id = await FinalConferenceAsync("Đối thoại – nhập Excel vào bản chính thức");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var workbook = Xlsx.Write(
        [
            new SheetData(MinutesImport.SpeechSheet, ["Loại phát biểu", "Người phát biểu", "Chức vụ", "Thay mặt tổ chức", "Tóm tắt nội dung"],
                [["Báo cáo", "Nguyễn Thị Báo", "", "", "Báo cáo bổ sung"]]),
            new SheetData(MinutesImport.PetitionSheet, ["Loại", "Nội dung", "Lĩnh vực", "Người nêu", "Tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị", "Người trả lời"],
                [["Kiến nghị", "Kiến nghị từ tệp thứ nhất", "", "", "", "", "", ""], ["Ý kiến", "Ý kiến từ tệp thứ hai", "", "", "", "", "", ""]]),
            new SheetData(MinutesImport.ItemSheet, ["Nội dung kết luận", "Cơ quan chủ trì thực hiện", "Thời hạn (dd/MM/yyyy)"], []),
        ]);
        async Task<HttpResponseMessage> UploadAsync(string? reason)
        {
            var token = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
            var file = new ByteArrayContent(workbook);
            file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx.ContentType);
            var content = new MultipartFormDataContent { { file, "file", "bien-ban.xlsx" }, { new StringContent(token), "__RequestVerificationToken" } };
            if (reason is not null) content.Add(new StringContent(reason), Reason);
            return await client.PostAsync($"/Minutes/Import/{id}", content);
        }

        var refused = await UploadAsync(null);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(1, await PetitionCountAsync(id));
        Assert.Empty(await AmendmentsAsync(id));
        var page = await client.GetStringAsync($"/Minutes/Edit/{id}");
        Assert.Contains("hãy nhập lý do sửa đổi", page);

        var imported = await UploadAsync("Nhập phần biên bản ghi tay");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(3, await PetitionCountAsync(id));
        var amendment = Assert.Single(await AmendmentsAsync(id));
        Assert.Equal("Nhập phần biên bản ghi tay", amendment.Reason);
        Assert.Equal("Nhập từ Excel: 1 phát biểu, 2 ý kiến, kiến nghị, 0 nội dung kết luận.", amendment.Summary);
    }

    [Fact]
    public async Task Draft_minutes_still_change_without_a_reason()
    {
        var id = await NewConferenceAsync("Đối thoại – bản dự thảo sửa tự do");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var add = await FetchAsync(client, id, "AddPetition", ("Petition.Kind", "Opinion"), ("Petition.Content", "Ý kiến thêm vào bản dự thảo"));

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Equal(2, await PetitionCountAsync(id));
        Assert.Empty(await AmendmentsAsync(id));
        Assert.DoesNotContain("id=\"amendment-reason\"", await client.GetStringAsync($"/Minutes/Edit/{id}"));
    }

    [Fact]
    public async Task The_minutes_page_of_final_minutes_asks_for_the_reason()
    {
        var id = await FinalConferenceAsync("Đối thoại – trang nhập biên bản chính thức");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = await client.GetStringAsync($"/Minutes/Edit/{id}");

        Assert.Contains("<label for=\"amendment-reason\" class=\"form-label fw-bold\">Lý do sửa đổi</label>", html);
        Assert.Contains("name=\"AmendmentReason\"", html);
    }

    [Fact]
    public async Task An_administrator_reopens_final_minutes_only_with_a_reason_and_others_may_not()
    {
        var id = await FinalConferenceAsync("Đối thoại – mở lại");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var admin = await factory.SignedInClientAsync(Demo.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await ward.PostFormAsync("/Conferences", $"/Conferences/Reopen/{id}", [new(Reason, "Muốn sửa")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Conferences", $"/Conferences/Reopen/{id}", [])).StatusCode);
        Assert.Equal(MinutesState.Final, (await ConferenceAsync(id)).MinutesState);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Conferences", $"/Conferences/Reopen/{id}", [new(Reason, "Ghi nhầm hội nghị")])).StatusCode);
        Assert.Equal(MinutesState.Draft, (await ConferenceAsync(id)).MinutesState);
        var amendment = Assert.Single(await AmendmentsAsync(id));
        Assert.Equal("Ghi nhầm hội nghị", amendment.Reason);
        Assert.Contains("Mở lại biên bản", amendment.Summary);
    }
}
