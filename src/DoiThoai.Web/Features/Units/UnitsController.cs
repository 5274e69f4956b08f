using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Units;

/// <summary>The administrative unit tree: read by all staff within scope; changed by administrators only.</summary>
[Authorize]
public sealed class UnitsController(UnitService units, HistoryQuery history, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(string? q, bool showRetired = false)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(Policies.Administration)));
        return View(await units.TreeAsync(scope, q, showRetired));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Read) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        ViewData.SetPermissions(new(await access.MayAsync(Policies.Administration), await access.MayAsync(unit!, Operation.Update))
        {
            MayReplaceTemplates = AccessPolicy.MayReplaceTemplates(scope.Roles, scope.HomePath, unit!.Path),
        });
        return View(await units.DetailsAsync(id, await history.ForAsync(nameof(AdministrativeUnit), id)));
    }

    [HttpGet]
    [Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> Create(int? parentId) =>
        View("Form", new UnitForm(new UnitInput { ParentId = parentId }, await units.ChoicesAsync(_ => true)));

    [HttpPost]
    [Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] UnitInput input)
    {
        if (ModelState.IsValid && await units.CodeTakenAsync(input) is { } taken) ModelState.AddModelError("Input.Code", taken);
        if (input.ParentId is { } parentId && await units.FindAsync(parentId) is not { IsRetired: false })
            ModelState.AddModelError("Input.ParentId", "Đơn vị cấp trên không tồn tại hoặc đã giải thể.");
        if (!ModelState.IsValid) return View("Form", new UnitForm(input, await units.ChoicesAsync(_ => true)));
        var id = await units.CreateAsync(input);
        TempData["Message"] = $"Đã thêm {input.Kind!.Value.Label()} {input.Name}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Update) is { } denied) return denied;
        var input = new UnitInput { Id = id, Version = unit!.Version, Kind = unit.Kind, Name = unit.Name, Code = unit.Code, ParentId = unit.ParentId };
        return View("Form", new UnitForm(input, []));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] UnitInput input)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Update) is { } denied) return denied;
        input.Id = id;
        if (ModelState.IsValid && await units.CodeTakenAsync(input) is { } taken) ModelState.AddModelError("Input.Code", taken);
        if (!ModelState.IsValid) return View("Form", new UnitForm(input, []));
        if (await units.UpdateAsync(unit!, input) is { } conflict)
        {
            ModelState.Remove("Input.Version");
            return View("Form", new UnitForm(input, [], conflict));
        }
        TempData["Message"] = "Đã lưu đơn vị.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Merge(int id)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Update) is { } denied) return denied;
        return View(await MergeFormAsync(unit!, new MergeInput { EffectiveOn = VietnamTime.Today(TimeProvider.System) }));
    }

    [HttpPost]
    public async Task<IActionResult> Merge(int id, [Bind(Prefix = "Input")] MergeInput input)
    {
        var source = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(source, Operation.Update) is { } denied) return denied;
        var target = input.TargetId is { } targetId ? await units.FindAsync(targetId) : null;
        if (input.TargetId is not null && target is null) ModelState.AddModelError("Input.TargetId", "Không tìm thấy đơn vị nhận sáp nhập.");
        if (ModelState.IsValid && await units.MergeAsync(source!, target!, input.EffectiveOn!.Value) is { } problem)
            ModelState.AddModelError("Input.TargetId", problem);
        if (!ModelState.IsValid) return View(await MergeFormAsync(source!, input));
        TempData["Message"] = $"Đã sáp nhập {source!.DisplayName} vào {target!.DisplayName}.";
        return RedirectToAction(nameof(Details), new { id = target.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Retire(int id)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Delete) is { } denied) return denied;
        return View(new RetireForm(await units.RowAsync(id), new RetireInput { RetiredOn = VietnamTime.Today(TimeProvider.System) }));
    }

    [HttpPost]
    public async Task<IActionResult> Retire(int id, [Bind(Prefix = "Input")] RetireInput input)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Delete) is { } denied) return denied;
        if (ModelState.IsValid && await units.RetireAsync(unit!, input.RetiredOn!.Value) is { } problem)
            ModelState.AddModelError("", problem);
        if (!ModelState.IsValid) return View(new RetireForm(await units.RowAsync(id), input));
        TempData["Message"] = $"Đã ghi nhận giải thể {unit!.DisplayName}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<MergeForm> MergeFormAsync(AdministrativeUnit source, MergeInput input) =>
        new(await units.RowAsync(source.Id), input, await units.ChoicesAsync(u => UnitTreeRules.MergeProblem(source, u) is null));
}
