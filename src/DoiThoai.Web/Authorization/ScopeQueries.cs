using DoiThoai.Web.Domain;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// List queries limited to a user's scope, so lists and counts never show another ward's records.
/// The prefix test is the same rule as <see cref="UnitPath.IsWithin"/>, written for the database.
/// </summary>
public static class ScopeQueries
{
    public static IQueryable<AdministrativeUnit> InScope(this IQueryable<AdministrativeUnit> units, UserScope scope) =>
        units.Where(u => u.Path.StartsWith(scope.Path));

    public static IQueryable<Organization> InScope(this IQueryable<Organization> organizations, UserScope scope) =>
        organizations.Where(o => o.Unit!.Path.StartsWith(scope.Path));
}
