using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Search;

/// <summary>Search by words over the conferences, opinions and petitions, conclusion items and follow-up items of the user's scope.</summary>
[Authorize]
public sealed class SearchController(SearchService search) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(SearchInput input, CancellationToken cancellationToken)
    {
        var scope = await GetScopeAsync();
        // The same rule that lets a role read the records searched; the scope is part of the index's match.
        if (scope is null || !AccessPolicy.RoleAllows(scope.Roles, ResourceKind.Conference, Operation.Read)) return Forbid();
        if (!ModelState.IsValid) return View(SearchPage.NotSearched(input));
        return View(await search.SearchAsync(scope, input, cancellationToken));
    }
}
