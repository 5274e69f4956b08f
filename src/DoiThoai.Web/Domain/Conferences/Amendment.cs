namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// One change made to a conference's minutes after they were declared final (sửa đổi sau khi hoàn thiện):
/// why, what, when and by whom. Written in the same save as the change it explains and never edited or
/// removed afterwards, so its fields other than the scope can only be set when it is created.
/// </summary>
public class Amendment
{
    public const int MaxReasonLength = 1000;
    public const int MaxSummaryLength = 2000;

    public long Id { get; init; }
    public int ConferenceId { get; init; }

    /// <summary>The conference's unit, for scope; it follows the conference if the conference moves to another unit.</summary>
    public int UnitId { get; set; }

    public string Reason { get; init; } = "";

    /// <summary>What changed, generated from the saved changes (fields of the header, rows added or removed).</summary>
    public string Summary { get; init; } = "";

    public DateTime AtUtc { get; init; }
    public int? UserId { get; init; }
    public string UserName { get; init; } = "";
}
