using DoiThoai.Web.Features.News;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>
/// /tra-cuu: anyone with a code reads where their petition stands and, once answered, says whether the answer settled
/// it. Rate-limited per address, never cached, and the same page for an unknown or a malformed code (no enumeration).
/// </summary>
[AllowAnonymous]
[Route("tra-cuu")]
public sealed class LookupController(LookupService lookup, Captcha captcha) : Controller
{
    [HttpGet("")]
    [EnableRateLimiting(LookupServices.LookupLimit)]
    public async Task<IActionResult> Index(string? ma, bool daGui = false)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(ma)) return View(new LookupPage(null, false, null, null, null, false));
        var result = await lookup.FindAsync(ma);
        var askVerdict = result?.Items.Any(i => i.AcceptsVerdict) == true;
        return View(new LookupPage(ma.Trim(), true, result, askVerdict ? captcha.Create() : null, null, daGui));
    }

    [HttpPost("y-kien")]
    [EnableRateLimiting(LookupServices.LookupLimit)]
    public async Task<IActionResult> Verdict(VerdictInput input)
    {
        Response.Headers.CacheControl = "no-store";
        if (ModelState.IsValid && captcha.Check(input.CaptchaToken, input.CaptchaAnswer) is var checkedCode && checkedCode != CaptchaResult.Passed)
            ModelState.AddModelError(nameof(input.CaptchaAnswer), Captcha.Message(checkedCode));
        if (ModelState.IsValid && await lookup.GiveVerdictAsync(input) is { } refusal)
            ModelState.AddModelError(nameof(input.Verdict), refusal);
        if (ModelState.IsValid) return Redirect($"/tra-cuu?ma={Uri.EscapeDataString(input.Code!)}&daGui=true");

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        input.CaptchaAnswer = null;
        ModelState.Remove(nameof(input.CaptchaAnswer));
        return View("Index", new LookupPage(input.Code, true, await lookup.FindAsync(input.Code), captcha.Create(), input, false));
    }
}
