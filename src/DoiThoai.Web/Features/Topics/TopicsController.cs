using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DoiThoai.Web.Features.Units;

namespace DoiThoai.Web.Features.Topics;

/// <summary>Topic catalogues (lĩnh vực) of the units in scope, with how many opinions and petitions each holds.</summary>
[Authorize]
public sealed class TopicsController(AppDbContext db, UnitChoices unitChoices, TopicList list, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(TopicListQuery query)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(new Topic { UnitId = scope.UnitId }, Operation.Create)));
        return View(await list.ReadAsync(scope, query));
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new Topic { UnitId = scope.UnitId }, Operation.Create) is { } denied) return denied;
        return View("Form", new TopicForm(new TopicInput { UnitId = scope.UnitId }, await unitChoices.ForAsync(scope, activeOnly: true)));
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] TopicInput input)
    {
        if (await access.DenyUnlessAsync(new Topic { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        var folded = VietnameseText.Fold(input.Name);
        if (await db.Topics.AnyAsync(t => t.UnitId == input.UnitId && t.SearchText == folded))
            ModelState.AddModelError("Input.Name", "Đơn vị đã có lĩnh vực này.");
        if (!ModelState.IsValid) return View("Form", new TopicForm(input, await unitChoices.ForAsync((await GetScopeAsync())!, activeOnly: true)));
        db.Topics.Add(new Topic { Name = input.Name.Trim(), UnitId = input.UnitId });
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm lĩnh vực \"{input.Name}\".";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == id);
        if (await access.DenyUnlessAsync(topic, Operation.Update) is { } denied) return denied;
        var input = new TopicInput { Id = id, Version = topic!.Version, Name = topic.Name, UnitId = topic.UnitId };
        return View("Form", new TopicForm(input, []));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] TopicInput input)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == id);
        if (await access.DenyUnlessAsync(topic, Operation.Update) is { } denied) return denied;
        input.Id = id;
        // A topic stays in its unit: the form does not post one, and the unit rule must not refuse the rename.
        input.UnitId = topic!.UnitId;
        ModelState.Remove("Input.UnitId");
        if (!ModelState.IsValid) return View("Form", new TopicForm(input, []));
        topic.Name = input.Name.Trim();
        if (!await db.TrySaveAsync(topic, input.Version))
        {
            ModelState.AddModelError("", "Lĩnh vực vừa được người khác sửa. Hãy mở lại trang; nội dung bạn nhập vẫn còn dưới đây.");
            return View("Form", new TopicForm(input, []));
        }
        TempData["Message"] = "Đã đổi tên lĩnh vực; các kiến nghị đã gắn vẫn giữ nguyên.";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record TopicForm(TopicInput Input, IReadOnlyList<SelectListItem> Units);

public sealed class TopicInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Tên lĩnh vực")]
    [Required(ErrorMessage = "Hãy nhập tên lĩnh vực.")]
    [StringLength(200, ErrorMessage = "Tên lĩnh vực không được dài quá 200 ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Đơn vị")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }
}
