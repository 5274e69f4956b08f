using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Tests.Shared;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Minutes;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>
/// The import takes the whole record the template holds (issue 16, points 1 and 3): participants and bodies, coordinating
/// bodies, the day or the period, stated totals, unnamed speakers, cited figures, results and limitations. The file is
/// posted through the fields the entry page's import form renders.
/// </summary>
public class MinutesImportRecordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Ward = "HT-KA-KPH";
    private const string Front = "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương";
    private const string Farmers = "Hội Nông dân phường Kỳ Phương";
    private const string Committee = "Ủy ban nhân dân phường Kỳ Phương";

    private Task<int> NewConferenceAsync(string title, Action<Conference>? shape = null) => factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == Ward);
        var conference = new Conference { Title = title, UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = new DateOnly(2026, 3, 2) };
        shape?.Invoke(conference);
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    });

    private static async Task<byte[]> TemplateAsync(HttpClient client, int id)
    {
        var html = await client.GetStringAsync($"/Minutes/Edit/{id}");
        var link = Regex.Match(html, "href=\"(/Minutes/Template/\\d+)\"");
        Assert.True(link.Success, "the entry page links to the template");
        return await client.GetByteArrayAsync(link.Groups[1].Value);
    }

    /// <summary>Posts the file with every field the rendered import form holds (the token among them), as the browser would.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] file)
    {
        var html = await client.GetStringAsync($"/Minutes/Edit/{id}");
        var form = Regex.Match(html, $"<form\\b[^>]*action=\"(/Minutes/Import/{id})\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "the entry page has the import form");
        var content = new MultipartFormDataContent();
        var files = 0;
        foreach (Match input in Regex.Matches(form.Groups[2].Value, "<input\\b[^>]*>"))
        {
            string? Attribute(string name) => Regex.Match(input.Value, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
            if (Attribute("name") is not { } name) continue;
            if (Attribute("type") == "file") { content.Add(new ByteArrayContent(file), name, "bien-ban.xlsx"); files++; }
            else content.Add(new StringContent(Attribute("value") ?? ""), name);
        }
        Assert.Equal(1, files);
        return await client.PostAsync(form.Groups[1].Value, content);
    }

    [Fact]
    public async Task A_template_imported_back_unchanged_leaves_the_record_as_it_was()
    {
        var id = await NewConferenceAsync("Giao ban quý I có mẫu Excel", c =>
        {
            c.Kind = ConferenceKind.Briefing;
            c.HeldOn = new DateOnly(2023, 3, 31);
            c.HeldOnUnknown = true;
            (c.ReviewedPeriodKind, c.ReviewedPeriodYear, c.ReviewedPeriodNumber) = (PeriodKind.Quarter, 2023, 1);
            (c.StatedOpinionCount, c.UnnamedSpeakerCount, c.UnnamedSpeakerKind) = (7, 3, "đại biểu");
        });
        await factory.WithDbAsync(async db =>
        {
            var person = await db.People.FirstAsync(p => p.FullName == "Lê Văn Chương");
            var farmers = await db.Organizations.SingleAsync(o => o.Name == Farmers);
            var unitId = await db.Units.Where(u => u.Code == Ward).Select(u => u.Id).SingleAsync();
            db.ConferenceParticipants.Add(new ConferenceParticipant { ConferenceId = id, UnitId = unitId, PersonId = person.Id, Role = ParticipantRole.Chair, Order = 1 });
            db.ConferenceOrganizations.Add(new ConferenceOrganization { ConferenceId = id, UnitId = unitId, OrganizationId = farmers.Id });
            return await db.SaveChangesAsync();
        });
        var before = await RecordAsync(id);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var response = await UploadAsync(client, id, await TemplateAsync(client, id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await RecordAsync(id));
        Assert.Contains("Quý I năm 2023", before);
    }

    [Fact]
    public async Task A_filled_template_imports_participants_bodies_coordinators_cited_figures_findings_and_the_period()
    {
        var id = await NewConferenceAsync("Hội nghị nhập toàn bộ biên bản");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var file = FilledWorkbook.Fill(await TemplateAsync(client, id),
            (MinutesImport.GeneralSheet, 2, ["", "Quý", "2026", "1", "5", "", "", "", "9", "đại biểu"]),
            (MinutesImport.ParticipantSheet, 2, ["Tham dự và chỉ đạo", "Trần Thị Khách Mời", "Phó Chủ tịch UBND thị xã"]),
            (MinutesImport.ParticipantSheet, 3, ["tham du va chi dao", "Trần Thị Khách Mời", ""]),
            (MinutesImport.ParticipantSheet, 4, [MinutesImport.BodyPart, "hoi nong dan phuong ky phuong", ""]),
            (MinutesImport.PetitionSheet, 2, ["Ý kiến", "Đề nghị làm rõ tiến độ đường liên thôn", "", "", "", "", "", ""]),
            (MinutesImport.ItemSheet, 2, ["Sửa đường liên thôn", Committee, "30/06/2026", $"{Front}; {Farmers}"]),
            (MinutesImport.CitedSheet, 2, ["326", "ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)", "các hội nghị lấy ý kiến nhân dân"]),
            (MinutesImport.FindingSheet, 2, ["Kết quả", "Mô hình dân vận khéo được đăng ký", "27 mô hình"]),
            (MinutesImport.FindingSheet, 3, ["Hạn chế", "Một số nơi thực hiện chậm", ""]));

        var response = await UploadAsync(client, id, file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(async db => new
        {
            Conference = await db.Conferences.SingleAsync(c => c.Id == id),
            People = await db.ConferenceParticipants.Where(p => p.ConferenceId == id).Select(p => $"{p.Role}: {p.Person!.FullName}, {p.PositionHeld}").ToListAsync(),
            Bodies = await db.ConferenceOrganizations.Where(o => o.ConferenceId == id).Select(o => o.Organization!.Name).ToListAsync(),
            Coordinators = await db.ConclusionItemCoordinators.Where(c => db.ConclusionItems.Any(i => i.Id == c.ConclusionItemId && i.ConferenceId == id))
                .Select(c => c.Organization!.Name).OrderBy(n => n).ToListAsync(),
            FollowedUpWith = await db.FollowUps.Where(f => f.ConclusionItem!.ConferenceId == id).SelectMany(f => f.Coordinators).CountAsync(),
            Cited = await db.CitedFigures.Where(f => f.ConferenceId == id).Select(f => $"{f.Count} {f.What} ({f.Source})").ToListAsync(),
            Findings = await db.MinutesFindings.Where(f => f.ConferenceId == id).OrderBy(f => f.Order).Select(f => $"{f.Kind}: {f.Content} [{f.Figure}]").ToListAsync(),
        });
        Assert.Equal(["DirectingGuest: Trần Thị Khách Mời, Phó Chủ tịch UBND thị xã"], saved.People);
        Assert.Equal([Farmers], saved.Bodies);
        Assert.Equal([Farmers, Front], saved.Coordinators);
        Assert.Equal(2, saved.FollowedUpWith);
        Assert.Equal(["326 ý kiến góp ý dự thảo Luật Đất đai (sửa đổi) (các hội nghị lấy ý kiến nhân dân)"], saved.Cited);
        Assert.Equal(["Result: Mô hình dân vận khéo được đăng ký [27 mô hình]", "Limitation: Một số nơi thực hiện chậm []"], saved.Findings);
        var c = saved.Conference;
        Assert.Equal((true, new DateOnly(2026, 3, 31), PeriodKind.Quarter, 2026, 1), (c.HeldOnUnknown, c.HeldOn, c.ReviewedPeriodKind!.Value, c.ReviewedPeriodYear!.Value, c.ReviewedPeriodNumber!.Value));
        Assert.Equal((5, 9, "đại biểu"), (c.StatedOpinionCount, c.UnnamedSpeakerCount, c.UnnamedSpeakerKind));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Conferences/Details/{id}"));
        Assert.Contains("Trần Thị Khách Mời", page);
        Assert.Contains(Front, page);
    }

    [Fact]
    public async Task Unknown_names_and_a_total_below_the_itemized_rows_are_refused_by_sheet_row_and_column_and_nothing_is_saved()
    {
        var id = await NewConferenceAsync("Hội nghị nhập tên lạ");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var file = FilledWorkbook.Fill(await TemplateAsync(client, id),
            (MinutesImport.GeneralSheet, 2, ["02/03/2026", "", "", "", "", "1", "", "", "", ""]),
            (MinutesImport.ParticipantSheet, 2, ["Khách lạ", "Nguyễn Văn Lạ", ""]),
            (MinutesImport.ParticipantSheet, 3, [MinutesImport.BodyPart, "Hội Không Có Thật", ""]),
            (MinutesImport.PetitionSheet, 2, ["Kiến nghị", "Kiến nghị thứ nhất", "", "", "", "", "", ""]),
            (MinutesImport.PetitionSheet, 3, ["Kiến nghị", "Kiến nghị thứ hai", "", "", "", "", "", ""]),
            (MinutesImport.ItemSheet, 2, ["Sửa cống", Committee, "", $"{Front}; Ban Không Tồn Tại"]),
            (MinutesImport.FindingSheet, 2, ["Thành tích", "Loại sai", ""]),
            (MinutesImport.CitedSheet, 2, ["ba trăm", "ý kiến", ""]));

        var response = await UploadAsync(client, id, file);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<td>Thành phần</td><td>2</td><td>A (Thành phần)</td><td>'Khách lạ' không phải một loại hợp lệ.", html);
        Assert.Contains($"{MinutesImport.BodyPart}.", html);
        Assert.Contains("<td>Thành phần</td><td>3</td><td>B (Họ tên hoặc tên tổ chức)</td><td>Không tìm thấy tổ chức 'Hội Không Có Thật'", html);
        Assert.Contains("<td>Kết luận</td><td>2</td><td>D (Cơ quan phối hợp (cách nhau bởi dấu ;))</td><td>Không tìm thấy tổ chức 'Ban Không Tồn Tại'", html);
        Assert.Contains("<td>Kết quả, hạn chế</td><td>2</td><td>A (Loại)</td><td>'Thành tích' không phải một loại hợp lệ.", html);
        Assert.Contains("<td>Số liệu dẫn</td><td>2</td><td>A (Số lượng)</td><td>'ba trăm' không phải một số nguyên.", html);
        Assert.Contains("<td>Thông tin chung</td><td>2</td><td>F (Tổng số kiến nghị)</td><td>Biên bản đã ghi chi tiết 2 kiến nghị; tổng số không được nhỏ hơn 2.", html);
        var nothing = await factory.WithDbAsync(async db => (
            await db.ConferenceParticipants.CountAsync(p => p.ConferenceId == id) + await db.Petitions.CountAsync(p => p.ConferenceId == id)
            + await db.ConclusionItems.CountAsync(i => i.ConferenceId == id) + await db.MinutesFindings.CountAsync(f => f.ConferenceId == id),
            await db.Conferences.Where(c => c.Id == id).Select(c => c.StatedPetitionCount).SingleAsync()));
        Assert.Equal((0, 0), nothing);
    }

    [Fact]
    public async Task A_period_briefing_without_a_period_or_a_day_is_refused_beside_the_day()
    {
        var id = await NewConferenceAsync("Giao ban thiếu ngày");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var file = FilledWorkbook.Fill(await TemplateAsync(client, id),
            (MinutesImport.GeneralSheet, 2, ["", "", "2023", "", "", "", "", "", "", "đại biểu"]));

        var response = await UploadAsync(client, id, file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<td>Thông tin chung</td><td>2</td><td>A (Ngày tổ chức (dd/MM/yyyy))</td><td>Hãy nhập ngày tổ chức.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(new DateOnly(2026, 3, 2), await factory.WithDbAsync(db => db.Conferences.Where(c => c.Id == id).Select(c => c.HeldOn).SingleAsync()));
    }

    /// <summary>The record as a person would compare it: header facts, people, bodies, and the version (unchanged when nothing was written).</summary>
    private Task<string> RecordAsync(int id) => factory.WithDbAsync(async db =>
    {
        var c = await db.Conferences.AsNoTracking().SingleAsync(x => x.Id == id);
        var people = await db.ConferenceParticipants.Where(p => p.ConferenceId == id).OrderBy(p => p.Order).Select(p => $"{p.Role} {p.Person!.FullName}").ToListAsync();
        var bodies = await db.ConferenceOrganizations.Where(o => o.ConferenceId == id).Select(o => o.Organization!.Name).ToListAsync();
        return $"{c.Version} {c.HeldOn:dd/MM/yyyy} {c.HeldOnUnknown} {c.ReviewedPeriod?.Title} {c.StatedOpinionCount} {c.UnnamedSpeakerCount} {c.UnnamedSpeakerKind} | "
            + $"{string.Join("; ", people)} | {string.Join("; ", bodies)}";
    });
}
