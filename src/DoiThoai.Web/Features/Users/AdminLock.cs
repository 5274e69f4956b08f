using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace DoiThoai.Web.Features.Users;

/// <summary>
/// Tells a lock set by an administrator from a lockout after failed sign-ins: Identity keeps only the end of a
/// lock, so the administrator's end is also kept as a user token (no schema change). The token speaks only while
/// it matches the current end; a later lockout for failures has another end.
/// </summary>
public static class AdminLock
{
    private const string Provider = "DoiThoai";
    private const string Name = "AdminLockEnd";

    /// <summary>An end this far away is a lock with no end date (Identity's largest value).</summary>
    public static bool HasNoEnd(DateTimeOffset end) => end.Year >= 9999;

    public static Task SetAsync(UserManager<AppUser> users, AppUser user, DateTimeOffset end) =>
        users.SetAuthenticationTokenAsync(user, Provider, Name, end.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Task ClearAsync(UserManager<AppUser> users, AppUser user) => users.RemoveAuthenticationTokenAsync(user, Provider, Name);

    /// <summary>True when the user is locked now and the lock is the one an administrator set.</summary>
    public static async Task<bool> IsInForceAsync(UserManager<AppUser> users, AppUser user)
    {
        if (user.LockoutEnd is not { } end || end <= DateTimeOffset.UtcNow) return false;
        var kept = await users.GetAuthenticationTokenAsync(user, Provider, Name);
        // Databases may round the stored end; a second apart is still the same lock.
        return long.TryParse(kept, out var ticks) && Math.Abs(end.UtcTicks - ticks) < TimeSpan.TicksPerSecond;
    }
}
