using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>Answers the raisers judged unsettled, waiting for the Front's decision (giám sát sau đối thoại).</summary>
public sealed class VerdictsController(VerdictList verdicts) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        await GetScopeAsync() is { } scope ? View("~/Features/Lookup/Unsettled.cshtml", await verdicts.UnsettledAsync(scope)) : Forbid();
}
