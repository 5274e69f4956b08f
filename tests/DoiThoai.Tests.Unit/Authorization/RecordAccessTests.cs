using System.Security.Claims;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Moq;

namespace DoiThoai.Tests.Unit.Authorization;

public class RecordAccessTests
{
    private static RecordAccess AccessAnswering(AuthorizationResult result, out Mock<IAuthorizationService> authorization)
    {
        authorization = new Mock<IAuthorizationService>();
        authorization
            .Setup(a => a.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(), It.IsAny<IEnumerable<IAuthorizationRequirement>>()))
            .ReturnsAsync(result);
        var http = new Mock<IHttpContextAccessor>();
        http.Setup(h => h.HttpContext).Returns(new DefaultHttpContext());
        return new RecordAccess(authorization.Object, http.Object);
    }

    private static AuthorizationResult FailedBecause(string reason) =>
        AuthorizationResult.Failed(AuthorizationFailure.Failed([new AuthorizationFailureReason(Mock.Of<IAuthorizationHandler>(), reason)]));

    [Fact]
    public async Task Out_of_scope_answers_not_found()
    {
        var access = AccessAnswering(FailedBecause(UnitScopedRecordHandler.OutOfScope), out _);
        Assert.Equal(AccessResult.NotFound, await access.CheckAsync(new Organization { UnitId = 3 }, Operation.Read));
    }

    [Fact]
    public async Task Role_denied_in_scope_answers_forbidden()
    {
        var access = AccessAnswering(FailedBecause(UnitScopedRecordHandler.RoleDenied), out _);
        Assert.Equal(AccessResult.Forbidden, await access.CheckAsync(new Organization { UnitId = 3 }, Operation.Update));
    }

    [Fact]
    public async Task A_missing_record_answers_not_found_without_asking_the_policy()
    {
        var access = AccessAnswering(AuthorizationResult.Success(), out var authorization);
        Assert.Equal(AccessResult.NotFound, await access.CheckAsync(null, Operation.Read));
        authorization.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Success_allows_and_names_the_operation()
    {
        var access = AccessAnswering(AuthorizationResult.Success(), out var authorization);
        Assert.Equal(AccessResult.Allowed, await access.CheckAsync(new Organization { UnitId = 3 }, Operation.Delete));
        authorization.Verify(a => a.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(),
            It.Is<IEnumerable<IAuthorizationRequirement>>(r => r.OfType<OperationAuthorizationRequirement>().Single().Name == "Delete")));
    }
}
