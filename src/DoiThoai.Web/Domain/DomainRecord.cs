namespace DoiThoai.Web.Domain;

/// <summary>
/// Base of every editable domain record: audited, soft-deleted and protected by an
/// optimistic concurrency token. The rules behind these live in <c>AppDbContext.SaveChangesAsync</c>.
/// </summary>
public abstract class DomainRecord
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a stale value means someone else saved first.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsDeleted { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
}

/// <summary>A record that belongs to one administrative unit and is therefore scoped by it.</summary>
public interface IUnitScoped
{
    int OwningUnitId { get; }
}

/// <summary>
/// A record that is part of a larger one (a speech of a conference): its audit entries are filed under
/// the root too, so the root's history shows every change to its parts.
/// </summary>
public interface IAuditedPart
{
    string AuditRootType { get; }
    int AuditRootId { get; }
}

/// <summary>
/// A record also reachable from a second unit's subtree: a follow-up item is seen by the staff of the
/// conference's unit and by the staff of the body responsible for it.
/// </summary>
public interface IAlsoScopedBy
{
    int? SecondaryUnitId { get; }
}

/// <summary>A record whose folded (diacritic-free, lower-case) search text is kept in a column.</summary>
public interface IHasSearchText
{
    void RefreshSearchText();
}

/// <summary>Marks a property whose values must never be written to the audit trail.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
