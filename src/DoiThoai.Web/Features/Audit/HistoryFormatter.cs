using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DoiThoai.Web.Domain;

namespace DoiThoai.Web.Features.Audit;

/// <summary>One changed field as a reader sees it: the form's label, the old value (none on creation) and the new one.</summary>
public sealed record HistoryChange(string Label, string? Old, string New)
{
    /// <summary>Longer values are folded behind their first words instead of being cut.</summary>
    public const int ShortLength = 120;

    public static bool IsLong(string? value) => value is { Length: > ShortLength };

    public static string Opening(string value) => value.Length > ShortLength ? value[..ShortLength] + "…" : value;
}

/// <summary>One audit entry as a reader sees it: when in Vietnam time, who by name and unit, what, and the changed fields.</summary>
public sealed record HistoryLine(DateTime AtUtc, string Actor, string What, IReadOnlyList<HistoryChange> Changes)
{
    public string At => VietnamTime.ToLocal(AtUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The names a page of history needs: referenced records by kind and id, and the people who made the changes.</summary>
public sealed record HistoryNames(
    IReadOnlyDictionary<(Refers Kind, int Id), string> Records,
    IReadOnlyDictionary<int, string> ActorsById,
    IReadOnlyDictionary<string, string> ActorsByUserName)
{
    public static readonly HistoryNames None = new(
        new Dictionary<(Refers, int), string>(), new Dictionary<int, string>(), new Dictionary<string, string>());
}

/// <summary>
/// Turns stored audit entries (field names, enum names, ids, UTC ISO times, e-mails) into the history every detail page shows:
/// form labels, the names a user chose, Vietnam dates, the actor's name. The stored format is untouched.
/// </summary>
public static class HistoryFormatter
{
    private static readonly Dictionary<string, Type> RecordTypes = typeof(DomainRecord).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DomainRecord)) && !t.IsAbstract)
        .ToDictionary(t => t.Name);

    /// <summary>Every record a page of entries points to, so the caller can fetch all their names in one query per kind.</summary>
    public static IEnumerable<(Refers Kind, int Id)> References(IEnumerable<AuditEntry> entries) =>
        entries.SelectMany(Fields)
            .Where(f => f.Label is { IsHidden: false, Refers: not (Refers.Nothing or Refers.Account) })
            .SelectMany(f => new[] { (f.Label!.Refers, IdOf(f.Old)), (f.Label!.Refers, IdOf(f.New)) })
            .Where(r => r.Item2 > 0)
            .Distinct();

    /// <summary>User names kept as text in a field (who finalized the minutes), to show as full names.</summary>
    public static IEnumerable<string> AccountNames(IEnumerable<AuditEntry> entries) =>
        entries.SelectMany(Fields).Where(f => f.Label?.Refers == Refers.Account)
            .SelectMany(f => new[] { f.Old, f.New })
            .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Distinct();

    public static HistoryLine Describe(AuditEntry entry, HistoryNames names)
    {
        var noun = HistoryLabels.RecordNames.GetValueOrDefault(entry.EntityType, "bản ghi");
        var what = entry.Action switch
        {
            AuditAction.Created => $"Thêm {noun}",
            AuditAction.Updated => $"Sửa {noun}",
            AuditAction.Deleted => $"Xóa {noun}",
            AuditAction.Restored => $"Khôi phục {noun}",
            _ => entry.Note ?? "Sự kiện",
        };
        return new HistoryLine(entry.AtUtc, ActorOf(entry, names), what, Changes(entry, names));
    }

    private static string ActorOf(AuditEntry entry, HistoryNames names) =>
        entry.UserId is { } id && names.ActorsById.TryGetValue(id, out var name) ? name
        : names.ActorsByUserName.TryGetValue(entry.UserName, out var byName) ? byName
        // An account that no longer exists: its e-mail is no name for a reader.
        : entry.UserName.Contains('@') ? "tài khoản không còn trong hệ thống"
        : entry.UserName;

    private static List<HistoryChange> Changes(AuditEntry entry, HistoryNames names)
    {
        var type = RecordTypes.GetValueOrDefault(entry.EntityType);
        var changes = new List<HistoryChange>();
        foreach (var field in Fields(entry))
        {
            if (field.Label is null or { IsHidden: true }) continue;
            // A key the database had not yet given (negative) names nothing a reader could find.
            if (field.Label.Refers is not (Refers.Nothing or Refers.Account) && (IdOf(field.Old) < 0 || IdOf(field.New) < 0)) continue;
            var propertyType = type?.GetProperty(field.Name)?.PropertyType;
            var @new = Show(field.New, propertyType, field.Label.Refers, names);
            if (!field.HasOld)
            {
                // A new record lists what was filled in; empty fields say nothing.
                if (field.New.ValueKind is JsonValueKind.Null || @new.Length == 0) continue;
                changes.Add(new HistoryChange(field.Label.Label, null, @new));
            }
            else
            {
                changes.Add(new HistoryChange(field.Label.Label, Show(field.Old, propertyType, field.Label.Refers, names), @new));
            }
        }
        return changes;
    }

    private sealed record Field(string Name, FieldLabel? Label, bool HasOld, JsonElement Old, JsonElement New);

    private static IEnumerable<Field> Fields(AuditEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Changes)) yield break;
        using var document = JsonDocument.Parse(entry.Changes);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            var hasOld = field.Value.TryGetProperty("old", out var old);
            field.Value.TryGetProperty("new", out var @new);
            yield return new Field(field.Name, HistoryLabels.Of(entry.EntityType, field.Name), hasOld, Kept(old), Kept(@new));
        }
    }

    // The document is disposed after the loop; an absent value (default element) has nothing to keep.
    private static JsonElement Kept(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? default : value.Clone();

    private static int IdOf(JsonElement value) => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) ? id : 0;

    private static string Show(JsonElement value, Type? type, Refers refers, HistoryNames names)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return "(trống)";
        if (refers == Refers.Account && value.ValueKind == JsonValueKind.String)
            return names.ActorsByUserName.GetValueOrDefault(value.GetString()!, "tài khoản không còn trong hệ thống");
        if (refers != Refers.Nothing)
            return names.Records.TryGetValue((refers, IdOf(value)), out var recordName) ? recordName : "(không còn trong hệ thống)";

        var underlying = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return underlying switch
        {
            { IsEnum: true } when Enum.TryParse(underlying, text, out var member) => ((Enum)member!).Label(),
            _ when underlying == typeof(bool) || value.ValueKind is JsonValueKind.True or JsonValueKind.False =>
                value.ValueKind == JsonValueKind.True ? "Có" : "Không",
            _ when underlying == typeof(DateOnly) && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) =>
                day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ when underlying == typeof(TimeOnly) && TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) =>
                time.ToString("HH:mm", CultureInfo.InvariantCulture),
            _ when underlying == typeof(DateTime) && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant) =>
                // Every stored DateTime of a record is an instant in UTC (named …Utc); offices read Vietnam time.
                VietnamTime.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            _ => text,
        };
    }
}
