using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Domain;

public class VietnameseOrderTests
{
    private static List<string> Sorted(params string[] names) => names.OrderBy(n => n, VietnameseOrder.Comparer).ToList();

    [Fact]
    public void A_marked_letter_sorts_as_its_own_letter_not_after_every_plain_one()
    {
        // Ordinal order puts "Thiết" first: 'h' is below 'ậ'. Vietnamese order compares a with h.
        Assert.Equal(["Tập huấn", "Thiết chế văn hóa"], Sorted("Thiết chế văn hóa", "Tập huấn"));
        Assert.Equal(["An sinh", "Ăn ở", "Âm nhạc", "Bảo hiểm"], Sorted("Bảo hiểm", "Âm nhạc", "Ăn ở", "An sinh"));
        Assert.Equal(["Ong", "Ô nhiễm", "Ơn nghĩa", "Phụ cấp"], Sorted("Phụ cấp", "Ơn nghĩa", "Ô nhiễm", "Ong"));
        Assert.Equal(["Uỷ ban", "Ưu đãi", "Văn hóa"], Sorted("Văn hóa", "Ưu đãi", "Uỷ ban"));
    }

    [Fact]
    public void D_with_stroke_comes_after_every_d_and_before_e()
    {
        Assert.Equal(["Dân số", "Dừa", "Đất đai", "Điện, nước sinh hoạt", "Em"], Sorted("Đất đai", "Em", "Dừa", "Điện, nước sinh hoạt", "Dân số"));
        Assert.Equal(["dân", "Đa"], Sorted("Đa", "dân"));
    }

    [Fact]
    public void Tones_only_break_ties_in_the_dictionary_order()
    {
        // ngang, huyền, hỏi, ngã, sắc, nặng
        Assert.Equal(["ma", "mà", "mả", "mã", "má", "mạ"], Sorted("mạ", "má", "mã", "mả", "mà", "ma"));
        // A letter outweighs any tone: "mạ" before "mai".
        Assert.Equal(["mạ", "mai"], Sorted("mai", "mạ"));
    }

    [Fact]
    public void A_shorter_name_comes_first_and_case_does_not_decide()
    {
        // Letters first, word by word: "giao d…" before "giao t…" whatever the tone of "Giáo".
        Assert.Equal(["Giáo dục", "Giao thông", "giao thông nông thôn"], Sorted("giao thông nông thôn", "Giao thông", "Giáo dục"));
        Assert.Equal(["Thôn 1", "Thôn 10", "Thôn 2"], Sorted("Thôn 10", "Thôn 2", "Thôn 1"));
    }
}
