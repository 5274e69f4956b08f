using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Domain;

public class SlugTests
{
    [Theory]
    [InlineData("Hội nghị đối thoại", "hoi-nghi-doi-thoai")]
    [InlineData("Đảng ủy phường Kỳ Phương", "dang-uy-phuong-ky-phuong")]
    [InlineData("  Quý I/2023: giao ban!! ", "quy-i-2023-giao-ban")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("!!!", "khong-ten")]
    public void Slug_keeps_only_folded_letters_digits_and_single_dashes(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Slug_is_cut_at_the_maximum_length_without_a_trailing_dash() =>
        Assert.Equal("hoi-nghi", Slug.From("Hội nghị đối thoại", maxLength: 9));
}
