using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>The presentation rules of the three issuer kinds, field by field (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP, the Front's rules).</summary>
public class OfficialFormatTests
{
    private static readonly Issuer Party = Issuers.For(IssuerKind.Party, "Phường Kỳ Phương", "Thị xã Kỳ Anh", OrganizationKind.PartyCommittee, "Đảng ủy phường Kỳ Phương");
    private static readonly Issuer State = Issuers.For(IssuerKind.State, "Phường Kỳ Phương", "Thị xã Kỳ Anh");
    private static readonly Issuer Front = Issuers.For(IssuerKind.Front, "Phường Thanh Bình", "Thành phố Ninh Bình",
        OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình");

    [Fact]
    public void Party_header_has_the_superior_party_organization_above_the_committee_then_the_asterisk_and_the_partys_title()
    {
        Assert.Equal(["ĐẢNG BỘ THỊ XÃ KỲ ANH", "ĐẢNG ỦY PHƯỜNG KỲ PHƯƠNG", "*"], OfficialFormat.IssuerLines(Party));
        Assert.Equal(["ĐẢNG CỘNG SẢN VIỆT NAM"], OfficialFormat.TitleLines(IssuerKind.Party));
        Assert.Equal("Số 12-BB/ĐU", OfficialFormat.Number(Party, DocumentKind.Minutes, "12"));
        Assert.Equal("Số ……-BC/ĐU", OfficialFormat.Number(Party, DocumentKind.Report, null));
        Assert.Equal("T/M ĐẢNG ỦY", OfficialFormat.SignerCapacity(Party));
        Assert.Equal("Kỳ Phương", Party.Place);
    }

    [Fact]
    public void A_district_party_committee_signs_through_its_standing_committee_and_numbers_with_TU()
    {
        var town = Issuers.For(IssuerKind.Party, "Thị xã Kỳ Anh", "Tỉnh Hà Tĩnh", OrganizationKind.PartyCommittee, "Thị ủy Kỳ Anh");
        Assert.Equal(["ĐẢNG BỘ TỈNH HÀ TĨNH", "THỊ ỦY KỲ ANH", "*"], OfficialFormat.IssuerLines(town));
        Assert.Equal("T/M BAN THƯỜNG VỤ", OfficialFormat.SignerCapacity(town));
        Assert.Equal("Số 3-BC/TU", OfficialFormat.Number(town, DocumentKind.Report, "3"));
    }

    [Fact]
    public void State_header_has_the_national_title_on_one_line_the_motto_and_the_bodys_abbreviation_in_the_number()
    {
        Assert.Equal(["UBND THỊ XÃ KỲ ANH", "ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG"], OfficialFormat.IssuerLines(State));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], OfficialFormat.TitleLines(IssuerKind.State));
        Assert.Equal("Số: 12/BB-UBND", OfficialFormat.Number(State, DocumentKind.Minutes, "12"));
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", OfficialFormat.SignerCapacity(State));
    }

    [Fact]
    public void Front_documents_are_issued_by_the_standing_board_under_the_committees_name()
    {
        Assert.Equal(["ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH BÌNH", "BAN THƯỜNG TRỰC"], OfficialFormat.IssuerLines(Front));
        Assert.Equal(OfficialFormat.TitleLines(IssuerKind.State), OfficialFormat.TitleLines(IssuerKind.Front));
        Assert.Equal("Số: 12/BB-MTTQ-BTT", OfficialFormat.Number(Front, DocumentKind.Minutes, "12"));
        Assert.Equal("TM. BAN THƯỜNG TRỰC", OfficialFormat.SignerCapacity(Front));
        Assert.Equal("Thanh Bình", Front.Place);
    }

    [Theory]
    [InlineData(2022, 6, 28, "Kỳ Phương, ngày 28 tháng 6 năm 2022")]
    [InlineData(2023, 2, 5, "Kỳ Phương, ngày 05 tháng 02 năm 2023")]
    [InlineData(2023, 1, 10, "Kỳ Phương, ngày 10 tháng 01 năm 2023")]
    [InlineData(2019, 8, 23, "Kỳ Phương, ngày 23 tháng 8 năm 2019")]
    [InlineData(2024, 12, 9, "Kỳ Phương, ngày 09 tháng 12 năm 2024")]
    public void Date_line_puts_a_leading_zero_only_on_days_below_10_and_months_1_and_2(int year, int month, int day, string expected) =>
        Assert.Equal(expected, OfficialFormat.DateLine("Kỳ Phương", new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2023, "Kỳ Anh, ngày …… tháng …… năm 2023")]
    [InlineData(null, "Kỳ Anh, ngày …… tháng …… năm ……")]
    public void An_undated_document_leaves_the_day_and_month_to_be_written_by_hand(int? year, string expected) =>
        Assert.Equal(expected, OfficialFormat.UndatedLine("Kỳ Anh", year));

    [Fact]
    public void Party_and_state_bodies_sign_for_a_collective_each_by_its_own_guidance()
    {
        // Hướng dẫn 36-HD/VPTW writes "T/M" for a Party committee; Nghị định 30/2020 writes "TM." for a State body.
        Assert.StartsWith("T/M ", OfficialFormat.SignerCapacity(Party));
        Assert.StartsWith("TM. ", OfficialFormat.SignerCapacity(State));
        Assert.StartsWith("TM. ", OfficialFormat.SignerCapacity(Front));
    }

    [Fact]
    public void Minutes_are_signed_by_the_secretary_and_the_chair_without_a_tm_line_or_a_position()
    {
        // Nghị định 30/2020, Phụ lục III, mẫu biên bản: "THƯ KÝ" and "CHỦ TỌA" (here "CHỦ TRÌ"), each with the name only.
        Assert.Equal("THƯ KÝ", OfficialFormat.SecretaryTitle);
        Assert.Equal(["CHỦ TRÌ"], OfficialFormat.ChairLines(null, null));
        Assert.Equal(["CHỦ TRÌ"], OfficialFormat.ChairLines(" ", "Bí thư"));
        foreach (var issuer in new[] { Party, State, Front })
        {
            Assert.Equal("", OfficialFormat.DefaultCapacity(issuer, DocumentKind.Minutes));
            Assert.Equal(OfficialFormat.SignerCapacity(issuer), OfficialFormat.DefaultCapacity(issuer, DocumentKind.Report));
        }
    }

    [Fact]
    public void Minutes_the_body_signs_collectively_carry_the_capacity_then_the_position_in_upper_case()
    {
        Assert.Equal(["T/M ĐẢNG ỦY", "BÍ THƯ"], OfficialFormat.ChairLines("T/M Đảng ủy", "Bí thư"));
        Assert.Equal(["TM. BAN THƯỜNG TRỰC"], OfficialFormat.ChairLines("TM. Ban Thường trực", ""));
    }

    [Theory]
    [InlineData(OrganizationKind.PartyCommittee, IssuerKind.Party)]
    [InlineData(OrganizationKind.PeoplesCommittee, IssuerKind.State)]
    [InlineData(OrganizationKind.FatherlandFront, IssuerKind.Front)]
    [InlineData(OrganizationKind.Other, null)]
    [InlineData(OrganizationKind.Department, null)]
    public void The_organizing_body_decides_the_issuer_kind_only_where_its_kind_says(OrganizationKind organizer, IssuerKind? expected) =>
        Assert.Equal(expected, Issuers.KindOf(organizer));

    [Fact]
    public void A_body_of_another_kind_than_the_issuer_is_replaced_by_the_units_own_body_of_that_kind()
    {
        var state = Issuers.For(IssuerKind.State, "Phường Kỳ Phương", null, OrganizationKind.PartyCommittee, "Đảng ủy phường Kỳ Phương");
        Assert.Equal(["ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG"], OfficialFormat.IssuerLines(state));
        var front = Issuers.For(IssuerKind.Front, "Phường Kỳ Phương", "Thị xã Kỳ Anh");
        Assert.Equal("ỦY BAN MTTQ VIỆT NAM PHƯỜNG KỲ PHƯƠNG", OfficialFormat.IssuerLines(front)[0]);
    }
}
