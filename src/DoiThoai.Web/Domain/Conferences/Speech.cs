using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// One speech in the order given, with the speaker's position on the day. Minutes often name only the
/// body a delegate spoke for ("đại diện Ban công tác Mặt trận"), so the person is optional.
/// </summary>
public class Speech : ConferencePart, IOrderedPart
{
    public int Order { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public string? PositionHeld { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public SpeechKind Kind { get; set; }
    public string Summary { get; set; } = "";

    // Names as they stood when the minutes became final (MinutesFinality.Shown).
    [NotAudited] public string? CitedPerson { get; set; }
    [NotAudited] public string? CitedOrganization { get; set; }
}

public enum SpeechKind
{
    [Display(Name = "Báo cáo")] Report = 1,
    [Display(Name = "Tham luận")] Contribution = 2,
    [Display(Name = "Ý kiến")] Opinion = 3,
    [Display(Name = "Phát biểu chỉ đạo")] DirectingSpeech = 4,
    [Display(Name = "Tiếp thu, giải trình")] AnswerAndExplanation = 5,
    [Display(Name = "Kết luận")] Conclusion = 6,
}
