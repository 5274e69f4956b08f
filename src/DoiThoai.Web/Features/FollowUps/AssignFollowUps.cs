using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>Giving items to a responsible body with coordinating bodies, a deadline and a priority: one item, or many at once.</summary>
public sealed class AssignFollowUps(AppDbContext db, FollowUpRecords records, ConferenceOrganizations organizations)
{
    private const string OutOfReach = "không thuộc đơn vị của hội nghị hoặc các cấp trên của nó.";

    /// <summary>Assigns (or re-assigns) the responsible body; null when saved, else the reason shown to the user.</summary>
    public async Task<string?> AssignAsync(FollowUpItem item, AssignInput input)
    {
        var conferenceUnitId = await ConferenceUnitAsync(item.ConferenceId);
        if (!await organizations.AllowAsync(conferenceUnitId, [input.ResponsibleOrganizationId, .. input.CoordinatorIds.Select(i => (int?)i)]))
            return $"Cơ quan được chọn {OutOfReach}";
        var body = await BodyAsync(input.ResponsibleOrganizationId!.Value);
        if (item.Assign(body!, input.Deadline!.Value, input.Priority, records.Today, records.Stamp()) is { } refusal) return refusal;
        await ReplaceCoordinatorsAsync(item, body!, input.CoordinatorIds);
        return await records.SaveAsync(item, input.Version);
    }

    /// <summary>
    /// Assigns many items at once to one body, with one deadline and priority. All or nothing: any item the
    /// item refuses, any body outside an item's reach or any item changed meanwhile refuses the batch.
    /// The caller has checked each item's scope. Returns the refusal, or null when every item is assigned.
    /// </summary>
    public async Task<string?> BulkAssignAsync(IReadOnlyList<(FollowUpItem Item, Guid Version)> batch, AssignInput input)
    {
        if (input.Deadline < records.Today) return "Thời hạn không được ở trong quá khứ.";
        if (await BodyAsync(input.ResponsibleOrganizationId ?? 0) is not { } body) return "Hãy chọn cơ quan chủ trì giải quyết.";
        // The body's reach is a matter of the conference, so each conference of the batch is checked once.
        foreach (var conferenceId in batch.Select(b => b.Item.ConferenceId).Distinct())
        {
            if (!await organizations.AllowAsync(await ConferenceUnitAsync(conferenceId), [body.Id, .. input.CoordinatorIds.Select(i => (int?)i)]))
                return $"Nội dung số {batch.First(b => b.Item.ConferenceId == conferenceId).Item.Id}: {body.Name} {OutOfReach} Chưa giao nội dung nào.";
        }
        var stamp = records.Stamp();
        foreach (var (item, version) in batch)
        {
            db.Entry(item).Property(r => r.Version).OriginalValue = version;
            if (item.Assign(body, input.Deadline!.Value, input.Priority, records.Today, stamp) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return $"Nội dung số {item.Id}: {refusal} Chưa giao nội dung nào.";
            }
            await ReplaceCoordinatorsAsync(item, body, input.CoordinatorIds);
        }
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "Có nội dung vừa được người khác cập nhật; chưa giao nội dung nào. Hãy tải lại danh sách và chọn lại.";
        }
    }

    private Task<int> ConferenceUnitAsync(int conferenceId) => db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.UnitId).FirstAsync();

    private Task<ResponsibleBody?> BodyAsync(int organizationId) =>
        db.Organizations.Where(o => o.Id == organizationId).Select(o => new ResponsibleBody(o.Id, o.UnitId, o.Name)).FirstOrDefaultAsync();

    /// <summary>The coordinating bodies are replaced by those chosen, never naming the responsible body twice.</summary>
    private async Task ReplaceCoordinatorsAsync(FollowUpItem item, ResponsibleBody body, IEnumerable<int> coordinatorIds)
    {
        db.RemoveRange(await db.Set<FollowUpCoordinator>().Where(c => c.FollowUpItemId == item.Id).ToListAsync());
        db.AddRange(coordinatorIds.Distinct().Where(id => id != body.Id)
            .Select(id => new FollowUpCoordinator { FollowUpItemId = item.Id, OrganizationId = id }));
    }
}
