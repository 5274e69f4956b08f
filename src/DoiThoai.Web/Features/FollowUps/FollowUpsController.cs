using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Authorization;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>"Việc của tôi" and each item's story: assignment, progress, answers, the Front's check and closure.</summary>
[Authorize]
public sealed class FollowUpsController(FollowUpRecords items, FileStore files, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(FollowUpFilter filter, [FromServices] ListFollowUps lists, [FromServices] ItemTemplates templates)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        // Leaders and the Front watch the whole scope rather than a body's own work.
        if (!Request.Query.ContainsKey(nameof(filter.Mine)) && AccessPolicy.WatchesWholeScope(scope.Roles))
            filter.Mine = false;
        var list = await lists.ListAsync(scope, filter);
        if (AccessPolicy.RoleMayTakeAction(scope.Roles, FollowUpAction.Assign))
            list = list with { BulkOrganizations = list.Organizations, Bulk = new BulkAssignInput { Deadline = items.Today.AddDays(30) } };
        if (Enum.GetValues<BatchOperation>().Any(o => FollowUpBatches.RoleMayBatch(scope, o)))
            list = list with
            {
                BatchOperations = Enum.GetValues<BatchOperation>().Where(o => FollowUpBatches.RoleMayBatch(scope, o)).ToList(),
                BatchTemplates = await templates.NearAsync(scope),
            };
        return View(list);
    }

    /// <summary>Splits the item into content items, one per line.</summary>
    [HttpPost]
    public async Task<IActionResult> Split(int id, [Bind(Prefix = "Split")] SplitInput input, [FromServices] FollowUpContentItems contentItems)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Assign) is { } denied) return denied;
        return Done(id, ModelState.IsValid ? await contentItems.SplitAsync(item!, input) : FirstError(), "Đã tách thành các nội dung riêng.");
    }

    /// <summary>Merges the item into another of the same meaning; both must be in the user's scope.</summary>
    [HttpPost]
    public async Task<IActionResult> Merge(int id, [Bind(Prefix = "Merge")] MergeInput input, [FromServices] FollowUpContentItems contentItems)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Assign) is { } denied) return denied;
        if (!ModelState.IsValid) return Done(id, FirstError(), "");
        var target = await items.FindAsync(input.TargetId!.Value);
        if (await access.DenyUnlessAsync(target, Operation.Read) is not null)
            return Done(id, $"Không có nội dung số {input.TargetId} trong phạm vi của bạn.", "");
        var problem = await contentItems.MergeAsync(item!, target!, input.Version);
        if (problem is not null) return Done(id, problem, "");
        TempData["Message"] = $"Đã gộp nội dung số {id} vào nội dung này.";
        return RedirectToAction(nameof(Details), new { id = target!.Id });
    }

    [HttpPost]
    public async Task<IActionResult> Prepare(int id, [Bind(Prefix = "Prepare")] PrepareInput input, [FromServices] ActOnFollowUp act)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Resolve) is { } denied) return denied;
        return Done(id, ModelState.IsValid ? await act.PrepareAsync(item!, input) : FirstError(), "Đã lưu trả lời chuẩn bị sẵn; trả lời được công bố cùng đợt.");
    }

    [HttpPost]
    public async Task<IActionResult> RaiserEmail(int id, [Bind(Prefix = "Raiser")] RaiserEmailInput input, [FromServices] ActOnFollowUp act)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Start) is { } denied) return denied;
        return Done(id, ModelState.IsValid ? await act.SetRaiserEmailAsync(item!, input) : FirstError(), "Đã lưu e-mail người nêu.");
    }

    /// <summary>A template filled for this item, as plain text, for the answer box to take; stays editable there.</summary>
    [HttpGet]
    public async Task<IActionResult> Template(int id, int templateId, [FromServices] ItemTemplates templates)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        return await templates.FillAsync(item!, templateId) is { } text ? Content(text, "text/plain; charset=utf-8") : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Publish(int id, bool publish, Guid version, [FromServices] ActOnFollowUp act)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Start) is { } denied) return denied;
        return Done(id, await act.PublishAsync(item!, publish, version),
            publish ? "Đã công khai kết quả trên trang kiến nghị đã giải quyết." : "Đã thôi công khai.");
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, [FromServices] FollowUpDetails details)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        return View(await details.StoryAsync(item!, (await GetScopeAsync())!));
    }

    [HttpPost]
    public async Task<IActionResult> Assign(int id, [Bind(Prefix = "Assign")] AssignInput input, [FromServices] AssignFollowUps assign,
        [FromServices] FollowUpDetails details)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Assign) is { } denied) return denied;
        var problem = ModelState.IsValid ? await assign.AssignAsync(item!, input) : null;
        if (!ModelState.IsValid || problem is not null)
        {
            if (problem is not null) ModelState.AddModelError("Assign.ResponsibleOrganizationId", problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Details", await details.StoryAsync((await items.FindAsync(id))!, (await GetScopeAsync())!, input));
        }
        TempData["Message"] = "Đã giao xử lý.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Act(int id, ActInput input, [FromServices] ActOnFollowUp act)
    {
        var item = await items.FindAsync(id);
        if (input.Action is not { } action || !FollowUpStateMachine.TakenOnItsPage(action)) return BadRequest();
        if (await access.DenyUnlessAsync(item, action) is { } denied) return denied;
        return Done(id, ModelState.IsValid ? await act.ActAsync(item!, input) : "Dữ liệu không hợp lệ.", Succeeded(action));
    }

    [HttpPost]
    [RequestSizeLimit(64 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
    public async Task<IActionResult> Progress(int id, [Bind(Prefix = "Progress")] ProgressInput input, [FromServices] FollowUpProgress reports,
        [FromServices] FollowUpDetails details)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, FollowUpAction.Start) is { } denied) return denied;
        var (attached, fileProblem) = files.Check(input.Files, FileTypes.Documents);
        if (fileProblem is not null) ModelState.AddModelError("Progress.Files", fileProblem);
        var problem = ModelState.IsValid ? await reports.ReportAsync(item!, input, attached) : null;
        if (!ModelState.IsValid || problem is not null)
        {
            // Shown again with what was typed, the problem next to its field; files must be chosen again.
            if (problem is not null) ModelState.AddModelError("Progress.Text", problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var current = (await items.FindAsync(id))!;
            input.Version = current.Version;
            return View("Details", await details.StoryAsync(current, (await GetScopeAsync())!, progress: input));
        }
        TempData["Message"] = "Đã cập nhật tiến độ.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>An attached file, only to those who may read its item, always as a download under its cleaned name.</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(long id, [FromServices] FollowUpProgress reports)
    {
        var (attachment, item) = await reports.AttachmentAsync(id);
        if (await access.DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        var path = files.PathOf(attachment!.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }

    [HttpPost]
    public async Task<IActionResult> Monitor(int id, MonitorInput input, [FromServices] ActOnFollowUp act)
    {
        var item = await items.FindAsync(id);
        if (await access.DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        if (!AccessPolicy.MayMonitor(scope.Roles)) return Forbid();
        if (!ModelState.IsValid)
            return Done(id, string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), "");
        await act.MonitorAsync(item!, input);
        return Done(id, null, "Đã ghi ý kiến giám sát.");
    }

    private static string Succeeded(FollowUpAction action) => action switch
    {
        FollowUpAction.Start => "Đã chuyển sang đang giải quyết.",
        FollowUpAction.Resolve => "Đã ghi kết quả giải quyết.",
        FollowUpAction.Explain => "Đã ghi giải trình.",
        FollowUpAction.Transfer => "Đã chuyển nội dung; hãy giao lại cho cơ quan tiếp nhận.",
        FollowUpAction.Close => "Đã đóng nội dung sau khi kiểm tra.",
        FollowUpAction.Reopen => "Đã mở lại nội dung.",
        _ => "Đã lưu.",
    };

    private string FirstError() => ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault() ?? "Dữ liệu không hợp lệ.";

    private RedirectToActionResult Done(int id, string? problem, string success)
    {
        if (problem is null) TempData["Message"] = success;
        else TempData["Error"] = problem;
        return RedirectToAction(nameof(Details), new { id });
    }
}
