using System.Net;
using System.Net.Http.Headers;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Tests.Shared;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Infrastructure.Excel;
using DoiThoai.Web.Features.Minutes;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

public class MinutesImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> NewConferenceAsync(string title) => await factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        var conference = new Conference { Title = title, UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = new DateOnly(2026, 3, 2) };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] bytes, string fileName = "bien-ban.xlsx")
    {
        var token = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx.ContentType);
        content.Add(file, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"/Minutes/Import/{id}", content);
    }

    private static byte[] Workbook(IReadOnlyList<IReadOnlyList<string>> speeches, IReadOnlyList<IReadOnlyList<string>> petitions, IReadOnlyList<IReadOnlyList<string>> items) =>
        Xlsx.Write(
        [
            new SheetData(MinutesImport.SpeechSheet, ["Loại phát biểu", "Người phát biểu", "Chức vụ", "Thay mặt tổ chức", "Tóm tắt nội dung"], speeches),
            new SheetData(MinutesImport.PetitionSheet, ["Loại", "Nội dung", "Lĩnh vực", "Người nêu", "Tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị", "Người trả lời"], petitions),
            new SheetData(MinutesImport.ItemSheet, ["Nội dung kết luận", "Cơ quan chủ trì thực hiện", "Thời hạn (dd/MM/yyyy)"], items),
        ]);

    [Fact]
    public async Task The_template_downloads_with_a_sheet_per_part_of_the_minutes()
    {
        var id = await NewConferenceAsync("Hội nghị có mẫu Excel");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync($"/Minutes/Template/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheets = Xlsx.Read(await response.Content.ReadAsStreamAsync());
        Assert.Contains(MinutesImport.SpeechSheet, sheets.Keys);
        Assert.Contains(MinutesImport.PetitionSheet, sheets.Keys);
        Assert.Contains(MinutesImport.ItemSheet, sheets.Keys);
        Assert.Contains(sheets["Danh mục tổ chức"], r => r[0] == "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
    }

    [Fact]
    public async Task A_good_workbook_imports_every_row()
    {
        var id = await NewConferenceAsync("Hội nghị nhập Excel đúng");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var bytes = Workbook(
            [["Báo cáo", "Lê Văn Chương", "Bí thư Đảng ủy", "", "Báo cáo kết quả quý I"], ["tham luan", "", "", "uy ban mat tran to quoc phuong ky phuong", "Ý kiến của Mặt trận"]],
            [["Kiến nghị", "Đề nghị sửa nhà văn hóa tổ dân phố số 2", "Thiết chế văn hóa cơ sở", "", "Hội Nông dân phường Kỳ Phương", "Ủy ban nhân dân phường Kỳ Phương", "", ""],
             ["Chất vấn", "Vì sao chậm chi phụ cấp?", "Chế độ phụ cấp", "Nguyễn Văn A", "", "", "Sẽ chi trong tháng 4", "Lê Văn Chương"]],
            [["Sửa nhà văn hóa tổ dân phố số 2", "Ủy ban nhân dân phường Kỳ Phương", "30/06/2026"]]);

        var response = await UploadAsync(client, id, bytes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var counts = await factory.WithDbAsync(async db => (
            await db.Speeches.CountAsync(s => s.ConferenceId == id),
            await db.Petitions.CountAsync(p => p.ConferenceId == id),
            await db.ConclusionItems.Where(i => i.ConferenceId == id).Select(i => i.Deadline).SingleAsync()));
        Assert.Equal((2, 2, (DateOnly?)new DateOnly(2026, 6, 30)), counts);
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_imports_nothing_and_names_each_bad_cell()
    {
        var id = await NewConferenceAsync("Hội nghị nhập Excel có lỗi");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var bytes = Workbook(
            [["Báo cáo", "Lê Văn Chương", "", "", "Dòng đúng"]],
            [["Kiến nghị", "Dòng đúng", "", "", "", "", "", ""],
             ["Lời than phiền", "Loại sai", "", "", "", "", "", ""],
             ["Kiến nghị", "Tổ chức lạ", "", "", "Hội không có thật", "", "", ""],
             ["Kiến nghị", "", "", "", "", "", "", ""]],
            [["Hạn sai", "", "31/02/2026"]]);

        var response = await UploadAsync(client, id, bytes);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chưa có dòng nào được nhập", html);
        Assert.Matches("Ý kiến, kiến nghị</td><td>3</td><td>A \\(Loại\\)</td><td>&#x27;Lời than phiền&#x27; không phải một loại hợp lệ|Ý kiến, kiến nghị</td><td>3</td><td>A \\(Loại\\)</td><td>'Lời than phiền' không phải một loại hợp lệ", html);
        Assert.Contains("<td>4</td><td>E (Tổ chức nêu)</td>", html);
        Assert.Contains("<td>5</td><td>B (Nội dung)</td><td>Hãy nhập nội dung.</td>", html);
        Assert.Contains("<td>2</td><td>C (Thời hạn (dd/MM/yyyy))</td>", html);
        var nothing = await factory.WithDbAsync(async db =>
            await db.Speeches.CountAsync(s => s.ConferenceId == id) + await db.Petitions.CountAsync(p => p.ConferenceId == id));
        Assert.Equal(0, nothing);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_in_vietnamese()
    {
        var id = await NewConferenceAsync("Hội nghị nhận tệp sai");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await UploadAsync(client, id, "<html>không phải excel</html>"u8.ToArray(), "gia-mao.xlsx");
        Assert.Contains("Tệp không phải bảng tính Excel (.xlsx) hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_ward_cannot_import_into_this_conference()
    {
        var id = await NewConferenceAsync("Hội nghị của Kỳ Phương");
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var token = await client.GetAntiforgeryTokenAsync("/Conferences/Create");
        var content = new MultipartFormDataContent { { new ByteArrayContent(Workbook([], [["Kiến nghị", "Chen vào", "", "", "", "", "", ""]], [])), "file", "x.xlsx" }, { new StringContent(token), "__RequestVerificationToken" } };
        var response = await client.PostAsync($"/Minutes/Import/{id}", content);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Minutes/Template/{id}")).StatusCode);
    }

    private Task<int> RowsOfAsync(int id) => factory.WithDbAsync(async db =>
        await db.Speeches.CountAsync(s => s.ConferenceId == id) + await db.Petitions.CountAsync(p => p.ConferenceId == id)
        + await db.ConclusionItems.CountAsync(i => i.ConferenceId == id));

    public static TheoryData<string, string> TooLarge() => new()
    {
        // The files: one 100 MB cell in a 107 KB upload, and 300,000 rows in 1.6 MB.
        { "cell", "Tệp khi giải nén lớn hơn 20 MB cho phép." },
        { "rows", "Tệp khi giải nén lớn hơn 20 MB cho phép." },
        { "rows past the limit", "Tệp có hơn 5.000 dòng dữ liệu; mỗi lần chỉ nhập tối đa 5.000 dòng." },
        { "cell past the limit", "Ô B2 của trang \"Ý kiến, kiến nghị\" dài hơn 4.000 ký tự cho phép." },
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task A_workbook_past_a_limit_is_refused_in_vietnamese_and_saves_nothing(string what, string message)
    {
        var id = await NewConferenceAsync($"Hội nghị nhận tệp quá lớn ({what})");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var file = what switch
        {
            "cell" => OfficeFiles.WorkbookWithLongCell(100_000_000, MinutesImport.SpeechSheet),
            "rows" => OfficeFiles.WorkbookWithRows(300_000, MinutesImport.PetitionSheet, "Kiến nghị", "Đề nghị sửa đường"),
            "rows past the limit" => OfficeFiles.WorkbookWithRows(5_001, MinutesImport.PetitionSheet, "Kiến nghị", "Đề nghị sửa đường"),
            _ => OfficeFiles.Workbook(OfficeFiles.Row(2, "Kiến nghị", new string('x', 4_001)), sheetName: MinutesImport.PetitionSheet),
        };

        var response = await UploadAsync(client, id, file);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("chưa có dòng nào được nhập", html);
        Assert.True(html.Length < 50_000, $"the page is {html.Length} characters");
        Assert.Equal(0, await RowsOfAsync(id));
    }

    public static TheoryData<string, byte[]> NotWorkbooks() => new()
    {
        { "DOCTYPE", OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "Kiến nghị", "&lol3;")), sheetName: MinutesImport.PetitionSheet, sheetPrologue: OfficeFiles.Doctype) },
        { "malformed", OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Kiến nghị</is></c></row>", sheetName: MinutesImport.PetitionSheet) },
        { "Word", OfficeFiles.Document("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>") },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task A_worksheet_with_a_doctype_or_malformed_xml_is_refused_as_not_a_workbook(string what, byte[] file)
    {
        var id = await NewConferenceAsync($"Hội nghị nhận tệp hỏng ({what})");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await UploadAsync(client, id, file);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tệp không phải bảng tính Excel (.xlsx) hợp lệ", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await RowsOfAsync(id));
    }

    [Fact]
    public async Task Only_the_first_fifty_errors_are_listed_with_a_count_of_the_rest()
    {
        var id = await NewConferenceAsync("Hội nghị nhận tệp nhiều lỗi");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var file = OfficeFiles.WorkbookWithRows(120, MinutesImport.PetitionSheet, "Lời than phiền", "Loại sai");

        var response = await UploadAsync(client, id, file);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tệp có 120 lỗi", html);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(html, "không phải một loại hợp lệ").Count);
        Assert.Contains("và 70 lỗi khác", html);
        Assert.Equal(0, await RowsOfAsync(id));
    }
}
