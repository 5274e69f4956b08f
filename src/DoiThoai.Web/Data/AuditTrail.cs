using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DoiThoai.Web.Data;

/// <summary>Builds audit entries from the change tracker, before the save that writes them (run by <see cref="AuditInterceptor"/>).</summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> Bookkeeping =
        [nameof(DomainRecord.Version), nameof(DomainRecord.IsDeleted), nameof(DomainRecord.DeletedAtUtc), "SearchText"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<PendingAudit> Collect(ChangeTracker tracker, IAuditActor actor, DateTime now)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries<DomainRecord>())
        {
            var action = ActionOf(entry);
            if (action is null) continue;

            var changes = new Dictionary<string, object?>();
            var fieldChange = action is AuditAction.Created or AuditAction.Updated;
            foreach (var property in fieldChange ? entry.Properties : [])
            {
                var name = property.Metadata.Name;
                if (Bookkeeping.Contains(name) || property.Metadata.IsPrimaryKey() || IsNotAudited(property)) continue;
                if (action == AuditAction.Updated && !property.IsModified) continue;
                if (action == AuditAction.Updated && Equals(property.OriginalValue, property.CurrentValue)) continue;

                changes[name] = action == AuditAction.Created
                    ? new { @new = property.CurrentValue }
                    : new { old = property.OriginalValue, @new = property.CurrentValue };
            }

            if (action == AuditAction.Updated && changes.Count == 0) continue;
            pending.Add(new PendingAudit(entry, action.Value, actor, now, JsonSerializer.Serialize(changes, Json)));
        }
        return pending;
    }

    /// <summary>An event (not a field change) gets its author and time when it is saved, like the other entries.</summary>
    public static void Stamp(AuditEntry entry, IAuditActor actor, DateTime now)
    {
        entry.UserId = actor.UserId;
        entry.UserName = actor.UserName;
        entry.AtUtc = now;
    }

    private static AuditAction? ActionOf(EntityEntry<DomainRecord> entry) => entry.State switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Modified when entry.Property(e => e.IsDeleted).IsModified && entry.Entity.IsDeleted => AuditAction.Deleted,
        EntityState.Modified when entry.Property(e => e.IsDeleted).IsModified && !entry.Entity.IsDeleted => AuditAction.Restored,
        EntityState.Modified => AuditAction.Updated,
        _ => null,
    };

    private static bool IsNotAudited(PropertyEntry property) =>
        property.Metadata.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null;

    public sealed record PendingAudit(EntityEntry<DomainRecord> Entry, AuditAction Action, IAuditActor Actor, DateTime At, string Changes)
    {
        /// <summary>Called after the record's own save, when a generated key is known.</summary>
        public AuditEntry Complete() => new()
        {
            EntityType = Entry.Metadata.ClrType.Name,
            EntityId = Entry.Entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RootKey = Entry.Entity is IAuditedPart part
                ? AuditEntry.Key(part.AuditRootType, part.AuditRootId)
                : AuditEntry.Key(Entry.Metadata.ClrType.Name, Entry.Entity.Id),
            UnitId = Entry.Entity is IUnitScoped scoped ? scoped.OwningUnitId : null,
            Action = Action,
            UserId = Actor.UserId,
            UserName = Actor.UserName,
            AtUtc = At,
            Changes = Changes,
        };
    }
}
