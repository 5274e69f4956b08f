namespace DoiThoai.Web.Domain;

/// <summary>
/// A form post that saved something, by its one-time key (ADR 0008). A second post of the same form finds it and
/// gets the first post's answer instead of saving again; rows older than a day are purged.
/// </summary>
public class FormSubmission
{
    /// <summary>32 hexadecimal digits, written into the form when the page was rendered.</summary>
    public string Key { get; set; } = "";
    public int UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Where the first post's answer redirected; empty when it answered with a page; null while it runs.</summary>
    public string? Answer { get; set; }
}
