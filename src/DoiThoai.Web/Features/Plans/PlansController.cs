using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Plans;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Plans;

/// <summary>Yearly dialogue plans per unit: list, header form, the plan page with its entries, linking held conferences.</summary>
public sealed class PlansController(PlanService plans, IRecordAuthorization access) : StaffController
{
    private const string FormPrefix = "Input";
    private const string EntryPrefix = "NewEntry";

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? unitId, ListOrder order)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var y = year is >= 2000 and <= 2100 ? year.Value : plans.Today.Year;
        return View(await plans.ListAsync(scope, y, unitId, await access.MayAsync(new DialoguePlan { UnitId = scope.UnitId }, Operation.Create), order));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var plan = await plans.FindAsync(id);
        if (await access.DenyUnlessAsync(plan, Operation.Read) is { } denied) return denied;
        return View(await plans.PageAsync(plan!, await access.MayAsync(plan!, Operation.Update)));
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? year)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new DialoguePlan { UnitId = scope.UnitId }, Operation.Create) is { } denied) return denied;
        var input = new PlanInput { UnitId = scope.UnitId, Year = year ?? plans.Today.Year };
        return View("Form", new PlanFormPage(null, input, await plans.UnitChoicesAsync(scope)));
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] PlanInput input)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new DialoguePlan { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        if (ModelState.IsValid && await plans.CheckPlanAsync(input, null) is { } refusal)
            ModelState.AddModelError($"{FormPrefix}.{nameof(input.Year)}", refusal);
        if (!ModelState.IsValid) return View("Form", new PlanFormPage(null, input, await plans.UnitChoicesAsync(scope)));
        var id = await plans.CreateAsync(input);
        TempData["Message"] = "Đã lập kế hoạch. Hãy thêm các cuộc đối thoại dự kiến.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var plan = await plans.FindAsync(id);
        if (await access.DenyUnlessAsync(plan, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        var input = new PlanInput { Version = plan!.Version, UnitId = plan.UnitId, Year = plan.Year, DocumentNumber = plan.DocumentNumber, Note = plan.Note };
        return View("Form", new PlanFormPage(id, input, await plans.UnitChoicesAsync(scope)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] PlanInput input)
    {
        var plan = await plans.FindAsync(id);
        if (await access.DenyUnlessAsync(plan, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        input.UnitId = plan!.UnitId; // A plan stays with its unit.
        if (ModelState.IsValid && await plans.CheckPlanAsync(input, id) is { } refusal)
            ModelState.AddModelError($"{FormPrefix}.{nameof(input.Year)}", refusal);
        if (ModelState.IsValid && !await plans.UpdateAsync(plan, input))
            ModelState.AddModelError("", "Kế hoạch vừa được người khác sửa. Hãy tải lại trang và sửa lại.");
        if (!ModelState.IsValid) return View("Form", new PlanFormPage(id, input, await plans.UnitChoicesAsync(scope)));
        TempData["Message"] = "Đã lưu kế hoạch.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        var plan = await plans.FindAsync(id);
        if (await access.DenyUnlessAsync(plan, Operation.Delete) is { } denied) return denied;
        await plans.DeleteAsync(plan!);
        TempData["Message"] = "Đã xóa kế hoạch.";
        return RedirectToAction(nameof(Index), new { year = plan!.Year });
    }

    [HttpPost]
    public async Task<IActionResult> AddEntry(int id, [Bind(Prefix = EntryPrefix)] PlanEntryInput input)
    {
        var plan = await plans.FindAsync(id);
        if (await access.DenyUnlessAsync(plan, Operation.Update) is { } denied) return denied;
        if (ModelState.IsValid && await plans.CheckEntryAsync(plan!, input, null) is { } refusal)
            ModelState.AddModelError($"{EntryPrefix}.{nameof(input.ConferenceId)}", refusal);
        if (!ModelState.IsValid) return View("Details", await plans.PageAsync(plan!, canEdit: true, input));
        await plans.AddEntryAsync(plan!, input);
        TempData["Message"] = "Đã thêm cuộc đối thoại vào kế hoạch.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> EditEntry(int id)
    {
        var entry = await plans.FindEntryAsync(id);
        if (await access.DenyUnlessAsync(entry, Operation.Update) is { } denied) return denied;
        var plan = (await plans.FindAsync(entry!.PlanId))!;
        var input = new PlanEntryInput { Version = entry.Version, Month = entry.Month, Topic = entry.Topic, LeadBy = entry.LeadBy, ConferenceId = entry.ConferenceId };
        return View("EntryForm", new PlanEntryFormPage(plan.Id, id, $"Kế hoạch năm {plan.Year}", input, await plans.ConferenceChoicesAsync(plan, id)));
    }

    [HttpPost]
    public async Task<IActionResult> EditEntry(int id, [Bind(Prefix = FormPrefix)] PlanEntryInput input)
    {
        var entry = await plans.FindEntryAsync(id);
        if (await access.DenyUnlessAsync(entry, Operation.Update) is { } denied) return denied;
        var plan = (await plans.FindAsync(entry!.PlanId))!;
        if (ModelState.IsValid && await plans.CheckEntryAsync(plan, input, id) is { } refusal)
            ModelState.AddModelError($"{FormPrefix}.{nameof(input.ConferenceId)}", refusal);
        if (ModelState.IsValid && !await plans.UpdateEntryAsync(entry, input))
            ModelState.AddModelError("", "Nội dung này vừa được người khác sửa. Hãy tải lại trang và sửa lại.");
        if (!ModelState.IsValid)
            return View("EntryForm", new PlanEntryFormPage(plan.Id, id, $"Kế hoạch năm {plan.Year}", input, await plans.ConferenceChoicesAsync(plan, id)));
        TempData["Message"] = "Đã lưu.";
        return RedirectToAction(nameof(Details), new { id = plan.Id });
    }

    [HttpPost]
    public async Task<IActionResult> DeleteEntry(int id)
    {
        var entry = await plans.FindEntryAsync(id);
        if (await access.DenyUnlessAsync(entry, Operation.Delete) is { } denied) return denied;
        await plans.DeleteEntryAsync(entry!);
        TempData["Message"] = "Đã xóa khỏi kế hoạch.";
        return RedirectToAction(nameof(Details), new { id = entry!.PlanId });
    }
}
