namespace DoiThoai.Web.Domain;

/// <summary>One change to one record: who, when (UTC), what, and old and new values as JSON.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public DateTime AtUtc { get; set; }

    /// <summary>The unit the record belonged to, so the history can be scoped like the record.</summary>
    public int? UnitId { get; set; }

    /// <summary>"Type/Id" of the record whose history this belongs to (itself, or its root for a part).</summary>
    public string RootKey { get; set; } = "";

    /// <summary>JSON object: property name to { "old": ..., "new": ... }.</summary>
    public string Changes { get; set; } = "{}";
    public string? Note { get; set; }

    public static string Key(string entityType, object entityId) =>
        $"{entityType}/{Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture)}";
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    Restored = 4,
    /// <summary>An event that is not a plain field change (a lock, a password reset, a merge).</summary>
    Event = 5,
}
