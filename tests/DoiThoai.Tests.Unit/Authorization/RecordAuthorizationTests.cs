using System.Security.Claims;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;

namespace DoiThoai.Tests.Unit.Authorization;

public class RecordAuthorizationTests
{
    private static RecordAuthorization AccessAnswering(AuthorizationResult result, out Mock<IAuthorizationService> authorization, params string[] roles)
    {
        authorization = new Mock<IAuthorizationService>();
        authorization
            .Setup(a => a.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(), It.IsAny<IEnumerable<IAuthorizationRequirement>>()))
            .ReturnsAsync(result);
        var user = new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));
        var http = new Mock<IHttpContextAccessor>();
        http.Setup(h => h.HttpContext).Returns(new DefaultHttpContext { User = user });
        return new RecordAuthorization(authorization.Object, http.Object);
    }

    private static AuthorizationResult FailedBecause(string reason) =>
        AuthorizationResult.Failed(AuthorizationFailure.Failed([new AuthorizationFailureReason(Mock.Of<IAuthorizationHandler>(), reason)]));

    [Fact]
    public async Task Out_of_scope_answers_not_found()
    {
        var access = AccessAnswering(FailedBecause(UnitScopedRecordHandler.OutOfScope), out _);
        Assert.IsType<NotFoundResult>(await access.DenyUnlessAsync(new Organization { UnitId = 3 }, Operation.Read));
        Assert.False(await access.MayAsync(new Organization { UnitId = 3 }, Operation.Read));
    }

    [Fact]
    public async Task Role_denied_in_scope_answers_forbidden()
    {
        var access = AccessAnswering(FailedBecause(UnitScopedRecordHandler.RoleDenied), out _);
        Assert.IsType<ForbidResult>(await access.DenyUnlessAsync(new Organization { UnitId = 3 }, Operation.Update));
    }

    [Fact]
    public async Task A_missing_record_answers_not_found_without_asking_the_policy()
    {
        var access = AccessAnswering(AuthorizationResult.Success(), out var authorization);
        Assert.IsType<NotFoundResult>(await access.DenyUnlessAsync(null, Operation.Read));
        authorization.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Success_lets_the_action_through_and_names_the_operation()
    {
        var access = AccessAnswering(AuthorizationResult.Success(), out var authorization);
        Assert.Null(await access.DenyUnlessAsync(new Organization { UnitId = 3 }, Operation.Delete));
        Assert.True(await access.MayAsync(new Organization { UnitId = 3 }, Operation.Delete));
        authorization.Verify(a => a.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(),
            It.Is<IEnumerable<IAuthorizationRequirement>>(r => r.OfType<OperationAuthorizationRequirement>().Single().Name == "Delete")));
    }

    [Fact]
    public async Task A_follow_up_action_the_role_may_not_take_is_forbidden_in_scope()
    {
        // Ward staff handle items but only the Front closes them.
        var access = AccessAnswering(AuthorizationResult.Success(), out _, Roles.WardStaff);
        Assert.IsType<ForbidResult>(await access.DenyUnlessAsync(new FollowUpItem { UnitId = 3 }, FollowUpAction.Close));
        Assert.Null(await access.DenyUnlessAsync(new FollowUpItem { UnitId = 3 }, FollowUpAction.Start));
    }

    [Fact]
    public async Task A_follow_up_action_out_of_scope_answers_not_found_whatever_the_role()
    {
        var access = AccessAnswering(FailedBecause(UnitScopedRecordHandler.OutOfScope), out _, Roles.FrontStaff);
        Assert.IsType<NotFoundResult>(await access.DenyUnlessAsync(new FollowUpItem { UnitId = 3 }, FollowUpAction.Close));
    }
}
