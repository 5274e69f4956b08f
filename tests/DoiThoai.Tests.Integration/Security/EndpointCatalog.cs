using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>One action reachable by one HTTP method, as the app's routing knows it.</summary>
public sealed record PortalEndpoint(
    string Controller, string Action, string Method, string? Template, bool Anonymous, bool IgnoresAntiforgery,
    IReadOnlyList<string> IdParameters, ControllerActionDescriptor Descriptor)
{
    public string Key => $"{Controller}.{Action}";
    public override string ToString() => $"{Method} {Key}" + (Template is null ? "" : $" ({Template})");

    /// <summary>The address, with <paramref name="id"/> in the route's id (or any other route value given).</summary>
    public string Url(object? id = null, IReadOnlyDictionary<string, string>? routeValues = null)
    {
        if (Template is null)
            return $"/{Controller}/{Action}" + (HasRouteId ? $"/{id ?? 1}" : "");
        var path = Regex.Replace(Template, @"\{([^}:?=]+)[^}]*\}", m =>
            m.Groups[1].Value == "id" && id is not null ? id.ToString()!
            : routeValues?.GetValueOrDefault(m.Groups[1].Value) ?? "1");
        return path.StartsWith('/') ? path : "/" + path;
    }

    /// <summary>Whether the id is part of the path (conventional routes take "id" there).</summary>
    public bool HasRouteId => Descriptor.Parameters.Any(p => p.Name == "id");

    /// <summary>The values the path carries: the template's parameters, or "id" on a conventional route that takes one.</summary>
    public IReadOnlyList<string> RouteParameters => Template is null
        ? HasRouteId ? ["id"] : []
        : Regex.Matches(Template, @"\{([^}:?=]+)[^}]*\}").Select(m => m.Groups[1].Value).ToList();
}

public static class EndpointCatalog
{
    /// <summary>Every controller action of the portal, once per HTTP method it answers (GET and POST when it names none).</summary>
    public static IReadOnlyList<PortalEndpoint> All(IServiceProvider services)
    {
        var list = new List<PortalEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["GET", "POST"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var ignoresToken = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>() is not null;
            var ids = action.Parameters
                .Where(p => IsIdType(p.ParameterType) && (p.Name == "id" || p.Name.EndsWith("Id", StringComparison.Ordinal)))
                .Select(p => p.Name).ToList();
            foreach (var method in methods)
                list.Add(new PortalEndpoint(action.ControllerName, action.ActionName, method, action.AttributeRouteInfo?.Template,
                    anonymous, ignoresToken, ids, action));
        }
        return list.DistinctBy(e => (e.Key, e.Method, e.Template)).OrderBy(e => e.Key).ThenBy(e => e.Method).ToList();
    }

    private static bool IsIdType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long));
}
