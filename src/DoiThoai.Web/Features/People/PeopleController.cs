using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DoiThoai.Web.Features.Units;

namespace DoiThoai.Web.Features.People;

/// <summary>
/// The people catalogue of the units in scope: who chairs, speaks and raises petitions. Editing a
/// person's current position leaves the position recorded in past minutes unchanged.
/// </summary>
[Authorize]
public sealed class PeopleController(AppDbContext db, UnitChoices unitChoices, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(new Person { UnitId = scope.UnitId }, Operation.Create)));
        var query = db.People.AsNoTracking().InScope(scope);
        foreach (var word in VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(p => p.SearchText.Contains(word));
        var list = await PagedList<PersonRow>.CreateAsync(query.OrderBy(p => p.FullName)
            .Select(p => new PersonRow(p.Id, p.FullName, p.Position, p.Organization!.Name, p.Unit!.Name)), page);
        return View(new PeopleList(q, list));
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new Person { UnitId = scope.UnitId }, Operation.Create) is { } denied) return denied;
        return View("Form", await FormAsync(scope, new PersonInput { UnitId = scope.UnitId }));
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] PersonInput input)
    {
        if (await access.DenyUnlessAsync(new Person { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        await CheckOrganizationAsync(scope, input);
        if (!ModelState.IsValid) return View("Form", await FormAsync(scope, input));
        db.People.Add(input.ApplyTo(new Person()));
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm {input.FullName}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id);
        if (await access.DenyUnlessAsync(person, Operation.Update) is { } denied) return denied;
        return View("Form", await FormAsync((await GetScopeAsync())!, PersonInput.From(person!)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] PersonInput input)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id);
        if (await access.DenyUnlessAsync(person, Operation.Update) is { } denied) return denied;
        if (await access.DenyUnlessAsync(new Person { UnitId = input.UnitId }, Operation.Update) is { } deniedTarget) return deniedTarget;
        var scope = (await GetScopeAsync())!;
        input.Id = id;
        await CheckOrganizationAsync(scope, input);
        if (!ModelState.IsValid) return View("Form", await FormAsync(scope, input));
        input.ApplyTo(person!);
        if (!await db.TrySaveAsync(person!, input.Version))
        {
            ModelState.AddModelError("", "Người này vừa được người khác sửa. Hãy mở lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn dưới đây.");
            return View("Form", await FormAsync(scope, input));
        }
        TempData["Message"] = $"Đã lưu {input.FullName}.";
        return RedirectToAction(nameof(Index));
    }

    private async Task CheckOrganizationAsync(UserScope scope, PersonInput input)
    {
        if (input.OrganizationId is { } organizationId && !await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizationId))
            ModelState.AddModelError("Input.OrganizationId", "Tổ chức này không thuộc phạm vi của bạn.");
    }

    private async Task<PersonForm> FormAsync(UserScope scope, PersonInput input) => new(input,
        await unitChoices.ForAsync(scope, activeOnly: true),
        await db.Organizations.AsNoTracking().InScope(scope).OrderBy(o => o.Unit!.Path).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync());
}

public sealed record PeopleList(string? Q, PagedList<PersonRow> List);

public sealed record PersonRow(int Id, string FullName, string? Position, string? Organization, string UnitName);

public sealed record PersonForm(PersonInput Input, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Organizations);

public sealed class PersonInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
    public string FullName { get; set; } = "";

    [Display(Name = "Chức vụ hiện nay")]
    [StringLength(300, ErrorMessage = "Chức vụ không được dài quá 300 ký tự.")]
    public string? Position { get; set; }

    [Display(Name = "Tổ chức")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Đơn vị")]
    [Required(ErrorMessage = "Hãy chọn đơn vị.")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    public static PersonInput From(Person p) =>
        new() { Id = p.Id, Version = p.Version, FullName = p.FullName, Position = p.Position, OrganizationId = p.OrganizationId, UnitId = p.UnitId };

    public Person ApplyTo(Person p)
    {
        p.FullName = FullName.Trim();
        p.Position = string.IsNullOrWhiteSpace(Position) ? null : Position.Trim();
        p.OrganizationId = OrganizationId;
        p.UnitId = UnitId;
        return p;
    }
}
