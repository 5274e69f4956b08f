using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Calendar;

/// <summary>The announcement of one conference on the public calendar, kept by those who keep its minutes.</summary>
[Route("Conferences/{id:int}/lich")]
public sealed class AnnouncementsController(AppDbContext db, CalendarService calendar, IRecordAuthorization access) : StaffController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id)
    {
        var conference = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        return View("~/Features/Calendar/Edit.cshtml", await calendar.FormAsync(conference!));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] AnnouncementInput input)
    {
        var conference = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("~/Features/Calendar/Edit.cshtml", await calendar.FormAsync(conference!, input));
        }
        await calendar.SaveAsync(conference!, input);
        TempData["Message"] = input.IsPublished ? "Đã lưu và công bố trên lịch đối thoại." : "Đã lưu thông báo (chưa công bố).";
        return Redirect($"/Conferences/Details/{id}");
    }
}
