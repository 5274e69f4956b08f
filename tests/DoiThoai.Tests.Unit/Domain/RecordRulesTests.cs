using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>The record's rules in the domain (issue 16): stated totals, citations, natural order, a unit's place.</summary>
public class RecordRulesTests
{
    [Theory]
    [InlineData(34, 6, 28)]
    [InlineData(6, 6, 0)]
    [InlineData(0, 6, 0)]
    [InlineData(0, 0, 0)]
    public void The_unitemized_part_is_the_stated_total_less_the_itemized_rows(int stated, int itemized, int unitemized)
    {
        Assert.Equal(unitemized, StatedTotals.Unitemized(stated, itemized));
        Assert.Equal(Math.Max(stated, itemized), StatedTotals.Total(stated, itemized));
    }

    [Fact]
    public void A_stated_total_below_the_itemized_rows_is_refused_with_the_rows_named()
    {
        Assert.Equal("Biên bản đã ghi chi tiết 6 kiến nghị; tổng số không được nhỏ hơn 6.", StatedTotals.Refusal(5, 6, "kiến nghị"));
        Assert.Null(StatedTotals.Refusal(6, 6, "kiến nghị"));
        Assert.Null(StatedTotals.Refusal(null, 6, "kiến nghị"));
    }

    [Fact]
    public void Unitemized_petitions_add_up_petitions_proposals_and_questions()
    {
        var itemized = new Dictionary<PetitionKind, int> { [PetitionKind.Opinion] = 2, [PetitionKind.Petition] = 6, [PetitionKind.Question] = 1 };
        Assert.Equal((11, 28 + 3 + 0), StatedTotals.UnitemizedOf(13, 34, 3, 0, k => itemized.GetValueOrDefault(k)));
    }

    [Fact]
    public void A_document_is_cited_with_type_number_date_issuer_and_summary_in_order()
    {
        Assert.Equal("Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân phường Kỳ Phương về tổ chức đối thoại năm 2024",
            LegalCitation.Format("Kế hoạch", "12/KH-UBND", new DateOnly(2024, 2, 5), "Ủy ban nhân dân phường Kỳ Phương", "tổ chức đối thoại năm 2024"));
        // A summary typed with its "về" keeps one.
        Assert.Equal("Chỉ thị số 11-CT/Th.U ngày 10/06/2021 của Ban Thường vụ Thị ủy Kỳ Anh về việc tiếp xúc, đối thoại",
            LegalCitation.Format("Chỉ thị", "11-CT/Th.U", new DateOnly(2021, 6, 10), "Ban Thường vụ Thị ủy Kỳ Anh", "Về việc tiếp xúc, đối thoại"));
    }

    [Fact]
    public void An_unnumbered_document_reads_khong_so_and_an_unknown_summary_is_left_out()
    {
        var issuer = "Ủy ban MTTQ Việt Nam phường Thanh Bình";
        Assert.Equal($"Hướng dẫn không số của {issuer}", LegalCitation.Format("Hướng dẫn", "Không số", null, issuer, null));
        Assert.Equal($"Văn bản không số ngày 01/03/2019 của {issuer}", LegalCitation.Format(null, "", new DateOnly(2019, 3, 1), issuer, " "));
        // Two unnumbered documents of one issuer differ by their date or summary.
        Assert.NotEqual(LegalCitation.Format("Hướng dẫn", "không số", new DateOnly(2019, 3, 1), issuer, null),
            LegalCitation.Format("Hướng dẫn", "không số", new DateOnly(2019, 7, 1), issuer, null));
        Assert.NotEqual(LegalCitation.Format("Hướng dẫn", "", null, issuer, "tổ chức đối thoại"),
            LegalCitation.Format("Hướng dẫn", "", null, issuer, "tổng kết năm"));
    }

    [Fact]
    public void An_entry_without_a_type_leads_with_its_number_as_before()
    {
        Assert.Equal("657-QĐ/TU ngày 04/04/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            LegalCitation.Format(null, "657-QĐ/TU", new DateOnly(2018, 4, 4), "Ban Thường vụ Tỉnh ủy Hà Tĩnh", ""));
    }

    [Fact]
    public void Names_sort_naturally_by_their_numbers_and_without_regard_to_diacritics()
    {
        string[] names = ["Ban công tác Mặt trận tổ dân phố số 10", "Ban công tác Mặt trận tổ dân phố số 2", "Ban công tác Mặt trận tổ dân phố số 1",
            "Chi hội số 02", "Ấp Bắc"];
        Assert.Equal(["Ấp Bắc", "Ban công tác Mặt trận tổ dân phố số 1", "Ban công tác Mặt trận tổ dân phố số 2",
            "Ban công tác Mặt trận tổ dân phố số 10", "Chi hội số 02"], NaturalSort.Order(names));
        Assert.True(string.CompareOrdinal(NaturalSort.Key("số 9"), NaturalSort.Key("số 10")) < 0);
        Assert.Equal(NaturalSort.Key("số 2"), NaturalSort.Key("số 02"));
    }

    [Fact]
    public void A_units_place_reads_from_the_unit_up_in_lower_case_kinds()
    {
        Assert.Equal("phường Kỳ Phương, thị xã Kỳ Anh, tỉnh Hà Tĩnh",
            UnitPlace.Of([(UnitKind.Ward, "Kỳ Phương"), (UnitKind.Town, "Kỳ Anh"), (UnitKind.Province, "Hà Tĩnh")]));
    }
}
