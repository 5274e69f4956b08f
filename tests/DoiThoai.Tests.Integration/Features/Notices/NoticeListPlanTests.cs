using DoiThoai.Tests.Integration.Features.FollowUps;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Notices;

/// <summary>
/// A commune's notice list reads its items' notices with their dates from one index, so its page sorts them without
/// reading each notice's row. (A district's walks the list's date index at the generated district's scale; on the demo's
/// few notices SQLite rightly reads them through the items too, so that plan is checked in docs/performance.md.)
/// Its bell's count reads each item's notices as it reads the item, and stops at its bound.
/// </summary>
public class NoticeListPlanTests(SqliteListPortal factory) : IClassFixture<SqliteListPortal>
{
    private async Task<IReadOnlyList<string>> PlanAsync(string email, string role) =>
        await PlanAsync(email, role, async (notices, scope) => (await notices.PageQueryAsync(scope)).Take(20).ToQueryString());

    private async Task<IReadOnlyList<string>> PlanAsync(string email, string role, Func<NoticeService, UserScope, Task<string>> sql)
    {
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId);
        var scope = new UserScope(user.Id, user.FullName, unit.Id, unit.Name, unit.Path, new HashSet<string> { role });
        return await QueryPlan.ExplainAsync(db, await sql(services.ServiceProvider.GetRequiredService<NoticeService>(), scope));
    }

    [Fact]
    public async Task A_communes_page_reads_its_notices_dates_from_the_item_index()
    {
        var plan = await PlanAsync(Demo.KyPhuongWard, Roles.WardStaff);
        Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_communes_unread_count_reads_each_items_notices_as_it_reads_the_item()
    {
        // The bell's count stops at a hundred: gathering all the commune's item ids first (a LIST SUBQUERY) read them all.
        var plan = await PlanAsync(Demo.KyPhuongWard, Roles.WardStaff,
            async (notices, scope) => (await notices.UnreadAsync(scope)).Take(UnreadCount.Limit + 1).ToQueryString());
        Assert.DoesNotContain(plan, line => line.Contains("LIST SUBQUERY", StringComparison.Ordinal));
        var items = plan.ToList().FindIndex(line => line.Contains("IX_FollowUps_", StringComparison.Ordinal) || line.Contains("MULTI-INDEX OR", StringComparison.Ordinal));
        var notices = plan.ToList().FindIndex(line => line.Contains("(FollowUpItemId=?)", StringComparison.Ordinal));
        Assert.InRange(items, 0, notices - 1);
    }
}
