using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>Splitting a petition into content items, and merging an item into another that says the same thing.</summary>
public sealed class FollowUpContentItems(AppDbContext db, FollowUpRecords records)
{
    /// <summary>Splits an item into content items, one per line; null when saved, else the refusal.</summary>
    public async Task<string?> SplitAsync(FollowUpItem item, SplitInput input)
    {
        var (parts, refusal) = item.Split(input.Parts(), records.Stamp());
        if (refusal is not null) return refusal;
        db.FollowUps.AddRange(parts);
        return await records.SaveAsync(item, input.Version);
    }

    /// <summary>Merges an item into another; the caller has checked both are in the user's scope.</summary>
    public async Task<string?> MergeAsync(FollowUpItem item, FollowUpItem target, Guid version)
    {
        var othersMergedIntoThis = await db.FollowUps.AnyAsync(f => f.MergedIntoId == item.Id);
        return item.MergeInto(target, othersMergedIntoThis, records.Stamp()) ?? await records.SaveAsync(item, version);
    }
}
