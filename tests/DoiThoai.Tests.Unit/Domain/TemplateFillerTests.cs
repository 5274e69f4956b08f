using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Tests.Unit.Domain;

public class TemplateFillerTests
{
    private static readonly TemplateFields Fields = new("Hội Nông dân phường Kỳ Phương", "Đối thoại quý II", new DateOnly(2026, 6, 28),
        "Ủy ban nhân dân phường Kỳ Phương", "Kinh phí hoạt động của chi hội");

    [Fact]
    public void Every_field_is_filled_from_the_record()
    {
        var text = TemplateFiller.Fill("Tiếp thu ý kiến của {người nêu} tại {hội nghị} ngày {ngày hội nghị} về \"{nội dung}\"; {cơ quan chủ trì} trả lời.", Fields);
        Assert.Equal("Tiếp thu ý kiến của Hội Nông dân phường Kỳ Phương tại Đối thoại quý II ngày 28/06/2026 về \"Kinh phí hoạt động của chi hội\"; "
            + "Ủy ban nhân dân phường Kỳ Phương trả lời.", text);
    }

    [Theory]
    [InlineData("{nguoi neu}")]
    [InlineData("{NGƯỜI NÊU}")]
    [InlineData("{ người nêu }")]
    public void Fields_match_without_case_or_diacritics(string field) =>
        Assert.Equal("Hội Nông dân phường Kỳ Phương", TemplateFiller.Fill(field, Fields));

    [Fact]
    public void Unknown_fields_and_plain_braces_are_left_for_the_person_to_see()
    {
        Assert.Equal("{số văn bản} và {người nêu", TemplateFiller.Fill("{số văn bản} và {người nêu", Fields));
    }

    [Fact]
    public void Missing_values_read_as_words_not_blanks()
    {
        var text = TemplateFiller.Fill("{người nêu} / {cơ quan chủ trì}", Fields with { Raiser = null, Responsible = null });
        Assert.Equal("người nêu kiến nghị / cơ quan có thẩm quyền", text);
    }
}
