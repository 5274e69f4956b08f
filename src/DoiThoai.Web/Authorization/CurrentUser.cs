using System.Security.Claims;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Authorization;

/// <summary>What a signed-in user may reach: their home unit's subtree, and their roles.</summary>
public sealed record UserScope(int UserId, string FullName, int UnitId, string UnitName, string Path, IReadOnlySet<string> Roles)
{
    /// <summary>The path of the user's own unit: an administrator's <see cref="Path"/> is the whole tree, this is where they belong.</summary>
    public string HomePath { get; init; } = Path;

    public bool IsAdministrator => AccessPolicy.MayAdminister(Roles);
    /// <summary>The user's roles as people read them, for the page header.</summary>
    public string RoleLabels => string.Join(", ", Roles.Select(Authorization.Roles.Label));
    public bool Contains(string unitPath) => UnitPath.IsWithin(unitPath, Path);
}

/// <summary>
/// Loads the signed-in user's scope once per request. The unit's path is read from the database,
/// not from a cookie, so a merge or a move of the unit takes effect at once.
/// </summary>
public sealed class CurrentUser(AppDbContext db)
{
    private readonly Dictionary<int, UserScope?> _loaded = [];

    public async Task<UserScope?> GetScopeAsync(ClaimsPrincipal principal)
    {
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        if (_loaded.TryGetValue(userId, out var cached)) return cached;

        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.UnitId, UnitName = u.Unit!.Name, UnitKind = u.Unit.Kind, u.Unit.Path })
            .IgnoreQueryFilters()
            .FirstOrDefaultAsync();
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var scope = row is null
            ? null
            : new UserScope(userId, row.FullName, row.UnitId, $"{row.UnitKind.Label()} {row.UnitName}",
                AccessPolicy.MayAdminister(roles) ? UnitPath.Root : row.Path, roles) { HomePath = row.Path };
        _loaded[userId] = scope;
        return scope;
    }
}
