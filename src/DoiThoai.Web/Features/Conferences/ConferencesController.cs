using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Authorization;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>Conference list, header form, minutes page, printable minutes and deletion.</summary>
[Authorize]
public sealed class ConferencesController(ConferenceService conferences, Audit.HistoryQuery history, IRecordAuthorization access) : StaffController
{
    /// <summary>The form's fields are named "Input.X" after the view model's property.</summary>
    private const string FormPrefix = nameof(ConferenceFormViewModel.Input);

    /// <summary>Why final minutes are being changed; required by <see cref="ConferenceService.AdmitChange"/> once they are final.</summary>
    [BindProperty(Name = ConferenceService.ReasonField)]
    public string? AmendmentReason { get; set; }

    [HttpGet]
    public async Task<IActionResult> Index(ConferenceFilter filter, ListOrder order)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        // The same policy that guards Create below.
        ViewData.SetPermissions(new(await access.MayAsync(Policies.RecordKeeping)));
        return View(await conferences.ListAsync(scope, filter, order));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        var mayUpdate = await access.MayAsync(conference!, Operation.Update);
        ViewData["MayFinalize"] = mayUpdate && AccessPolicy.MayFinalizeMinutes(scope.Roles, scope.UnitId, conference!.UnitId);
        ViewData["MayReopen"] = AccessPolicy.MayReopenMinutes(scope.Roles);
        ViewData.SetPermissions(new(false, mayUpdate, await access.MayAsync(conference!, Operation.Delete)));
        ViewData["History"] = await history.ForAsync(nameof(Conference), id);
        return View(await conferences.DetailsAsync(id));
    }

    /// <summary>Declares the minutes final: from now on every change is an amendment with a reason.</summary>
    [HttpPost]
    public async Task<IActionResult> Finalize(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        if (!AccessPolicy.MayFinalizeMinutes(scope.Roles, scope.UnitId, conference!.UnitId)) return Forbid();
        if (await conferences.FinalizeAsync(conference) is { } refusal) TempData["Error"] = refusal;
        else TempData["Message"] = "Đã hoàn thiện biên bản. Từ nay mỗi thay đổi là một lần sửa đổi và cần ghi lý do.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Turns final minutes back into a draft, with a reason kept as an amendment.</summary>
    [HttpPost]
    public async Task<IActionResult> Reopen(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!AccessPolicy.MayReopenMinutes((await GetScopeAsync())!.Roles)) return Forbid();
        if (await conferences.ReopenAsync(conference!, AmendmentReason) is { } refusal) TempData["Error"] = refusal;
        else TempData["Message"] = "Đã mở lại biên bản thành bản dự thảo.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The minutes to print, headed and dated as the Word file is: by the issuer its organizing body implies, or the one asked for.</summary>
    [HttpGet]
    public async Task<IActionResult> Print(int id, Domain.Documents.IssuerKind? issuerKind, [FromServices] MinutesExport export)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        if (issuerKind is { } asked && !Enum.IsDefined(asked)) issuerKind = null;
        var details = (await conferences.DetailsAsync(id))!;
        var heading = await export.HeadingAsync(conference!, details, await export.DefaultsAsync(conference!, details, issuerKind));
        return View(new MinutesPrintPage(details, heading));
    }

    /// <summary>The minutes as a Word document (biên bản) in the administrative layout.</summary>
    [HttpGet]
    public async Task<IActionResult> Word(int id, [FromServices] MinutesExport export)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        var details = (await conferences.DetailsAsync(id))!;
        return File(await export.CreateAsync(conference!, details), MinutesDocument.ContentType, MinutesDocument.FileName(details));
    }

    [HttpGet]
    [Authorize(Policy = Policies.RecordKeeping)]
    public async Task<IActionResult> Create()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var input = new ConferenceInput { UnitId = scope.UnitId, HeldOn = Domain.VietnamTime.Today(TimeProvider.System) };
        return View("Form", new ConferenceFormViewModel(input, await conferences.FormOptionsAsync(scope)));
    }

    [HttpPost]
    [Authorize(Policy = Policies.RecordKeeping)]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] ConferenceInput input)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new Conference { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        if (!await conferences.OrganizerInScopeAsync(scope, input.OrganizerId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(input.OrganizerId)}", "Cơ quan này không thuộc phạm vi của bạn.");
        if (!ModelState.IsValid) return View("Form", new ConferenceFormViewModel(input, await conferences.FormOptionsAsync(scope)));

        var id = await conferences.CreateAsync(input);
        TempData["Message"] = "Đã tạo hội nghị. Hãy nhập người dự, phát biểu, ý kiến và kết luận.";
        return RedirectToAction("Edit", "Minutes", new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        var input = await conferences.InputAsync(conference!);
        return View("Form", new ConferenceFormViewModel(input, await conferences.FormOptionsAsync(scope)) { MinutesFinal = conference!.MinutesState == MinutesState.Final });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] ConferenceInput input)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (await access.DenyUnlessAsync(new Conference { UnitId = input.UnitId }, Operation.Update) is { } deniedTarget) return deniedTarget;
        var scope = (await GetScopeAsync())!;
        if (!await conferences.OrganizerInScopeAsync(scope, input.OrganizerId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(input.OrganizerId)}", "Cơ quan này không thuộc phạm vi của bạn.");
        input.Id = id;
        foreach (var (field, message) in (await conferences.WithItemizedAsync(input)).TotalRefusals()) ModelState.AddModelError($"{FormPrefix}.{field}", message);
        if (conferences.AdmitChange(conference!, AmendmentReason) is { Allowed: false } refused)
            ModelState.AddModelError(ConferenceService.ReasonField, refused.Refusal!);
        var final = conference!.MinutesState == MinutesState.Final;
        if (!ModelState.IsValid)
            return View("Form", new ConferenceFormViewModel(input, await conferences.FormOptionsAsync(scope)) { MinutesFinal = final, AmendmentReason = AmendmentReason });

        if (await conferences.UpdateAsync(conference!, input) is { } conflict)
        {
            ModelState.Remove($"{FormPrefix}.{nameof(input.Version)}");
            return View("Form", new ConferenceFormViewModel(input, await conferences.FormOptionsAsync(scope), conflict) { MinutesFinal = final, AmendmentReason = AmendmentReason });
        }
        TempData["Message"] = "Đã lưu thông tin hội nghị.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Delete(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Delete) is { } denied) return denied;
        return View(conference);
    }

    [HttpPost, ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Delete) is { } denied) return denied;
        if (conferences.AdmitChange(conference!, AmendmentReason) is { Allowed: false } refused)
        {
            ModelState.AddModelError(ConferenceService.ReasonField, refused.Refusal!);
            return View(conference);
        }
        await conferences.DeleteAsync(conference!);
        TempData["Message"] = $"Đã xóa hội nghị \"{conference!.Title}\".";
        return RedirectToAction(nameof(Index));
    }
}
