using DoiThoai.Web.Authorization;
using DoiThoai.Web.Features.Conferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>"Đánh dấu đã nêu" on the minutes entry page: an accepted question sent before becomes a petition of the minutes.</summary>
[Authorize(Policy = Policies.RecordKeeping)]
public sealed class RaisedQuestionsController(MinutesService minutes, IRecordAuthorization access) : StaffController
{
    [HttpPost("Conferences/{id:int}/cau-hoi-gui-truoc/{questionId:int}/da-neu")]
    public async Task<IActionResult> Raise(int id, int questionId, [FromForm(Name = ConferenceService.ReasonField)] string? amendmentReason)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (await minutes.RaiseQuestionAsync(conference!, questionId, amendmentReason) is { } refusal) TempData["Error"] = refusal;
        else TempData["Message"] = "Đã đánh dấu câu hỏi là đã nêu và thêm vào ý kiến, kiến nghị của biên bản.";
        return Redirect($"/Minutes/Edit/{id}#{Sections.Petitions}");
    }
}
