using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Public;

namespace DoiThoai.Web.Features.Calendar;

/// <summary>What an office tells the public about a coming conference; date, time, place and unit come from the conference.</summary>
public sealed class AnnouncementInput
{
    [Display(Name = "Chủ đề đối thoại")]
    [Required(ErrorMessage = "Hãy nhập chủ đề đối thoại.")]
    [StringLength(ConferenceAnnouncement.MaxTopicLength, ErrorMessage = "Chủ đề không được dài quá {1} ký tự.")]
    public string? Topic { get; set; }

    [Display(Name = "Người trả lời, giải trình")]
    [Required(ErrorMessage = "Hãy ghi ai sẽ trả lời tại hội nghị.")]
    [StringLength(ConferenceAnnouncement.MaxAnswerersLength, ErrorMessage = "Không được dài quá {1} ký tự.")]
    public string? Answerers { get; set; }

    [Display(Name = "Công bố trên lịch đối thoại công khai")]
    public bool IsPublished { get; set; }

    [Display(Name = "Nhận câu hỏi, kiến nghị của người dân gửi trước hội nghị")]
    public bool TakesQuestions { get; set; }
}

/// <summary>The announcement form of one conference.</summary>
public sealed record AnnouncementForm(int ConferenceId, string Title, DateOnly HeldOn, TimeOnly? StartsAt, string? Place, string UnitName,
    AnnouncementInput Input);

/// <summary>A conference on the public calendar. Nothing in it names a citizen.</summary>
public sealed record CalendarEntry(int ConferenceId, string Title, DateOnly HeldOn, TimeOnly? StartsAt, string? Place, string UnitName,
    string Topic, string Answerers, bool TakesQuestions, DateTime? PublishedAtUtc)
{
    public string When => StartsAt is { } at ? $"{at:HH\\:mm} ngày {HeldOn:dd/MM/yyyy}" : $"ngày {HeldOn:dd/MM/yyyy}";
}
