using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Acting on many items selected in the list: assign, answer (typed or from a template), prepare, give the
/// prepared answers, start, close. All or nothing; the result page says what was done to each item.
/// </summary>
public sealed class FollowUpBatchesController(FollowUpRecords records, IRecordAuthorization access) : StaffController
{
    private const string ResultKey = "BatchResult";

    [HttpPost]
    public async Task<IActionResult> Assign([Bind(Prefix = "Bulk")] BulkAssignInput input, string? returnUrl, [FromServices] AssignFollowUps assign)
    {
        var scope = await GetScopeAsync();
        if (scope is null || !AccessPolicy.RoleMayTakeAction(scope.Roles, FollowUpAction.Assign)) return Forbid();
        var (batch, refusal) = await SelectionAsync(input.Parsed());
        var problem = refusal ?? (ModelState.IsValid ? await assign.BulkAssignAsync(batch, input.AsAssignment()) : Errors());
        if (problem is not null) TempData["Error"] = problem;
        else TempData["Message"] = $"Đã giao {batch.Count} nội dung, thời hạn {input.Deadline:dd/MM/yyyy}.";
        return LocalRedirect(Back(returnUrl));
    }

    [HttpPost]
    public async Task<IActionResult> Run([Bind(Prefix = "Bulk")] BatchInput input, string? returnUrl, [FromServices] FollowUpBatches batches)
    {
        var scope = await GetScopeAsync();
        if (scope is null || input.Operation is not { } operation || !FollowUpBatches.RoleMayBatch(scope, operation)) return Forbid();
        var (batch, refusal) = await SelectionAsync(input.Parsed());
        if ((refusal ?? (ModelState.IsValid ? null : Errors())) is { } problem)
        {
            TempData["Error"] = problem;
            return LocalRedirect(Back(returnUrl));
        }
        var (result, batchProblem) = await batches.RunAsync(batch, input);
        if (batchProblem is not null)
        {
            TempData["Error"] = batchProblem;
            return LocalRedirect(Back(returnUrl));
        }
        TempData[ResultKey] = System.Text.Json.JsonSerializer.Serialize(result);
        return RedirectToAction(nameof(Result));
    }

    /// <summary>What the last batch did (kept for one request after it, so a reload does not post it again).</summary>
    [HttpGet]
    public IActionResult Result() =>
        TempData[ResultKey] is string json && System.Text.Json.JsonSerializer.Deserialize<BatchResult>(json) is { } result
            ? View("~/Features/FollowUps/BatchResult.cshtml", result)
            : RedirectToAction(nameof(FollowUpsController.Index), "FollowUps");

    /// <summary>The selected items, each in the user's scope; out of scope and missing read the same, revealing nothing.</summary>
    private async Task<(List<(FollowUpItem Item, Guid Version)> Batch, string? Refusal)> SelectionAsync(IReadOnlyList<(int Id, Guid Version)> selected)
    {
        if (selected.Count == 0) return ([], "Hãy chọn ít nhất một nội dung.");
        if (selected.Count > 500) return ([], "Mỗi lần chỉ xử lý tối đa 500 nội dung.");
        var items = (await records.FindManyAsync(selected.Select(s => s.Id))).ToDictionary(i => i.Id);
        var batch = new List<(FollowUpItem, Guid)>();
        foreach (var (id, version) in selected)
        {
            if (!items.TryGetValue(id, out var item) || !await access.MayAsync(item, Operation.Read))
                return ([], $"Nội dung số {id} không có trong phạm vi của bạn. Chưa thay đổi nội dung nào.");
            batch.Add((item, version));
        }
        return (batch, null);
    }

    private string Errors() => string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());

    private string Back(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(FollowUpsController.Index), "FollowUps")!;
}
