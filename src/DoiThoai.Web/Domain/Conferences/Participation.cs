using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>A person's part in a conference: chair, directing guest, delegate, secretary.</summary>
public class ConferenceParticipant : ConferencePart, IOrderedPart
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ParticipantRole Role { get; set; }

    /// <summary>The position held on the day, as the minutes name it.</summary>
    public string? PositionHeld { get; set; }
    public int Order { get; set; }

    /// <summary>The person's name as it stood when the minutes became final (<see cref="MinutesFinality.Shown"/>).</summary>
    [NotAudited] public string? CitedPerson { get; set; }
}

public enum ParticipantRole
{
    [Display(Name = "Chủ trì")] Chair = 1,
    [Display(Name = "Tham dự và chỉ đạo")] DirectingGuest = 2,
    [Display(Name = "Đại biểu")] Delegate = 3,
    [Display(Name = "Thư ký")] Secretary = 4,
}

/// <summary>An organization that took part (MTTQ, hội, đoàn, chi hội, Ban công tác Mặt trận...).</summary>
public class ConferenceOrganization : ConferencePart
{
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>The organization's name as it stood when the minutes became final.</summary>
    [NotAudited] public string? CitedOrganization { get; set; }
}
