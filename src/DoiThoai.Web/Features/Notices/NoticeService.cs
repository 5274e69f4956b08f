using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Notices;

public sealed record NoticeRow(long Id, int FollowUpId, NoticeKind Kind, DateOnly Deadline, string Content, string? Responsible,
    DateTime CreatedAtUtc, bool Unread);

public sealed record NoticeList(PagedList<NoticeRow> Page, int UnreadCount);

/// <summary>The in-app side of notices: those about items in the user's scope, and which the user has read.</summary>
public sealed class NoticeService(AppDbContext db, TimeProvider clock)
{
    public static class SortKeys
    {
        public const string Created = "Created";
    }

    /// <summary>
    /// Notices pile up over the years, so they sort in the database and only by the day they were raised, the order the
    /// list always had; the kind and the deadline would each need an index of their own and stay unsortable.
    /// </summary>
    public async Task<NoticeList> ListAsync(UserScope scope, int page, ListOrder? order = null)
    {
        var query = InScope(scope).AsNoTracking();
        var ordered = (order ?? new ListOrder()).Descending(byDefault: true)
            ? query.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            : query.OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id);
        var rows = await PagedList<NoticeRow>.CreateAsync(ordered
            .Select(n => new NoticeRow(n.Id, n.FollowUpItemId, n.Kind, n.Deadline,
                FollowUpItem.ContentOf(n.FollowUpItem!),
                n.FollowUpItem!.ResponsibleOrganization!.Name, n.CreatedAtUtc,
                !db.NoticeReadings.Any(r => r.FollowUpNoticeId == n.Id && r.UserId == scope.UserId))), page);
        return new NoticeList(rows, await UnreadCountAsync(scope));
    }

    public Task<int> UnreadCountAsync(UserScope scope) => Unread(scope).CountAsync();

    /// <summary>Records that the user has read every notice in scope; returns how many were new.</summary>
    public async Task<int> MarkAllReadAsync(UserScope scope)
    {
        var unread = await Unread(scope).Select(n => n.Id).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        db.NoticeReadings.AddRange(unread.Select(id => new NoticeReading { FollowUpNoticeId = id, UserId = scope.UserId, ReadAtUtc = now }));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (unread.Count > 0)
        {
            // A second click in another tab marked some of them first; the readings that matter are there.
            db.ChangeTracker.Clear();
            if (await Unread(scope).AnyAsync(n => unread.Contains(n.Id))) throw;
        }
        return unread.Count;
    }

    /// <summary>Notices about items whose conference unit or responsible unit lies in the scope, as the follow-up list decides.</summary>
    private IQueryable<FollowUpNotice> InScope(UserScope scope)
    {
        var items = db.FollowUps.InScope(scope, db.Units);
        return db.FollowUpNotices.Where(n => items.Any(f => f.Id == n.FollowUpItemId));
    }

    private IQueryable<FollowUpNotice> Unread(UserScope scope) =>
        InScope(scope).Where(n => !db.NoticeReadings.Any(r => r.FollowUpNoticeId == n.Id && r.UserId == scope.UserId));
}
