using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.FollowUps;
using DoiThoai.Web.Features.News;
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
                new("news-drafts", "Tin bài nháp", await news.Posts(scope, NewsPostState.Draft).CountAsync(),
                    "News", "Index", new() { ["state"] = nameof(NewsPostState.Draft) }),
                new("comments-pending", "Ý kiến bạn đọc chờ duyệt", await news.Comments(scope, NewsCommentState.Pending).CountAsync(),
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
        new(id, label, await (await conferences.QueryAsync(scope, filter)).CountAsync(),
            "Conferences", "Index", new() { [nameof(filter.Minutes)] = filter.Minutes?.ToString() ?? "" });

    private async Task<WorkTile> FollowUpsAsync(UserScope scope, string id, string label, FollowUpFilter filter, bool warns = false) =>
        new(id, label, await (await followUps.QueryAsync(scope, filter)).CountAsync(), "FollowUps", "Index", new()
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
public sealed record WorkTile(string Id, string Label, int Count, string Controller, string Action, Dictionary<string, string> Route, bool Warns = false);

/// <summary>The home: the user's work blocks, what their scope holds, and the links their roles lead to.</summary>
public sealed record StaffHomeViewModel(UserScope Scope, IReadOnlyList<WorkBlock> Blocks, int UnitCount, int OrganizationCount, int ConferenceCount,
    bool ShowsDashboard, bool ShowsUsers);
