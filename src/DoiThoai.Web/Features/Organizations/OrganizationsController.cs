using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Organizations;

/// <summary>Organizations of the units in scope: list, detail with history, create, edit, delete.</summary>
[Authorize]
public sealed class OrganizationsController(OrganizationService organizations, HistoryQuery history, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(OrganizationFilter filter, ListOrder order)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(new Organization { UnitId = scope.UnitId }, Operation.Create)));
        return View(await organizations.ListAsync(scope, filter, order));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var organization = await organizations.FindAsync(id);
        if (await access.DenyUnlessAsync(organization, Operation.Read) is { } denied) return denied;
        ViewData.SetPermissions(new(false, await access.MayAsync(organization!, Operation.Update), await access.MayAsync(organization!, Operation.Delete)));
        return View(new OrganizationDetails(await organizations.RowAsync(id), await history.ForAsync(nameof(Organization), id)));
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? unitId)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var input = new OrganizationInput { UnitId = unitId ?? scope.UnitId };
        if (await access.DenyUnlessAsync(new Organization { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        return View("Form", await organizations.FormAsync(scope, input));
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] OrganizationInput input)
    {
        if (await access.DenyUnlessAsync(new Organization { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        await AddProblemsAsync(scope, input);
        if (!ModelState.IsValid) return View("Form", await organizations.FormAsync(scope, input));
        var id = await organizations.CreateAsync(input);
        TempData["Message"] = $"Đã thêm tổ chức \"{input.Name}\".";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var organization = await organizations.FindAsync(id);
        if (await access.DenyUnlessAsync(organization, Operation.Update) is { } denied) return denied;
        return View("Form", await organizations.FormAsync((await GetScopeAsync())!, OrganizationInput.From(organization!)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] OrganizationInput input)
    {
        var organization = await organizations.FindAsync(id);
        if (await access.DenyUnlessAsync(organization, Operation.Update) is { } denied) return denied;
        // Moving it to another unit needs the right to keep records there too.
        if (await access.DenyUnlessAsync(new Organization { UnitId = input.UnitId }, Operation.Update) is { } deniedTarget) return deniedTarget;
        var scope = (await GetScopeAsync())!;
        input.Id = id;
        await AddProblemsAsync(scope, input);
        if (!ModelState.IsValid) return View("Form", await organizations.FormAsync(scope, input));

        if (await organizations.UpdateAsync(organization!, input) is { } conflict)
        {
            ModelState.Remove("Input.Version");
            return View("Form", await organizations.FormAsync(scope, input, conflict));
        }
        TempData["Message"] = "Đã lưu tổ chức.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Delete(int id)
    {
        var organization = await organizations.FindAsync(id);
        if (await access.DenyUnlessAsync(organization, Operation.Delete) is { } denied) return denied;
        return View(await organizations.RowAsync(id));
    }

    [HttpPost, ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id)
    {
        var organization = await organizations.FindAsync(id);
        if (await access.DenyUnlessAsync(organization, Operation.Delete) is { } denied) return denied;
        await organizations.DeleteAsync(organization!);
        TempData["Message"] = $"Đã xóa tổ chức \"{organization!.Name}\".";
        return RedirectToAction(nameof(Index));
    }

    private async Task AddProblemsAsync(UserScope scope, OrganizationInput input)
    {
        foreach (var (field, message) in await organizations.ProblemsAsync(scope, input))
            ModelState.AddModelError($"Input.{field}", message);
    }
}
