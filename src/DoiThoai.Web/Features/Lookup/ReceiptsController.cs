using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>The codes of a conference's petitions and their printable receipts, for the staff who read its minutes.</summary>
[Route("Conferences/{id:int}/ma-tra-cuu")]
public sealed class ReceiptsController(AppDbContext db, IRecordAuthorization access) : StaffController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, [FromServices] Receipts receipts)
    {
        var conference = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        return View("~/Features/Lookup/Receipts.cshtml", await receipts.ForAsync(conference!, $"{Request.Scheme}://{Request.Host}"));
    }
}
