using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Lookup;

public sealed record ReceiptRow(int Order, PetitionKind Kind, string Content, string? Code, IReadOnlyList<string?> ItemCodes);

/// <summary>A conference's codes and the receipts printed from them: no raiser's name, no staff note, only what the raiser needs to follow up.</summary>
public sealed record ReceiptSheet(int ConferenceId, string Title, DateOnly HeldOn, string UnitName, string LookupAddress, IReadOnlyList<ReceiptRow> Rows);

/// <summary>The receipt (phiếu tiếp nhận) of each followed-up petition of a conference, with its code and where to look it up.</summary>
public sealed class Receipts(AppDbContext db)
{
    public async Task<ReceiptSheet> ForAsync(Conference conference, string site)
    {
        var rows = await db.Petitions.AsNoTracking().Where(p => p.ConferenceId == conference.Id && p.Kind != PetitionKind.Opinion)
            .OrderBy(p => p.Order)
            .Select(p => new ReceiptRow(p.Order, p.Kind, p.Content, p.Code,
                db.FollowUps.Where(f => f.PetitionId == p.Id).OrderBy(f => f.Id).Select(f => f.Code).ToList()))
            .ToListAsync();
        var unit = await db.Units.Where(u => u.Id == conference.UnitId).Select(u => u.Name).FirstAsync();
        return new ReceiptSheet(conference.Id, conference.Title, conference.HeldOn, unit, $"{site}/tra-cuu", rows);
    }
}
