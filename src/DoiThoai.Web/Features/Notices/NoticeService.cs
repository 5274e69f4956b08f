using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Notices;

public sealed record NoticeRow(long Id, int FollowUpId, NoticeKind Kind, DateOnly Deadline, string Content, string? Responsible,
    DateTime CreatedAtUtc, bool Unread);

public sealed record NoticeList(BoundedList<NoticeRow> Page, UnreadCount Unread);

/// <summary>
/// The unread notices as the bell and the list announce them: exact up to <see cref="Limit"/>, "99+" past it, so the
/// bell on every page counts a hundred rows at most however many years of notices the scope holds.
/// </summary>
public readonly record struct UnreadCount(int Count, bool IsLowerBound)
{
    public const int Limit = 99;
    public string Text => IsLowerBound ? $"{Limit}+" : Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string Spoken => IsLowerBound ? $"hơn {Limit}" : Text;
}

/// <summary>The in-app side of notices: those about items in the user's scope, and which the user has read.</summary>
public sealed class NoticeService(AppDbContext db, TimeProvider clock)
{
    public static class SortKeys
    {
        public const string Created = "Created";
    }

    /// <summary>
    /// Notices pile up over the years, so they sort in the database and only by the day they were raised, the order the
    /// list always had (the (CreatedAtUtc, Id) index); the kind and the deadline would each need an index of their own
    /// and stay unsortable. The list is bounded like the follow-up list (ADR 0017): a page is chosen over ids, then
    /// its rows are read.
    /// </summary>
    public async Task<NoticeList> ListAsync(UserScope scope, int page, ListOrder? order = null)
    {
        var notices = await InScopeAsync(scope);
        var chosen = await BoundedList<long>.CreateAsync([new ListPart<long>(notices.Select(n => n.Id), Ordered(notices, order))], page);
        var pageIds = chosen.Items.ToList();
        var unread = await Unread(db.FollowUpNotices.Where(n => pageIds.Contains(n.Id)), scope.UserId, await ReadUpToAsync(scope.UserId))
            .Select(n => n.Id).ToListAsync();
        var rows = await db.FollowUpNotices.AsNoTracking().Where(n => pageIds.Contains(n.Id))
            .Select(n => new NoticeRow(n.Id, n.FollowUpItemId, n.Kind, n.Deadline,
                FollowUpItem.ContentOf(n.FollowUpItem!),
                n.FollowUpItem!.ResponsibleOrganization!.Name, n.CreatedAtUtc, unread.Contains(n.Id)))
            .ToListAsync();
        return new NoticeList(chosen.With(pageIds.Select(id => rows.Single(r => r.Id == id)).ToList()), await UnreadCountAsync(scope));
    }

    /// <summary>The id query a page of the list is read from, for the test that reads its query plan.</summary>
    internal async Task<IQueryable<long>> PageQueryAsync(UserScope scope, ListOrder? order = null) => Ordered(await InScopeAsync(scope), order);

