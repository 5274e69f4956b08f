using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// The minutes entry's cited figures, results and limitations (ADR 0020). Plain forms that come back to the entry page;
/// a conference outside the user's scope answers 404 whatever id is posted.
/// </summary>
[Authorize(Policy = Policies.RecordKeeping)]
public sealed class MinutesRecordController(MinutesRecord record, MinutesService minutes, ConferenceService conferences, IRecordAuthorization access) : StaffController
{
    [BindProperty(Name = ConferenceService.ReasonField)]
    public string? AmendmentReason { get; set; }

    [HttpPost]
    public Task<IActionResult> AddCitedFigure(int id, [Bind(Prefix = "Cited")] CitedFigureInput input) =>
        WriteAsync(id, c => record.AddCitedFigureAsync(c, input));

    [HttpPost]
    public Task<IActionResult> AddFinding(int id, [Bind(Prefix = "Finding")] FindingInput input) =>
        WriteAsync(id, c => record.AddFindingAsync(c, input));

    /// <summary>Removes a row of this conference; a row of any other conference is not found.</summary>
    [HttpPost]
    public Task<IActionResult> Remove(int id, int partId, bool finding) => WriteAsync(id, c => record.RemoveAsync(c, partId, finding));

    private Task<IActionResult> WriteAsync(int id, Func<Conference, Task> write) => WriteAsync(id, async c => { await write(c); return true; });

    private async Task<IActionResult> WriteAsync(int id, Func<Conference, Task<bool>> write)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (conferences.AdmitChange(conference!, AmendmentReason) is { Allowed: false } refused)
            ModelState.AddModelError(ConferenceService.ReasonField, refused.Refusal!);
        if (ModelState.IsValid && !await write(conference!)) return NotFound();
        if (!ModelState.IsValid) TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return Redirect(Url.Action("Edit", "Minutes", new { id }) + "#" + MinutesRecord.Section);
    }
}
