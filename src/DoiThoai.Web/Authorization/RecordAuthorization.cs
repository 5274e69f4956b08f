using DoiThoai.Web.Domain;
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

/// <summary>What controllers call to authorize an operation on a loaded record.</summary>
public sealed class RecordAccess(IAuthorizationService authorization, IHttpContextAccessor http)
{
    public async Task<AccessResult> CheckAsync(IUnitScoped? record, Operation operation)
    {
        if (record is null) return AccessResult.NotFound;
        var user = http.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();
        var result = await authorization.AuthorizeAsync(user, record, Operations.For(operation));
        if (result.Succeeded) return AccessResult.Allowed;
        return result.Failure?.FailureReasons.Any(r => r.Message == UnitScopedRecordHandler.RoleDenied) == true
            ? AccessResult.Forbidden
            : AccessResult.NotFound;
    }
}

/// <summary>Base of staff controllers: sign-in required, and one way to refuse a record.</summary>
[Authorize]
public abstract class StaffController : Controller
{
    /// <summary>Null when allowed; otherwise the 404 or 403 result to return.</summary>
    protected async Task<IActionResult?> DenyUnlessAsync(IUnitScoped? record, Operation operation)
    {
        var access = HttpContext.RequestServices.GetRequiredService<RecordAccess>();
        return await access.CheckAsync(record, operation) switch
        {
            AccessResult.Allowed => null,
            AccessResult.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    /// <summary>True when <see cref="DenyUnlessAsync"/> would let the operation through: for buttons and links.</summary>
    protected async Task<bool> MayAsync(IUnitScoped record, Operation operation) =>
        await HttpContext.RequestServices.GetRequiredService<RecordAccess>().CheckAsync(record, operation) == AccessResult.Allowed;

    /// <summary>True when the named policy (the one an action's [Authorize] names) lets the user in.</summary>
    protected async Task<bool> MayAsync(string policy) =>
        (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, policy)).Succeeded;

    protected Task<UserScope?> GetScopeAsync() =>
        HttpContext.RequestServices.GetRequiredService<CurrentUser>().GetScopeAsync(User);
}
