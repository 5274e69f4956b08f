using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;

namespace DoiThoai.Tests.Unit.Features.Conferences;

/// <summary>
/// Who spoke, as the page, the print view and the Word file write it before the colon: no stray space, no comma
/// for a part left empty, never "Đại diện" without the body spoken for (issue 16).
/// </summary>
public class SpeechLineTests
{
    private static string Who(string? speaker, string? position, string? organization) =>
        new SpeechLine(1, 1, SpeechKind.Opinion, speaker, position, organization, "Ý kiến").Who;

    [Theory]
    [InlineData("Nguyễn Văn An", "Bí thư", "Đảng ủy phường", "Nguyễn Văn An, Bí thư, thay mặt Đảng ủy phường")]
    [InlineData("Nguyễn Văn An", null, null, "Nguyễn Văn An")]
    [InlineData("Nguyễn Văn An", " ", "", "Nguyễn Văn An")]
    [InlineData(" Nguyễn Văn An ", null, " Hội Nông dân ", "Nguyễn Văn An, thay mặt Hội Nông dân")]
    [InlineData(null, null, "Hội Cựu chiến binh", "Đại diện Hội Cựu chiến binh")]
    [InlineData(null, "Chủ tịch", "Hội Cựu chiến binh ", "Đại diện Hội Cựu chiến binh, Chủ tịch")]
    [InlineData(null, "Chủ tịch", null, "Chủ tịch")]
    [InlineData(null, null, null, "Đại biểu")]
    [InlineData("", " ", "  ", "Đại biểu")]
    public void A_speaker_is_written_without_empty_parts(string? speaker, string? position, string? organization, string expected) =>
        Assert.Equal(expected, Who(speaker, position, organization));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_speech_line_never_reads_dai_dien_before_the_colon_without_a_body(string? organization)
    {
        var line = $"{Who(null, null, organization)}: Ý kiến";
        Assert.DoesNotContain("Đại diện", line);
        Assert.DoesNotContain(" :", line);
        Assert.Null(SpeechLine.OnBehalfOf(organization));
    }

    [Fact]
    public void A_body_spoken_for_is_trimmed() => Assert.Equal("Đại diện Đoàn Thanh niên", SpeechLine.OnBehalfOf(" Đoàn Thanh niên "));
}
