using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Documents;

/// <summary>
/// For each of the three issuer kinds, the minutes and a report as an office would sign them: header lines, number,
/// date line, signer and recipients checked field by field (issue 16, points 11 and 14).
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public class OfficialDocumentsTests(PortalFactory factory)
{
    private Task<int> ConferenceAsync(DateOnly heldOn, string unit) =>
        factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == heldOn && c.Unit!.Code == unit).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Party_minutes_carry_the_partys_header_number_date_and_the_secretarys_and_chairs_blocks()
    {
        factory.CreateClient();
        var id = await ConferenceAsync(new DateOnly(2022, 6, 28), "HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        // Minutes are signed by their secretary and chair: the form opens with no "T/M" capacity; here the committee signs collectively.
        var form = await client.GetStringAsync($"/Documents/Minutes/{id}");
        Assert.Contains("value=\"\"", System.Text.RegularExpressions.Regex.Match(form, "<input[^>]*name=\"Input.Capacity\"[^>]*>").Value);

        var (_, lines) = await DocumentText.ReadAsync(await client.PostFormAsync($"/Documents/Minutes/{id}", $"/Documents/Minutes/{id}",
        [
            new("Input.IssuerKind", "Party"), new("Input.Number", "12"), new("Input.Capacity", "T/M ĐẢNG ỦY"),
            new("Input.SignerPosition", "Bí thư"), new("Input.SignerName", "Võ Văn Chủ Trì"),
            new("Input.Recipients", "Thường trực Thị ủy Kỳ Anh (để báo cáo)\nCác đại biểu dự hội nghị"),
        ]), keepAs: "bien-ban-dang.docx");

        DocumentText.InOrder(lines, "ĐẢNG BỘ THỊ XÃ KỲ ANH", "ĐẢNG ỦY PHƯỜNG KỲ PHƯƠNG", "*", "Số 12-BB/ĐU",
            "ĐẢNG CỘNG SẢN VIỆT NAM", "Kỳ Phương, ngày 28 tháng 6 năm 2022", "BIÊN BẢN",
            "Đối thoại giữa Đảng ủy phường với Mặt trận, các đoàn thể và chi hội, chi đoàn tổ dân phố",
            "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "IV. KẾT LUẬN",
            "THƯ KÝ", "T/M ĐẢNG ỦY", "BÍ THƯ", "Võ Văn Chủ Trì",
            "- Thường trực Thị ủy Kỳ Anh (để báo cáo);", "- Các đại biểu dự hội nghị;", "- Lưu: VT.");
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
    }

    [Fact]
    public async Task Front_minutes_are_issued_by_the_standing_board_under_the_committee_with_the_national_title_on_one_line()
    {
        factory.CreateClient();
        var id = await ConferenceAsync(new DateOnly(2019, 8, 23), "NB-NB-TB");
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);

        var (_, lines) = await DocumentText.ReadAsync(await client.GetAsync($"/Conferences/Word/{id}"), keepAs: "bien-ban-mttq.docx");

        DocumentText.InOrder(lines, "ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH BÌNH", "BAN THƯỜNG TRỰC", "Số: ……/BB-MTTQ-BTT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Bình, ngày 23 tháng 8 năm 2019", "BIÊN BẢN",
            "THƯ KÝ", "CHỦ TRÌ", "- Lưu: VT.");
        Assert.DoesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", lines);
        Assert.DoesNotContain("TM. BAN THƯỜNG TRỰC", lines);
    }

    [Fact]
    public async Task Minutes_of_a_body_whose_kind_does_not_say_default_to_the_peoples_committee_and_the_issuer_can_be_chosen()
    {
        factory.CreateClient();
        // The quarterly briefing is recorded by its period alone (quý I/2023): its date line is left to be written by hand.
        var id = await ConferenceAsync(new DateOnly(2023, 3, 31), "HT-KA");
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var (_, state) = await DocumentText.ReadAsync(await client.GetAsync($"/Conferences/Word/{id}"), keepAs: "bien-ban-nha-nuoc.docx");
        DocumentText.InOrder(state, "UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH", "Số: ……/BB-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kỳ Anh, ngày …… tháng …… năm 2023",
            "THƯ KÝ", "CHỦ TRÌ", "- Ủy ban nhân dân tỉnh Hà Tĩnh (để báo cáo);", "- Lưu: VT.");
        Assert.DoesNotContain("TM. ỦY BAN NHÂN DÂN", state);

        var party = await client.GetStringAsync($"/Documents/Minutes/{id}?IssuerKind=Party");
        Assert.DoesNotContain("T/M BAN THƯỜNG VỤ", party);
        Assert.Contains("Đảng bộ tỉnh Hà Tĩnh (để báo cáo)", party);
    }

    [Fact]
    public async Task A_briefing_known_by_its_period_is_never_dated_the_periods_last_day_and_takes_the_date_of_issue_chosen()
    {
        factory.CreateClient();
        var id = await ConferenceAsync(new DateOnly(2023, 3, 31), "HT-KA");
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var (_, undated) = await DocumentText.ReadAsync(await client.GetAsync($"/Conferences/Word/{id}"));
        Assert.DoesNotContain(undated, l => l.Contains("ngày 31 tháng 3", StringComparison.Ordinal));
        DocumentText.InOrder(undated, "Kỳ Anh, ngày …… tháng …… năm 2023", "BIÊN BẢN", "Kỳ được xem xét: quý I năm 2023.");
        Assert.Contains("Kỳ Anh, ngày …… tháng …… năm 2023", await client.GetStringAsync($"/Conferences/Print/{id}"));

        var (_, dated) = await DocumentText.ReadAsync(await client.PostFormAsync($"/Documents/Minutes/{id}", $"/Documents/Minutes/{id}",
        [
            new("Input.IssuerKind", "State"), new("Input.IssuedOn", "05/04/2023"), new("Input.Capacity", "TM. ỦY BAN NHÂN DÂN"),
        ]));
        DocumentText.InOrder(dated, "Kỳ Anh, ngày 05 tháng 4 năm 2023", "BIÊN BẢN", "Kỳ được xem xét: quý I năm 2023.");
    }

    [Fact]
    public async Task Minutes_without_a_collective_capacity_are_signed_thu_ky_and_chu_tri_with_names_and_no_position()
    {
        factory.CreateClient();
        var id = await ConferenceAsync(new DateOnly(2022, 6, 28), "HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var (_, lines) = await DocumentText.ReadAsync(await client.PostFormAsync($"/Documents/Minutes/{id}", $"/Documents/Minutes/{id}",
        [
            new("Input.IssuerKind", "State"), new("Input.Capacity", ""), new("Input.SignerPosition", "Chủ tịch"), new("Input.SignerName", "Nguyễn Văn Ký"),
        ]));

        var signatures = lines.SkipWhile(l => l != "THƯ KÝ").TakeWhile(l => l != "Nơi nhận:").ToList();
        Assert.Equal("THƯ KÝ", signatures[0]);
        Assert.Equal(["CHỦ TRÌ", "Nguyễn Văn Ký"], signatures[^2..]);
        Assert.DoesNotContain(lines, l => l.StartsWith("TM.", StringComparison.Ordinal) || l.StartsWith("T/M", StringComparison.Ordinal));
        Assert.DoesNotContain("CHỦ TỊCH", lines);
    }

    [Fact]
    public async Task Another_ward_can_neither_open_nor_post_the_export_form_of_a_conference()
    {
        factory.CreateClient();
        var id = await ConferenceAsync(new DateOnly(2022, 6, 28), "HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Documents/Minutes/{id}")).StatusCode);
        var posted = await client.PostFormAsync("/Conferences", $"/Documents/Minutes/{id}",
            [new("Input.IssuerKind", "State"), new("Input.Capacity", "TM. ỦY BAN NHÂN DÂN")]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    [Theory]
    [InlineData(Demo.Leader, "bao-cao-dang.docx", new[] { "ĐẢNG BỘ TỈNH HÀ TĨNH", "THỊ ỦY KỲ ANH", "*", "Số ……-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM" }, "T/M BAN THƯỜNG VỤ", "Kỳ Anh")]
    [InlineData(Demo.KyPhuongWard, "bao-cao-nha-nuoc.docx", new[] { "UBND THỊ XÃ KỲ ANH", "ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG", "Số: ……/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" }, "TM. ỦY BAN NHÂN DÂN", "Kỳ Phương")]
    [InlineData(Demo.FrontStaff, "bao-cao-mttq.docx", new[] { "ỦY BAN MTTQ VIỆT NAM THỊ XÃ KỲ ANH", "BAN THƯỜNG TRỰC", "Số: ……/BC-MTTQ-BTT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" }, "TM. BAN THƯỜNG TRỰC", "Kỳ Anh")]
    public async Task A_report_is_headed_and_signed_by_the_body_its_author_reports_for(string user, string keepAs, string[] header, string capacity, string place)
    {
        var client = await factory.SignedInClientAsync(user);
        var (_, lines) = await DocumentText.ReadAsync(await client.GetAsync("/Reports/Word?Kind=Year&Year=2022"), keepAs);

        DocumentText.InOrder(lines, [.. header]);
        var dateLine = lines.Single(l => l.StartsWith(place + ", ngày ", StringComparison.Ordinal));
        Assert.Matches(@"^[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$", dateLine);
        DocumentText.InOrder(lines, dateLine, "BÁO CÁO", "I. SỐ LIỆU CHUNG", "Nơi nhận:", capacity);
        Assert.Equal("- Lưu: VT.", lines.Last(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_report_can_be_issued_by_another_body_than_its_authors_default()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var (_, lines) = await DocumentText.ReadAsync(await client.GetAsync("/Reports/Word?Kind=Year&Year=2022&Issuer=State"));
        DocumentText.InOrder(lines, "UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH", "Số: ……/BC-UBND", "TM. ỦY BAN NHÂN DÂN");
    }
}
