using System.Security.Claims;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Authorization;

public enum AccessResult
{
    Allowed,
    /// <summary>The record lies outside the user's scope: answer 404 and show nothing of it.</summary>
    NotFound,
    /// <summary>In scope but the role may not do this: answer 403.</summary>
    Forbidden,
}

/// <summary>
/// The one authorization call of controllers (ADR 0010): load the record, then
/// <c>if (await access.DenyUnlessAsync(record, Operation.Update) is { } denied) return denied;</c>.
/// </summary>
public interface IRecordAuthorization
{
    /// <summary>
    /// Null when the signed-in user may do <paramref name="operation"/> to <paramref name="record"/>; otherwise the
    /// result to return: 404 when the record is missing or outside the user's scope, 403 when the role may not.
    /// </summary>
    Task<IActionResult?> DenyUnlessAsync(IUnitScoped? record, Operation operation);

    /// <summary>
    /// For an action on a follow-up item: 404 unless the item is in scope, 403 unless the role may take the action
    /// (<see cref="AccessPolicy.RoleMayTakeAction"/>); null when both pass.
    /// </summary>
    Task<IActionResult?> DenyUnlessAsync(FollowUpItem? item, FollowUpAction action);

    /// <summary>True when <see cref="DenyUnlessAsync(IUnitScoped?, Operation)"/> would let the operation through: for a page's buttons and links.</summary>
    Task<bool> MayAsync(IUnitScoped record, Operation operation);

    /// <summary>True when the named policy (<see cref="Policies"/>, the one an action's [Authorize] names) lets the user in.</summary>
    Task<bool> MayAsync(string policy);
}

/// <summary>Asks <see cref="UnitScopedRecordHandler"/> (scope, then role) through ASP.NET Core's authorization service.</summary>
public sealed class RecordAuthorization(IAuthorizationService authorization, IHttpContextAccessor http) : IRecordAuthorization
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new();

    public async Task<IActionResult?> DenyUnlessAsync(IUnitScoped? record, Operation operation) =>
        await CheckAsync(record, operation) switch
        {
            AccessResult.Allowed => null,
            AccessResult.Forbidden => new ForbidResult(),
            _ => new NotFoundResult(),
        };

    public async Task<IActionResult?> DenyUnlessAsync(FollowUpItem? item, FollowUpAction action) =>
        await DenyUnlessAsync(item, Operation.Read)
        ?? (AccessPolicy.RoleMayTakeAction(User.FindAll(ClaimTypes.Role).Select(c => c.Value), action) ? null : new ForbidResult());

    public async Task<bool> MayAsync(IUnitScoped record, Operation operation) =>
        await CheckAsync(record, operation) == AccessResult.Allowed;

    public async Task<bool> MayAsync(string policy) =>
        (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    public async Task<AccessResult> CheckAsync(IUnitScoped? record, Operation operation)
    {
        if (record is null) return AccessResult.NotFound;
        var result = await authorization.AuthorizeAsync(User, record, Operations.For(operation));
        if (result.Succeeded) return AccessResult.Allowed;
        return result.Failure?.FailureReasons.Any(r => r.Message == UnitScopedRecordHandler.RoleDenied) == true
            ? AccessResult.Forbidden
            : AccessResult.NotFound;
    }
}

/// <summary>Base of staff controllers: sign-in required, and the signed-in user's scope.</summary>
[Authorize]
public abstract class StaffController : Controller
{
    protected Task<UserScope?> GetScopeAsync() =>
        HttpContext.RequestServices.GetRequiredService<CurrentUser>().GetScopeAsync(User);
}
