namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A row of a conference's minutes (speech, petition, participant...). It carries the conference's
/// unit so that access checks and counts need no join, and files its history under the conference.
/// </summary>
public abstract class ConferencePart : DomainRecord, IUnitScoped, IAuditedPart
{
    public int ConferenceId { get; set; }
    public int UnitId { get; set; }

    public int OwningUnitId => UnitId;
    public string AuditRootType => nameof(Conference);
    public int AuditRootId => ConferenceId;
}
