using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>A demo account's scope as the portal builds it at sign-in, for tests that call a list's service directly.</summary>
public static class TestScopes
{
    public static async Task<UserScope> OfAsync(AppDbContext db, string email, string role)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var unit = await db.Units.SingleAsync(u => u.Id == user.UnitId);
        return new UserScope(user.Id, user.FullName, unit.Id, unit.Name, unit.Path, new HashSet<string> { role });
    }
}
