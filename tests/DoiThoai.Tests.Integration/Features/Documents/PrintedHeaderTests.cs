using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Documents;

/// <summary>
/// The print view of the minutes is headed and dated as the Word file is, for each issuer kind: the date line from
/// the one formatter (a leading zero only on days below 10 and months 1 and 2), never "tháng 06" (issue 16, point 11).
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public partial class PrintedHeaderTests(PortalFactory factory)
{
    [GeneratedRegex("data-official=\"([a-z-]+)\"[^>]*>([^<]*)<")]
    private static partial Regex OfficialField();

    private async Task<Dictionary<string, string>> HeaderAsync(string user, string unit, DateOnly heldOn, string? issuerKind = null)
    {
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == heldOn && c.Unit!.Code == unit).Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(user);
        var response = await client.GetAsync($"/Conferences/Print/{id}{(issuerKind is null ? "" : $"?issuerKind={issuerKind}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var fields = OfficialField().Matches(html).GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(string.Join(" | ", g.Select(m => m.Groups[2].Value.Trim()))));
        fields["titles"] = html.Contains("ĐẢNG CỘNG SẢN VIỆT NAM") ? "party" : html.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") ? "state" : "none";
        return fields;
    }

    [Fact]
    public async Task A_party_committees_minutes_print_with_the_partys_header_and_a_leading_zero_on_a_day_below_10()
    {
        factory.CreateClient();
        var header = await HeaderAsync(Demo.Admin, "HT-HL", new DateOnly(2023, 4, 6));
        Assert.Equal("party", header["titles"]);
        Assert.Equal("ĐẢNG BỘ TỈNH HÀ TĨNH", header["superior"]);
        Assert.Equal("THỊ ỦY HỒNG LĨNH", header["issuing-body"]);
        Assert.Equal("Số ……-BB/TU", header["number"]);
        Assert.Equal("Hồng Lĩnh, ngày 06 tháng 4 năm 2023", header["date-line"]);
    }

    [Fact]
    public async Task The_same_minutes_print_with_the_state_header_when_the_peoples_committee_issues_them()
    {
        factory.CreateClient();
        var header = await HeaderAsync(Demo.KyPhuongWard, "HT-KA-KPH", new DateOnly(2022, 6, 28), "State");
        Assert.Equal("state", header["titles"]);
        Assert.Equal("UBND THỊ XÃ KỲ ANH", header["superior"]);
        Assert.Equal("ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG", header["issuing-body"]);
        Assert.Equal("Số: ……/BB-UBND", header["number"]);
        Assert.Equal("Kỳ Phương, ngày 28 tháng 6 năm 2022", header["date-line"]);
        // Signed as the Word file is: the secretary and the chair by name, no "TM." line (OfficialFormat.ChairLines).
        Assert.Equal("THƯ KÝ", header["secretary-title"]);
        Assert.Equal("CHỦ TRÌ", header["chair-block"]);
        Assert.NotEqual("", header["chair"]);
    }

    [Fact]
    public async Task A_front_committees_minutes_print_under_its_standing_board_with_the_month_without_a_zero()
    {
        factory.CreateClient();
        var header = await HeaderAsync(Demo.ThanhBinhWard, "NB-NB-TB", new DateOnly(2019, 8, 23));
        Assert.Equal("state", header["titles"]);
        Assert.Equal("ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH BÌNH", header["superior"]);
        Assert.Equal("BAN THƯỜNG TRỰC", header["issuing-body"]);
        Assert.Equal("Số: ……/BB-MTTQ-BTT", header["number"]);
        Assert.Equal("Thanh Bình, ngày 23 tháng 8 năm 2019", header["date-line"]);
    }
}
