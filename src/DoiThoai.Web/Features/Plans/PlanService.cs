using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Plans;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Plans;

/// <summary>Yearly dialogue plans and their entries. The controller checks access to the plan before any call with an id.</summary>
public sealed class PlanService(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public Task<DialoguePlan?> FindAsync(int id) => db.DialoguePlans.FirstOrDefaultAsync(p => p.Id == id);

    public Task<PlanEntry?> FindEntryAsync(int id) => db.PlanEntries.FirstOrDefaultAsync(e => e.Id == id);

    public static class SortKeys
    {
        public const string Unit = "Unit";
        public const string Planned = "Planned";
        public const string Held = "Held";
        public const string Late = "Late";
    }

    public async Task<PlanListPage> ListAsync(UserScope scope, int year, int? unitId, bool canEdit, ListOrder? order = null)
    {
        order ??= new ListOrder();
        var query = db.DialoguePlans.AsNoTracking().InScope(scope).Where(p => p.Year == year);
        if (unitId is { } id)
        {
            var path = await db.Units.PathOfAsync(id);
            query = query.InSubtree(path);
        }
        var lateBefore = PlanSchedule.LateBefore(Today);
        var yearBase = PlanSchedule.MonthNumber(year, 0);
        var plans = await query
                .Select(p => new
                {
                    p.Id, p.UnitId, p.Unit!.Kind, p.Unit.Name, p.Unit.Path, p.Year, p.DocumentNumber,
                    Planned = p.Entries.Count(e => !e.IsDeleted),
                    Held = p.Entries.Count(e => !e.IsDeleted && e.ConferenceId != null),
                    Late = p.Entries.Count(e => !e.IsDeleted && e.ConferenceId == null && yearBase + e.Month < lateBefore),
                }).ToListAsync();
        // One plan a unit a year: a scope's plans are a few hundred at most, sorted here; the counts are computed, not stored.
        var sorted = order.Is(SortKeys.Planned) ? order.Apply(plans, p => p.Planned, descendingByDefault: true).ThenBy(p => p.Path, StringComparer.Ordinal)
            : order.Is(SortKeys.Held) ? order.Apply(plans, p => p.Held, descendingByDefault: true).ThenBy(p => p.Path, StringComparer.Ordinal)
            : order.Is(SortKeys.Late) ? order.Apply(plans, p => p.Late, descendingByDefault: true).ThenBy(p => p.Path, StringComparer.Ordinal)
            : order.Apply(plans, p => p.Path, StringComparer.Ordinal);
        var rows = sorted.ThenBy(p => p.Id)
            .Select(p => new PlanRow(p.Id, p.UnitId, $"{p.Kind.Label()} {p.Name}", p.Year, p.DocumentNumber, p.Planned, p.Held, p.Late)).ToList();
        return new PlanListPage(year, unitId, rows, await UnitChoicesAsync(scope), canEdit);
    }

    public async Task<IReadOnlyList<SelectListItem>> UnitChoicesAsync(UserScope scope) =>
        (await db.Units.AsNoTracking().InScope(scope).Where(u => u.RetiredOn == null).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync())
        .Select(u => new SelectListItem($"{u.Kind.Label()} {u.Name}", u.Id.ToString())).ToList();

    public async Task<PlanPage> PageAsync(DialoguePlan plan, bool canEdit, PlanEntryInput? newEntry = null)
    {
        var today = Today;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == plan.UnitId).Select(u => new { u.Kind, u.Name }).FirstAsync();
        var entries = (await db.PlanEntries.AsNoTracking().Where(e => e.PlanId == plan.Id).OrderBy(e => e.Month).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.Version, e.Month, e.Topic, e.LeadBy, e.ConferenceId, Title = e.Conference!.Title, HeldOn = (DateOnly?)e.Conference.HeldOn })
                .ToListAsync())
            .Select(e => new PlanEntryLine(e.Id, e.Version, e.Month, e.Topic, e.LeadBy, e.ConferenceId, e.Title, e.HeldOn,
                PlanSchedule.StatusOf(plan.Year, e.Month, e.ConferenceId is not null, today)))
            .ToList();
        return new PlanPage(plan, $"{unit.Kind.Label()} {unit.Name}", entries, await ConferenceChoicesAsync(plan, null), newEntry ?? new PlanEntryInput(), canEdit, today);
    }

    /// <summary>Conferences that may carry out an entry: held that year by the plan's unit or below it, not yet linked elsewhere.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ConferenceChoicesAsync(DialoguePlan plan, int? entryId)
    {
        var path = await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Path).FirstAsync();
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        // An uncorrelated NOT IN: SQLite reads the linked ids once. A NOT EXISTS per conference scanned every plan entry
        // for each of a year's conferences (no index fits it): 3.4 s for a district's 10,000 choices at ten years.
        var linked = db.PlanEntries.Where(e => e.ConferenceId != null && e.Id != entryId).Select(e => e.ConferenceId!.Value);
        return await db.Conferences.AsNoTracking()
            .InSubtree(path).Where(c => c.HeldOn >= from && c.HeldOn <= to)
            .Where(c => !linked.Contains(c.Id))
            .OrderBy(c => c.HeldOn)
            .Select(c => new SelectListItem(c.HeldOn.Day.ToString("00") + "/" + c.HeldOn.Month.ToString("00") + "/" + c.HeldOn.Year + " – " + c.Title, c.Id.ToString()))
            .ToListAsync();
    }

    /// <summary>Why a plan cannot be saved so, or null.</summary>
    public async Task<string?> CheckPlanAsync(PlanInput input, int? id)
    {
        if (await db.DialoguePlans.AnyAsync(p => p.UnitId == input.UnitId && p.Year == input.Year && p.Id != id))
            return $"Đơn vị này đã có kế hoạch đối thoại năm {input.Year}.";
        return null;
    }

    /// <summary>Why the entry cannot be linked to that conference, or null.</summary>
    public async Task<string?> CheckEntryAsync(DialoguePlan plan, PlanEntryInput input, int? entryId)
    {
        if (input.ConferenceId is not { } conferenceId) return null;
        var allowed = await ConferenceChoicesAsync(plan, entryId);
        return allowed.Any(c => c.Value == conferenceId.ToString())
            ? null
            : "Hội nghị được chọn không thuộc đơn vị, năm của kế hoạch hoặc đã được gắn với nội dung kế hoạch khác.";
    }

    public async Task<int> CreateAsync(PlanInput input)
    {
        var plan = new DialoguePlan { UnitId = input.UnitId, Year = input.Year!.Value, DocumentNumber = Clean(input.DocumentNumber), Note = Clean(input.Note) };
        db.DialoguePlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>Saves over the version the user saw; false when someone else saved first.</summary>
    public async Task<bool> UpdateAsync(DialoguePlan plan, PlanInput input)
    {
        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version;
        plan.Year = input.Year!.Value;
        plan.DocumentNumber = Clean(input.DocumentNumber);
        plan.Note = Clean(input.Note);
        return await SaveAsync();
    }

    public async Task DeleteAsync(DialoguePlan plan)
    {
        foreach (var entry in await db.PlanEntries.Where(e => e.PlanId == plan.Id).ToListAsync()) db.PlanEntries.Remove(entry);
        db.DialoguePlans.Remove(plan);
        await db.SaveChangesAsync();
    }

    public async Task AddEntryAsync(DialoguePlan plan, PlanEntryInput input)
    {
        db.PlanEntries.Add(new PlanEntry
        {
            PlanId = plan.Id, UnitId = plan.UnitId, Month = input.Month!.Value, Topic = input.Topic.Trim(), LeadBy = input.LeadBy.Trim(),
            ConferenceId = input.ConferenceId,
        });
        await db.SaveChangesAsync();
    }

    public async Task<bool> UpdateEntryAsync(PlanEntry entry, PlanEntryInput input)
    {
        db.Entry(entry).Property(e => e.Version).OriginalValue = input.Version;
        entry.Month = input.Month!.Value;
        entry.Topic = input.Topic.Trim();
        entry.LeadBy = input.LeadBy.Trim();
        entry.ConferenceId = input.ConferenceId;
        return await SaveAsync();
    }

    public async Task DeleteEntryAsync(PlanEntry entry)
    {
        db.PlanEntries.Remove(entry);
        await db.SaveChangesAsync();
    }

    private async Task<bool> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
