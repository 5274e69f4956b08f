using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.FollowUps;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Staff;

/// <summary>
/// The staff home's work blocks: each role lands on what waits for it. Which blocks a user gets is asked of
/// <see cref="AccessPolicy"/>; each count is taken from the very query its list runs, so a count and the list it
/// links to never disagree.
/// </summary>
public sealed class StaffHome(AppDbContext db, ListFollowUps followUps, ConferenceService conferences, NewsService news)
{
    public async Task<StaffHomeViewModel> ForAsync(UserScope scope, bool showsUsers)
    {
        var roles = scope.Roles;
        var blocks = new List<WorkBlock>();

        if (AccessPolicy.RoleAllows(roles, ResourceKind.Conference, Operation.Update) ||
            AccessPolicy.RoleMayTakeAction(roles, FollowUpAction.Resolve))
        {
            var tiles = new List<WorkTile>();
            if (AccessPolicy.RoleAllows(roles, ResourceKind.Conference, Operation.Update))
                tiles.Add(await ConferencesAsync(scope, "minutes-drafts", "Biên bản còn là bản dự thảo", new() { Minutes = MinutesState.Draft }));
            if (AccessPolicy.RoleMayTakeAction(roles, FollowUpAction.Resolve))
            {
                tiles.Add(await FollowUpsAsync(scope, "overdue", "Việc quá hạn", new() { OverdueOnly = true }, warns: true));
                tiles.Add(await FollowUpsAsync(scope, "due-soon", $"Việc sắp đến hạn ({Deadlines.DueSoonDays} ngày tới)", new() { DueSoonOnly = true }));
                tiles.Add(await FollowUpsAsync(scope, "awaiting-answer", "Việc chờ trả lời", new()));
            }
            blocks.Add(new WorkBlock("Việc của tôi", tiles));
        }

        if (AccessPolicy.RoleMayTakeAction(roles, FollowUpAction.Close))
        {
            // Answered but not closed: the Front checks the answer, then closes the item or asks for reopening.
            blocks.Add(new WorkBlock("Chờ Mặt trận giám sát, đóng",
            [
                await FollowUpsAsync(scope, "awaiting-check-resolved", "Đã giải quyết, chờ kiểm tra", new() { Mine = false, State = FollowUpState.Resolved }),
                await FollowUpsAsync(scope, "awaiting-check-explained", "Đã giải trình, chờ kiểm tra", new() { Mine = false, State = FollowUpState.Explained }),
            ]));
        }

        if (AccessPolicy.RoleAllows(roles, ResourceKind.News, Operation.Update))
        {
            blocks.Add(new WorkBlock("Tin bài",
            [
                new("news-drafts", "Tin bài nháp", await TileCount.ExactAsync(await news.PostsAsync(scope, NewsPostState.Draft)),
                    "News", "Index", new() { ["state"] = nameof(NewsPostState.Draft) }),
                new("comments-pending", "Ý kiến bạn đọc chờ duyệt", await TileCount.ExactAsync(news.Comments(scope, NewsCommentState.Pending)),
                    "News", "Comments", new() { ["state"] = nameof(NewsCommentState.Pending) }),
            ]));
        }

        return new StaffHomeViewModel(scope, blocks,
            await db.Units.InScope(scope).CountAsync(u => u.RetiredOn == null),
            await db.Organizations.InScope(scope).CountAsync(),
            await db.Conferences.InScope(scope).CountAsync(),
            ShowsDashboard: AccessPolicy.WatchesWholeScope(roles),
            showsUsers);
    }

    private async Task<WorkTile> ConferencesAsync(UserScope scope, string id, string label, ConferenceFilter filter) =>
        new(id, label, await TileCount.ExactAsync(await conferences.QueryAsync(scope, filter)),
            "Conferences", "Index", new() { [nameof(filter.Minutes)] = filter.Minutes?.ToString() ?? "" });

    private async Task<WorkTile> FollowUpsAsync(UserScope scope, string id, string label, FollowUpFilter filter, bool warns = false) =>
        new(id, label, await TileCount.OfAsync(await followUps.QueryAsync(scope, filter)), "FollowUps", "Index", new()
        {
            [nameof(filter.Mine)] = filter.Mine.ToString(),
            [nameof(filter.State)] = filter.State?.ToString() ?? "",
            [nameof(filter.OverdueOnly)] = filter.OverdueOnly.ToString(),
            [nameof(filter.DueSoonOnly)] = filter.DueSoonOnly.ToString(),
        }, warns);
}

/// <summary>A heading on the home and the counts under it.</summary>
public sealed record WorkBlock(string Title, IReadOnlyList<WorkTile> Tiles);

/// <summary>One count and the list, with its filter, that shows the same records.</summary>
public sealed record WorkTile(string Id, string Label, TileCount Count, string Controller, string Action, Dictionary<string, string> Route, bool Warns = false);

/// <summary>
/// A tile's count, bounded as the list it links to counts (<see cref="BoundedList{T}.CountLimit"/>, ADR 0017): exact up
/// to 10,000, "Hơn 10.000" past it, so the home of a district with a million items reads 10,001 rows per tile at most.
/// </summary>
public readonly record struct TileCount(int Value, bool IsLowerBound)
{
    private const int Limit = BoundedList<int>.CountLimit;

    public string Text => IsLowerBound ? $"Hơn {VietnameseNumber.Format(Value)}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<TileCount> OfAsync<T>(IQueryable<T> rows)
    {
        var count = await rows.Take(Limit + 1).CountAsync();
        return new TileCount(Math.Min(count, Limit), count > Limit);
    }

    /// <summary>A count whose list counts exactly too (the news desk: hundreds of rows, not millions).</summary>
    public static async Task<TileCount> ExactAsync<T>(IQueryable<T> rows) => new(await rows.CountAsync(), false);
}

/// <summary>The home: the user's work blocks, what their scope holds, and the links their roles lead to.</summary>
public sealed record StaffHomeViewModel(UserScope Scope, IReadOnlyList<WorkBlock> Blocks, int UnitCount, int OrganizationCount, int ConferenceCount,
    bool ShowsDashboard, bool ShowsUsers);
