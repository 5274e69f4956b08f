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
/// </summary>
public class NoticeListPlanTests(SqliteListPortal factory) : IClassFixture<SqliteListPortal>
{
    private async Task<IReadOnlyList<string>> PlanAsync(string email, string role)
    {
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId);
        var scope = new UserScope(user.Id, user.FullName, unit.Id, unit.Name, unit.Path, new HashSet<string> { role });
        var query = await services.ServiceProvider.GetRequiredService<NoticeService>().PageQueryAsync(scope);
        return await QueryPlan.ExplainAsync(db, query.Take(20).ToQueryString());
    }

    [Fact]
    public async Task A_communes_page_reads_its_notices_dates_from_the_item_index()
    {
        var plan = await PlanAsync(Demo.KyPhuongWard, Roles.WardStaff);
        Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc", StringComparison.Ordinal));
    }
}
