using DoiThoai.Web.Authorization;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Notices;

/// <summary>Due-soon and overdue notices about the items in the user's scope, newest first.</summary>
public sealed class NoticesController(NoticeService notices) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(ListOrder order, int page = 1)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        return View(await notices.ListAsync(scope, page, order));
    }

    [HttpPost]
    public async Task<IActionResult> MarkAllRead()
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        var unread = await notices.MarkAllReadAsync(scope);
        TempData["Message"] = unread.Count == 0 ? "Không có thông báo mới." : $"Đã đánh dấu {unread.Spoken} thông báo là đã đọc.";
        return RedirectToAction(nameof(Index));
    }
}
