using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Authorization;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>"Việc của tôi" and each item's story: assignment, progress, answers, the Front's check and closure.</summary>
[Authorize]
public sealed class FollowUpsController(FollowUpService followUps, FileStore files) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(FollowUpFilter filter)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        // Leaders and the Front watch the whole scope rather than a body's own work.
        if (!Request.Query.ContainsKey(nameof(filter.Mine)) && (scope.Roles.Contains(Roles.Leader) || scope.Roles.Contains(Roles.FrontStaff)))
            filter.Mine = false;
        var list = await followUps.ListAsync(scope, filter);
        if (AccessPolicy.RoleMayTakeAction(scope.Roles, FollowUpAction.Assign))
            list = list with { BulkOrganizations = await followUps.OrganizationsNearAsync(scope), Bulk = new BulkAssignInput { Deadline = followUps.Today.AddDays(30) } };
        return View(list);
    }

    /// <summary>Assigns every selected item, or none: one item out of scope, in a wrong state or changed meanwhile refuses the batch.</summary>
    [HttpPost]
    public async Task<IActionResult> BulkAssign([Bind(Prefix = "Bulk")] BulkAssignInput input, string? returnUrl)
    {
        var scope = await GetScopeAsync();
        if (scope is null || !AccessPolicy.RoleMayTakeAction(scope.Roles, FollowUpAction.Assign)) return Forbid();
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(Index))!;
        var selected = input.Parsed();
        if (selected.Count == 0) ModelState.AddModelError("Bulk.Selected", "Hãy chọn ít nhất một nội dung để giao.");
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return LocalRedirect(back);
        }

        var items = (await followUps.FindManyAsync(selected.Select(s => s.Id))).ToDictionary(i => i.Id);
        var access = HttpContext.RequestServices.GetRequiredService<RecordAccess>();
        var batch = new List<(FollowUpItem, Guid)>();
        foreach (var (id, version) in selected)
        {
            // Out of scope and missing read the same, so the message reveals nothing about other wards.
            if (!items.TryGetValue(id, out var item) || await access.CheckAsync(item, Operation.Read) != AccessResult.Allowed)
            {
                TempData["Error"] = $"Nội dung số {id} không có trong phạm vi của bạn. Chưa giao nội dung nào.";
                return LocalRedirect(back);
            }
            batch.Add((item, version));
        }
        var problem = await followUps.BulkAssignAsync(batch, input.AsAssignment());
        if (problem is not null) TempData["Error"] = problem;
        else TempData["Message"] = $"Đã giao {batch.Count} nội dung, thời hạn {input.Deadline:dd/MM/yyyy}.";
        return LocalRedirect(back);
    }

    [HttpPost]
    public async Task<IActionResult> Publish(int id, bool publish, Guid version)
    {
        var item = await followUps.FindAsync(id);
        if (await DenyAsync(item, FollowUpAction.Start) is { } denied) return denied;
        return Done(id, await followUps.PublishAsync(item!, publish, version),
            publish ? "Đã công khai kết quả trên trang kiến nghị đã giải quyết." : "Đã thôi công khai.");
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var item = await followUps.FindAsync(id);
        if (await DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        return View(await followUps.StoryAsync(item!, (await GetScopeAsync())!));
    }

    [HttpPost]
    public async Task<IActionResult> Assign(int id, [Bind(Prefix = "Assign")] AssignInput input)
    {
        var item = await followUps.FindAsync(id);
        if (await DenyAsync(item, FollowUpAction.Assign) is { } denied) return denied;
        var problem = ModelState.IsValid ? await followUps.AssignAsync(item!, input) : null;
        if (!ModelState.IsValid || problem is not null)
        {
            if (problem is not null) ModelState.AddModelError("Assign.ResponsibleOrganizationId", problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Details", await followUps.StoryAsync((await followUps.FindAsync(id))!, (await GetScopeAsync())!, input));
        }
        TempData["Message"] = "Đã giao xử lý.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Act(int id, ActInput input)
    {
        var item = await followUps.FindAsync(id);
        // Assigning needs a body and a deadline (its own form); answers on the spot are given in the minutes.
        if (input.Action is not { } action || action is FollowUpAction.Assign or FollowUpAction.AnswerOnTheSpot) return BadRequest();
        if (await DenyAsync(item, action) is { } denied) return denied;
        return Done(id, ModelState.IsValid ? await followUps.ActAsync(item!, input) : "Dữ liệu không hợp lệ.", Succeeded(action));
    }

    [HttpPost]
    [RequestSizeLimit(64 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
    public async Task<IActionResult> Progress(int id, [Bind(Prefix = "Progress")] ProgressInput input)
    {
        var item = await followUps.FindAsync(id);
        if (await DenyAsync(item, FollowUpAction.Start) is { } denied) return denied;
        var (attached, fileProblem) = files.Check(input.Files, FileTypes.Documents);
        if (fileProblem is not null) ModelState.AddModelError("Progress.Files", fileProblem);
        var problem = ModelState.IsValid ? await followUps.ProgressAsync(item!, input, attached) : null;
        if (!ModelState.IsValid || problem is not null)
        {
            // Shown again with what was typed, the problem next to its field; files must be chosen again.
            if (problem is not null) ModelState.AddModelError("Progress.Text", problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var current = (await followUps.FindAsync(id))!;
            input.Version = current.Version;
            return View("Details", await followUps.StoryAsync(current, (await GetScopeAsync())!, progress: input));
        }
        TempData["Message"] = "Đã cập nhật tiến độ.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>An attached file, only to those who may read its item, always as a download under its cleaned name.</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(long id)
    {
        var (attachment, item) = await followUps.AttachmentAsync(id);
        if (await DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        var path = files.PathOf(attachment!.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }

    [HttpPost]
    public async Task<IActionResult> Monitor(int id, MonitorInput input)
    {
        var item = await followUps.FindAsync(id);
        if (await DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        if (!scope.IsAdministrator && !scope.Roles.Contains(Roles.FrontStaff)) return Forbid();
        if (!ModelState.IsValid)
            return Done(id, string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), "");
        await followUps.MonitorAsync(item!, input);
        return Done(id, null, "Đã ghi ý kiến giám sát.");
    }

    /// <summary>The item must be in scope (else 404) and the role must allow the action (else 403).</summary>
    private async Task<IActionResult?> DenyAsync(FollowUpItem? item, FollowUpAction action)
    {
        if (await DenyUnlessAsync(item, Operation.Read) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        return AccessPolicy.RoleMayTakeAction(scope.Roles, action) ? null : Forbid();
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

    private RedirectToActionResult Done(int id, string? problem, string success)
    {
        if (problem is null) TempData["Message"] = success;
        else TempData["Error"] = problem;
        return RedirectToAction(nameof(Details), new { id });
    }
}
