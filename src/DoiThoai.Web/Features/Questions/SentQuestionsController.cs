using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Questions;

/// <summary>
/// /Conferences/{id}/cau-hoi-gui-truoc: the organizing office and the Front, within their scope, read the questions
/// sent for a conference with the senders' names and photos, and accept, merge or refuse them. Every action loads the
/// question within the conference named by the address and asks the one authorization call for an update.
/// </summary>
[Authorize(Policy = Policies.RecordKeeping)]
[Route("Conferences/{id:int}/cau-hoi-gui-truoc")]
public sealed class SentQuestionsController(QuestionModeration moderation, FileStore files, IRecordAuthorization access) : StaffController
{
    private const string Page = "~/Features/Questions/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, SentQuestionState? trangThai)
    {
        var conference = await moderation.ConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        return View(Page, await moderation.PageAsync(conference!, ModelState.IsValid ? trangThai : null));
    }

    [HttpPost("{questionId:int}/tiep-nhan")]
    public Task<IActionResult> Accept(int id, int questionId) =>
        ModerateAsync(id, questionId, question => moderation.AcceptAsync(question), "Đã tiếp nhận câu hỏi.");

    [HttpPost("{questionId:int}/khong-tiep-nhan")]
    public Task<IActionResult> Refuse(int id, int questionId, [Bind(Prefix = "Refusal")] RefusalInput input) =>
        ModerateAsync(id, questionId, question => moderation.RefuseAsync(question, input.Reason), "Đã ghi không tiếp nhận, kèm lý do.", onReason: true);

    [HttpPost("{questionId:int}/gop")]
    public Task<IActionResult> Merge(int id, int questionId, [Bind(Prefix = "Merge")] MergeInput input) =>
        ModerateAsync(id, questionId, question => moderation.MergeAsync(question, input.IntoQuestion!.Value), "Đã gộp câu hỏi.");

    /// <summary>The sender's photo, to the question's moderators only, never cached.</summary>
    [HttpGet("{questionId:int}/anh")]
    public async Task<IActionResult> Photo(int id, int questionId)
    {
        var question = await moderation.QuestionAsync(id, questionId);
        if (await access.DenyUnlessAsync(question, Operation.Update) is { } denied) return denied;
        if (question!.PhotoStoredName is not { } stored || !System.IO.File.Exists(files.PathOf(stored))) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(files.PathOf(stored), question.PhotoContentType ?? "application/octet-stream");
    }

    /// <summary>Loads and authorizes the question, runs the step; a refusal comes back next to the question's fields.</summary>
    private async Task<IActionResult> ModerateAsync(int id, int questionId, Func<SentQuestion, Task<string?>> step, string done,
        bool onReason = false)
    {
        var question = await moderation.QuestionAsync(id, questionId);
        if (await access.DenyUnlessAsync(question, Operation.Update) is { } denied) return denied;
        var refusal = ModelState.IsValid ? await step(question!) : ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        if (refusal is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Conferences/{id}/cau-hoi-gui-truoc#q-{questionId}");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(Page, await moderation.PageAsync((await moderation.ConferenceAsync(id))!, null, questionId, refusal, onReason));
    }
}
