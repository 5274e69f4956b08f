using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// The one answer to "may this user do this to a record of that unit": the record's unit must lie in
/// the user's subtree, and the user's role must allow the operation (<see cref="AccessPolicy"/>).
/// </summary>
public sealed class UnitScopedRecordHandler(CurrentUser currentUser, AppDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, IUnitScoped>
{
    public const string OutOfScope = "out-of-scope";
    public const string RoleDenied = "role-denied";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, IUnitScoped record)
    {
        var scope = await currentUser.GetScopeAsync(context.User);
        var unitIds = record is IAlsoScopedBy { SecondaryUnitId: { } second } ? new[] { record.OwningUnitId, second } : [record.OwningUnitId];
        var unitPaths = await db.Units.IgnoreQueryFilters().AsNoTracking()
            .Where(u => unitIds.Contains(u.Id)).Select(u => u.Path).ToListAsync();

        if (scope is null || !unitPaths.Any(scope.Contains))
        {
            context.Fail(new AuthorizationFailureReason(this, OutOfScope));
            return;
        }

        var operation = Enum.Parse<Operation>(requirement.Name);
        if (!AccessPolicy.RoleAllows(scope.Roles, AccessPolicy.KindOf(record), operation))
        {
            context.Fail(new AuthorizationFailureReason(this, RoleDenied));
            return;
        }

        context.Succeed(requirement);
    }
}

/// <summary>Requirements named after <see cref="Operation"/>, for IAuthorizationService.AuthorizeAsync.</summary>
public static class Operations
{
    public static OperationAuthorizationRequirement For(Operation operation) => new() { Name = operation.ToString() };
}
