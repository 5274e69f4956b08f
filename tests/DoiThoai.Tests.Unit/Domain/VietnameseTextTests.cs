using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Domain;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Kỳ Phương", "ky phuong")]
    [InlineData("ky phuong", "ky phuong")]
    [InlineData("KỲ PHƯƠNG", "ky phuong")]
    [InlineData("Đảng ủy phường", "dang uy phuong")]
    [InlineData("Hội Liên hiệp Phụ nữ", "hoi lien hiep phu nu")]
    [InlineData("  Ủy ban   Mặt trận\tTổ quốc ", "uy ban mat tran to quoc")]
    [InlineData("657-QĐ/TU", "657-qd/tu")]
    public void Fold_removes_diacritics_case_and_extra_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_treats_composed_and_decomposed_forms_alike()
    {
        var composed = "Thanh Bình".Normalize(System.Text.NormalizationForm.FormC);
        var decomposed = "Thanh Bình".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Fold_of_nothing_is_empty(string? input) => Assert.Equal("", VietnameseText.Fold(input));
}