    private static IQueryable<long> Ordered(IQueryable<FollowUpNotice> notices, ListOrder? order) =>
        (order ?? new ListOrder()).Descending(byDefault: true)
            ? notices.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Select(n => n.Id)
            : notices.OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).Select(n => n.Id);

    /// <summary>The user's unread count, counted once a request: the notice list and the bell of its page both show it.</summary>
    public async Task<UnreadCount> UnreadCountAsync(UserScope scope)
    {
        if (counted is { } known && known.UserId == scope.UserId) return known.Unread;
        var count = await (await UnreadAsync(scope)).Take(UnreadCount.Limit + 1).CountAsync();
        var unread = new UnreadCount(Math.Min(count, UnreadCount.Limit), count > UnreadCount.Limit);
        counted = (scope.UserId, unread);
        return unread;
    }

    private (int UserId, UnreadCount Unread)? counted;

    /// <summary>
    /// Records that the user has read every notice recorded so far, as one mark (<see cref="NoticeReadMark"/>): a row per
    /// notice was hundreds of thousands of rows for a district's ten years. Returns how many were unread, as the bell says it.
    /// </summary>
    public async Task<UnreadCount> MarkAllReadAsync(UserScope scope)
    {
        var unread = await UnreadCountAsync(scope);
        if (unread.Count == 0) return unread;
        var upTo = await db.FollowUpNotices.MaxAsync(n => (long?)n.Id) ?? 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var mark = await db.NoticeReadMarks.FindAsync(scope.UserId);
        if (mark is null) db.NoticeReadMarks.Add(new NoticeReadMark { UserId = scope.UserId, ReadUpToNoticeId = upTo, MarkedAtUtc = now });
        else (mark.ReadUpToNoticeId, mark.MarkedAtUtc) = (Math.Max(mark.ReadUpToNoticeId, upTo), now);
        counted = null;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (mark is null)
        {
            // A second click in another tab made the user's mark first; it covers the same notices or more.
            db.ChangeTracker.Clear();
            if (await ReadUpToAsync(scope.UserId) < upTo) throw;
        }
        return unread;
    }

    /// <summary>The newest notice the user marked read with all the others; 0 before the first time.</summary>
    private async Task<long> ReadUpToAsync(int userId) =>
        await db.NoticeReadMarks.Where(m => m.UserId == userId).Select(m => (long?)m.ReadUpToNoticeId).FirstOrDefaultAsync() ?? 0;

    /// <summary>
    /// The one rule of "unread": recorded after the user's mark (notice ids grow as notices are recorded) and not read
    /// on its own (a <see cref="NoticeReading"/>, as every notice was marked before the mark existed).
    /// </summary>
    private IQueryable<FollowUpNotice> Unread(IQueryable<FollowUpNotice> notices, int userId, long readUpTo) =>
        notices.Where(n => n.Id > readUpTo && !db.NoticeReadings.Any(r => r.FollowUpNoticeId == n.Id && r.UserId == userId));

    /// <summary>
    /// Notices about items whose conference unit or responsible unit lies in the scope, as the follow-up list decides
    /// (<see cref="ScopeQueries.IdsInScopeAsync"/>). A wide scope (a district) holds most notices, so each notice is
    /// tested against its item and a walk in the list's order stops after a page or the count's bound; a commune's are
    /// a few in a hundred, so its items are read first through their unit indexes and only their notices after.
    /// The list sorts all of a commune's notices, so it gathers the item ids once (IN); the bell's count stops at its
    /// bound, so it joins each item to its notices as the item is read (<paramref name="stream"/>): gathering a
    /// commune's twenty thousand item ids first cost every staff page 13 ms to count a hundred notices.
    /// </summary>
    private async Task<IQueryable<FollowUpNotice>> InScopeAsync(UserScope scope, bool walkNotices = false, bool stream = false)
    {
        var unitIds = await db.Units.IdsInScopeAsync(scope);
        var items = db.FollowUps.InScope(unitIds);
        if (walkNotices || ScopeQueries.IsWide(unitIds, await db.Units.CountAsync()))
            return db.FollowUpNotices.Where(n => items.Any(f => f.Id == n.FollowUpItemId));
        return stream
            ? items.Join(db.FollowUpNotices, f => f.Id, n => n.FollowUpItemId, (f, n) => n)
            : db.FollowUpNotices.Where(n => items.Select(f => f.Id).Contains(n.FollowUpItemId));
    }

    /// <summary>
    /// The unread notices in scope. Once the user has marked all read, only the notices recorded since can be unread:
    /// while they are at most <see cref="RecentLimit"/>, they are walked by id from the mark and each tested against
    /// its item, whatever the scope, instead of reading every notice of a commune's items to find none unread.
    /// Internal for the test that reads the count's query plan.
    /// </summary>
    internal async Task<IQueryable<FollowUpNotice>> UnreadAsync(UserScope scope)
    {
        var upTo = await ReadUpToAsync(scope.UserId);
        var fewSinceMark = upTo > 0 && await db.FollowUpNotices.Where(n => n.Id > upTo).Take(RecentLimit + 1).CountAsync() <= RecentLimit;
        return Unread(await InScopeAsync(scope, walkNotices: fewSinceMark, stream: true), scope.UserId, upTo);
    }

    /// <summary>How many notices recorded since a user's mark are walked one by one (<see cref="UnreadAsync"/>).</summary>
    private const int RecentLimit = 20_000;
}
