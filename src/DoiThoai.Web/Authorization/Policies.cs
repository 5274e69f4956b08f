using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// The named policies that [Authorize] attributes and menus name, registered once. Each asks
/// <see cref="AccessPolicy"/>, so an attribute never spells a list of roles.
/// </summary>
public static class Policies
{
    public const string Administration = "Administration";
    public const string RecordKeeping = "RecordKeeping";
    public const string NewsEditing = "NewsEditing";

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Administration, p => p.RequireAssertion(c => AccessPolicy.MayAdminister(RolesOf(c.User))))
        .AddPolicy(RecordKeeping, p => p.RequireAssertion(c => RolesOf(c.User).Overlaps(AccessPolicy.RecordKeepers)))
        // The editors' pages: the same rule that lets them read and change news records.
        .AddPolicy(NewsEditing, p => p.RequireAssertion(c => AccessPolicy.RoleAllows(RolesOf(c.User), ResourceKind.News, Operation.Read)));

    private static HashSet<string> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
}
