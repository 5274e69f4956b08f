using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Features.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Users;

/// <summary>
/// Accounts, kept by administrators. Every change is an audit event without secrets; locking and a new
/// password change the security stamp, which ends the person's open sessions at the next check.
/// </summary>
public sealed class UserService(AppDbContext db, UserManager<AppUser> users, UnitService units, TimeProvider clock)
{
    public Task<AppUser?> FindAsync(int id) => users.FindByIdAsync(id.ToString());

    public static class SortKeys
    {
        public const string Name = "Name";
        public const string Email = "Email";
        public const string Unit = "Unit";
    }

    public async Task<UserList> ListAsync(UserFilter filter, ListOrder? order = null)
    {
        order ??= new ListOrder();
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        foreach (var word in VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(u => u.SearchText.Contains(word));
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Units.PathOfAsync(unitId);
            var units = db.Units.InSubtree(path);
            query = query.Where(u => units.Any(unit => unit.Id == u.UnitId));
        }
        if (!string.IsNullOrEmpty(filter.Role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));

        var rows = await query.Select(u => new UserRow(
            u.Id, u.FullName, u.Email!, u.Unit!.Name,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            u.LockoutEnd != null && u.LockoutEnd > now, u.TwoFactorEnabled)).ToListAsync();
        // Staff accounts number in the hundreds: they are sorted here, in Vietnamese order, which the database's
        // collation does not know (a family name starting with "Đ" after every "D").
        var sorted = order.Is(SortKeys.Email) ? order.Apply(rows, u => u.Email, StringComparer.OrdinalIgnoreCase)
            : order.Is(SortKeys.Unit) ? order.Apply(rows, u => u.UnitName, VietnameseOrder.Comparer).ThenBy(u => u.FullName, VietnameseOrder.Comparer)
            : order.Apply(rows, u => u.FullName, VietnameseOrder.Comparer);
        var page = ListOrder.PageOf(sorted.ThenBy(u => u.Id).ToList(), filter.Page);
        return new UserList(filter, page, await units.ChoicesAsync(_ => true), RoleChoices());
    }

    public async Task<UserForm> FormAsync(UserInput input) => new(input, await units.ChoicesAsync(_ => true), RoleChoices());

    private static List<SelectListItem> RoleChoices() =>
        Authorization.Roles.All.Select(r => new SelectListItem(Authorization.Roles.Label(r), r)).ToList();

    public async Task<UserInput> InputAsync(AppUser user) => new()
    {
        Id = user.Id, ConcurrencyStamp = user.ConcurrencyStamp, FullName = user.FullName, Email = user.Email ?? "", Position = user.Position,
        UnitId = user.UnitId, Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
    };

    public async Task<IdentityResult> CreateAsync(NewUserInput input)
    {
        var user = new AppUser
        {
            UserName = input.Email.Trim(), Email = input.Email.Trim(), EmailConfirmed = true, FullName = input.FullName.Trim(),
            Position = input.Position?.Trim(), UnitId = input.UnitId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, input.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, input.Role);
        if (!result.Succeeded) return result;
        await AuditAsync(user, $"Tạo tài khoản {user.Email}, vai trò {Authorization.Roles.Label(input.Role)}");
        await transaction.CommitAsync();
        return result;
    }

    public async Task<IdentityResult> UpdateAsync(AppUser user, UserInput input)
    {
        // A form opened before someone else's save carries the old stamp: refuse it rather than overwrite.
        if (input.ConcurrencyStamp != user.ConcurrencyStamp)
            return IdentityResult.Failed(users.ErrorDescriber.ConcurrencyFailure());
        user.FullName = input.FullName.Trim();
        user.Position = input.Position?.Trim();
        var unitChanged = user.UnitId != input.UnitId;
        user.UnitId = input.UnitId;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) return result;
        var roles = await users.GetRolesAsync(user);
        if (!roles.SequenceEqual([input.Role]))
        {
            await users.RemoveFromRolesAsync(user, roles);
            await users.AddToRoleAsync(user, input.Role);
        }
        // A new unit or role changes what the person may reach: end their sessions.
        if (unitChanged || !roles.SequenceEqual([input.Role])) await users.UpdateSecurityStampAsync(user);
        await AuditAsync(user, $"Sửa tài khoản: {user.FullName}, vai trò {Authorization.Roles.Label(input.Role)}, đơn vị #{input.UnitId}");
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    /// <summary>Locks until the end of <paramref name="until"/> (Vietnam time) or, without a day, until unlocked; false for a day already past.</summary>
    public async Task<bool> LockAsync(AppUser user, DateOnly? until)
    {
        if (until is { } last && last < VietnamTime.Today(clock)) return false;
        var end = until is { } day ? VietnamTime.EndOfDay(day) : DateTimeOffset.MaxValue;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, end);
        await AdminLock.SetAsync(users, user, end);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(user, until is null ? "Khóa tài khoản" : $"Khóa tài khoản đến hết ngày {until:dd/MM/yyyy}");
        return true;
    }

    public async Task UnlockAsync(AppUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await AdminLock.ClearAsync(users, user);
        await AuditAsync(user, "Mở khóa tài khoản");
    }

    public async Task<UserDetails> DetailsAsync(AppUser user, IReadOnlyList<Audit.HistoryLine> history)
    {
        var end = user.LockoutEnd is { } e && e > clock.GetUtcNow() ? e : (DateTimeOffset?)null;
        var kind = end is null ? LockKind.None
            : await AdminLock.IsInForceAsync(users, user) ? LockKind.ByAdministrator : LockKind.AfterFailedSignIns;
        return new UserDetails(await InputAsync(user), kind, end is { } d && !AdminLock.HasNoEnd(d) ? d : null, user.TwoFactorEnabled, history);
    }

    public async Task<IdentityResult> ResetPasswordAsync(AppUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded) await AuditAsync(user, "Đặt lại mật khẩu");
        return result;
    }

    private async Task AuditAsync(AppUser user, string note)
    {
        db.AddAuditEvent(nameof(AppUser), user.Id.ToString(), user.UnitId, note);
        await db.SaveChangesAsync();
    }
}
