using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Foundation;

[Collection(ReadOnlyPortal.Name)]
public class EndpointAuthorizationTests(PortalFactory factory)
{
    /// <summary>
    /// A new action must say who may reach it. The fallback policy would require sign-in anyway,
    /// but a rule left implicit is a rule nobody reviewed.
    /// </summary>
    [Fact]
    public void Every_controller_action_has_an_explicit_authorization_rule()
    {
        factory.CreateClient();
        var actions = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .ToList();
        Assert.NotEmpty(actions);

        var unmarked = actions
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.DisplayName)
            .ToList();
        Assert.True(unmarked.Count == 0, "Actions without [Authorize] or [AllowAnonymous]: " + string.Join(", ", unmarked));
    }

    [Fact]
    public void Anonymous_actions_are_only_public_pages_and_sign_in()
    {
        factory.CreateClient();
        var anonymousControllers = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerName)
            .OfType<string>()
            .ToHashSet();
        Assert.Subset(new HashSet<string> { "Home", "Error", "Account", "PublicPetitions", "PublicNews", "Polls", "PublicCalendar", "Lookup", "PublicQuestions" }, anonymousControllers);
    }
}
