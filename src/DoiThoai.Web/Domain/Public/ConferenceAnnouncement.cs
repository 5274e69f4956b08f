using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.Public;

/// <summary>
/// A coming conference an office chooses to announce on the public calendar (lịch đối thoại). The date, time, place
/// and unit are the conference's own; the announcement adds what the public is told beforehand: the topic and who
/// will answer, and whether questions may be sent before it.
/// </summary>
public class ConferenceAnnouncement : DomainRecord, IUnitScoped
{
    public const int MaxTopicLength = 500;
    public const int MaxAnswerersLength = 500;

    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    /// <summary>What the conference is about, as the public is told (chủ đề).</summary>
    public string Topic { get; set; } = "";

    /// <summary>Who will answer: the leaders and bodies expected to take questions.</summary>
    public string Answerers { get; set; } = "";

    /// <summary>Shown on the calendar; an unpublished announcement is a draft only the office sees.</summary>
    public bool IsPublished { get; set; }

    /// <summary>The public may send questions for it until the day before the conference.</summary>
    public bool TakesQuestions { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public int OwningUnitId => UnitId;

    /// <summary>Questions are taken while the announcement is public, open to them and the conference is still ahead.</summary>
    public bool OpenForQuestions(DateOnly today, DateOnly heldOn) => IsPublished && TakesQuestions && heldOn > today;
}
