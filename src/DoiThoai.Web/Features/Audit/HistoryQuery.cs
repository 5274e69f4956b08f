using System.Text.Json;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Audit;

public sealed record HistoryLine(DateTime AtUtc, string UserName, string What, IReadOnlyList<string> Changes);

/// <summary>The history of a record (and of its parts) from the audit trail, newest first, in Vietnamese.</summary>
public sealed class HistoryQuery(AppDbContext db)
{
    private static readonly Dictionary<string, string> EntityNames = new()
    {
        ["Organization"] = "tổ chức", ["AdministrativeUnit"] = "đơn vị", ["Conference"] = "hội nghị", ["Speech"] = "phát biểu",
        ["Petition"] = "ý kiến, kiến nghị", ["ConclusionItem"] = "nội dung kết luận", ["ConferenceParticipant"] = "thành phần",
        ["ConferenceOrganization"] = "tổ chức tham dự", ["ConferenceLegalBasis"] = "căn cứ", ["AppUser"] = "tài khoản",
    };

    public async Task<IReadOnlyList<HistoryLine>> ForAsync(string entityType, int id, int take = 100)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RootKey == AuditEntry.Key(entityType, id))
            .OrderByDescending(a => a.Id).Take(take).ToListAsync();
        return entries.Select(Describe).ToList();
    }

    private static HistoryLine Describe(AuditEntry entry)
    {
        var noun = EntityNames.GetValueOrDefault(entry.EntityType, entry.EntityType);
        var what = entry.Action switch
        {
            AuditAction.Created => $"Thêm {noun}",
            AuditAction.Updated => $"Sửa {noun}",
            AuditAction.Deleted => $"Xóa {noun}",
            AuditAction.Restored => $"Khôi phục {noun}",
            _ => entry.Note ?? "Sự kiện",
        };
        return new HistoryLine(entry.AtUtc, entry.UserName, what, Changes(entry.Changes));
    }

    private static IReadOnlyList<string> Changes(string json)
    {
        var lines = new List<string>();
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            var hasOld = field.Value.TryGetProperty("old", out var old);
            field.Value.TryGetProperty("new", out var @new);
            lines.Add(hasOld ? $"{field.Name}: {Show(old)} → {Show(@new)}" : $"{field.Name}: {Show(@new)}");
        }
        return lines;
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "(trống)",
        JsonValueKind.String => value.GetString() is { Length: > 120 } s ? s[..120] + "…" : value.GetString() ?? "",
        _ => value.ToString(),
    };
}
