using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DoiThoai.Web.Features.Units;

namespace DoiThoai.Web.Features.AnswerTemplates;

/// <summary>Model answers of the units in scope, per topic or for any topic, filled from each item when used.</summary>
public sealed class AnswerTemplatesController(AppDbContext db, UnitChoices unitChoices, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(ListOrder order, int page = 1)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(new AnswerTemplate { UnitId = scope.UnitId }, Operation.Create)));
        return View(await AnswerTemplateList.ReadAsync(db, scope, order, page));
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (await access.DenyUnlessAsync(new AnswerTemplate { UnitId = scope.UnitId }, Operation.Create) is { } denied) return denied;
        return View("Form", await FormAsync(scope, new TemplateInput { UnitId = scope.UnitId }));
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] TemplateInput input)
    {
        if (await access.DenyUnlessAsync(new AnswerTemplate { UnitId = input.UnitId }, Operation.Create) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        if (!await TopicAllowedAsync(input)) ModelState.AddModelError("Input.TopicId", "Lĩnh vực không thuộc đơn vị đã chọn hoặc cấp trên.");
        if (!ModelState.IsValid) return UnprocessableForm(await FormAsync(scope, input));
        db.AnswerTemplates.Add(new AnswerTemplate { UnitId = input.UnitId, TopicId = input.TopicId, Title = input.Title.Trim(), Body = input.Body.Trim() });
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm mẫu trả lời \"{input.Title.Trim()}\".";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var template = await db.AnswerTemplates.FirstOrDefaultAsync(t => t.Id == id);
        if (await access.DenyUnlessAsync(template, Operation.Update) is { } denied) return denied;
        var input = new TemplateInput { Id = id, Version = template!.Version, UnitId = template.UnitId, TopicId = template.TopicId, Title = template.Title, Body = template.Body };
        return View("Form", await FormAsync((await GetScopeAsync())!, input));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] TemplateInput input)
    {
        var template = await db.AnswerTemplates.FirstOrDefaultAsync(t => t.Id == id);
        if (await access.DenyUnlessAsync(template, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        (input.Id, input.UnitId) = (id, template!.UnitId);
        if (!await TopicAllowedAsync(input)) ModelState.AddModelError("Input.TopicId", "Lĩnh vực không thuộc đơn vị của mẫu hoặc cấp trên.");
        if (!ModelState.IsValid) return UnprocessableForm(await FormAsync(scope, input));
        (template.Title, template.Body, template.TopicId) = (input.Title.Trim(), input.Body.Trim(), input.TopicId);
        if (!await db.TrySaveAsync(template, input.Version))
        {
            ModelState.AddModelError("", "Mẫu vừa được người khác sửa. Hãy mở lại trang; nội dung bạn nhập vẫn còn dưới đây.");
            return UnprocessableForm(await FormAsync(scope, input));
        }
        TempData["Message"] = "Đã lưu mẫu trả lời.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        var template = await db.AnswerTemplates.FirstOrDefaultAsync(t => t.Id == id);
        if (await access.DenyUnlessAsync(template, Operation.Delete) is { } denied) return denied;
        db.AnswerTemplates.Remove(template!);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã xóa mẫu \"{template!.Title}\"; các trả lời đã gửi không thay đổi.";
        return RedirectToAction(nameof(Index));
    }

    private ViewResult UnprocessableForm(TemplateForm form)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Form", form);
    }

    /// <summary>A template's topic must belong to its unit or a unit above (the topics its items can carry).</summary>
    private async Task<bool> TopicAllowedAsync(TemplateInput input)
    {
        if (input.TopicId is not { } topicId) return true;
        var unitPath = await db.Units.Where(u => u.Id == input.UnitId).Select(u => u.Path).FirstOrDefaultAsync();
        return unitPath is not null && await db.Topics.AtOrAbove(unitPath).AnyAsync(t => t.Id == topicId);
    }

    private async Task<TemplateForm> FormAsync(UserScope scope, TemplateInput input)
    {
        var topics = await db.Topics.AsNoTracking().Near(scope)
            .OrderBy(t => t.Name).Select(t => new SelectListItem($"{t.Name} ({t.Unit!.Name})", t.Id.ToString())).ToListAsync();
        return new TemplateForm(input, await unitChoices.ForAsync(scope, activeOnly: true), topics);
    }
}

public sealed record TemplateRow(int Id, string Title, string Body, string UnitName, string? TopicName);

public sealed record TemplateForm(TemplateInput Input, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Topics);

public sealed class TemplateInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Tên mẫu")]
    [Required(ErrorMessage = "Hãy nhập tên mẫu.")]
    [StringLength(200, ErrorMessage = "Tên mẫu không được dài quá 200 ký tự.")]
    public string Title { get; set; } = "";

    [Display(Name = "Nội dung mẫu")]
    [Required(ErrorMessage = "Hãy nhập nội dung mẫu.")]
    [StringLength(4000, ErrorMessage = "Nội dung mẫu không được dài quá 4000 ký tự.")]
    public string Body { get; set; } = "";

    [Display(Name = "Đơn vị")]
    [Range(1, int.MaxValue, ErrorMessage = "Hãy chọn đơn vị.")]
    public int UnitId { get; set; }

    [Display(Name = "Lĩnh vực (để trống: dùng cho mọi lĩnh vực)")]
    public int? TopicId { get; set; }
}
