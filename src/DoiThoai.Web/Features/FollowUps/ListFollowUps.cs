using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>"Việc của tôi" and the follow-up list of a scope, with the choices its batch forms offer.</summary>
public sealed class ListFollowUps(AppDbContext db, FollowUpRecords records)
{
    public async Task<FollowUpList> ListAsync(UserScope scope, FollowUpFilter filter)
    {
        var today = records.Today;
        var query = await QueryAsync(scope, filter);

        // Items with a deadline first, the nearest first; then the rest, newest conference first.
        var page = await PagedList<FollowUpRow>.CreateAsync(query.AsNoTracking()
            .OrderBy(f => f.Deadline == null).ThenBy(f => f.Deadline).ThenByDescending(f => f.Conference!.HeldOn)
            .Select(f => new FollowUpRow(f.Id, f.Version, f.Kind, FollowUpItem.ContentOf(f), f.State,
                f.ResponsibleOrganization!.Name, f.Deadline, f.Priority, f.ProgressPercent, f.Conference!.Title, f.Conference.HeldOn, false, false)), filter.Page);
        var rows = page.Items.Select(r => r with
        {
            Overdue = Deadlines.IsOverdue(r.State, r.Deadline, today),
            DueSoon = Deadlines.IsDueSoon(r.State, r.Deadline, today),
        }).ToList();
        return new FollowUpList(filter, page with { Items = rows }, today);
    }

    /// <summary>The items a filter selects, unordered: the list pages them, the staff home counts them.</summary>
    public async Task<IQueryable<FollowUpItem>> QueryAsync(UserScope scope, FollowUpFilter filter)
    {
        var today = records.Today;
        // Items merged into another leave the lists: the surviving item speaks for both.
        var live = records.Live.Where(f => f.MergedIntoId == null);
        var unitsInScope = db.Units.InScope(scope);
        var query = filter.Mine
            ? live.Where(f => unitsInScope.Any(u => u.Id == f.ResponsibleUnitId))
            : live.InScope(scope, db.Units);
        if (filter.State is { } state) query = query.Where(f => f.State == state);
        else if (filter.OpenOnly) query = query.Where(f => FollowUpStateMachine.OpenStates.Contains(f.State));
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.UnitId is { } unitId)
        {
            var picked = db.Units.InSubtree(await db.Units.PathOfAsync(unitId));
            query = query.Where(f => picked.Any(u => u.Id == f.UnitId));
        }
        if (filter.From is { } heldFrom) query = query.Where(f => f.Conference!.HeldOn >= heldFrom);
        if (filter.To is { } heldTo) query = query.Where(f => f.Conference!.HeldOn <= heldTo);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = VietnameseText.Fold(filter.Q);
            query = query.Where(f => f.Petition != null ? f.Petition.SearchText.Contains(folded) : f.ConclusionItem!.SearchText.Contains(folded));
        }
        if (filter.OverdueOnly)
            query = query.Where(f => f.Deadline < today && FollowUpStateMachine.OpenStates.Contains(f.State));
        if (filter.DueSoonOnly)
        {
            var dueSoonLimit = today.AddDays(Deadlines.DueSoonDays);
            query = query.Where(f => f.Deadline >= today && f.Deadline <= dueSoonLimit && FollowUpStateMachine.OpenStates.Contains(f.State));
        }
        return query;
    }

    /// <summary>Organizations a batch may be given to: those of the user's unit, the units below it and above it.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganizationsNearAsync(UserScope scope) =>
        await db.Organizations.AsNoTracking()
            .Near(scope)
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();
}
