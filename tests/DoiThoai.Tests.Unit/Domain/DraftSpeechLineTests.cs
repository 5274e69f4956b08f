using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.News;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>The news draft's line for a speech names the speaker, else the body they spoke for, else "Đại biểu".</summary>
public class DraftSpeechLineTests
{
    [Theory]
    [InlineData("Lê Văn An", "Hội Nông dân phường", "Đồng chí Lê Văn An, thay mặt Hội Nông dân phường, tham luận: Về giá vật tư.")]
    [InlineData("Lê Văn An", "  ", "Đồng chí Lê Văn An tham luận: Về giá vật tư.")]
    [InlineData(null, "Hội Nông dân phường", "Đại diện Hội Nông dân phường tham luận: Về giá vật tư.")]
    [InlineData("", "", "Đại biểu tham luận: Về giá vật tư.")]
    [InlineData("  ", null, "Đại biểu tham luận: Về giá vật tư.")]
    public void The_line_never_leaves_a_blank_name_or_body(string? speaker, string? body, string expected) =>
        Assert.Equal(expected, DraftSections.SpeechLine(new SpeechFact(SpeechKind.Contribution, speaker, body, "Về giá vật tư")));
}
