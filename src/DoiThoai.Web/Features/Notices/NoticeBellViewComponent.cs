using DoiThoai.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Notices;

/// <summary>"Thông báo" in the menu, with the number of notices the user has not read.</summary>
public sealed class NoticeBellViewComponent(NoticeService notices) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(UserScope scope) =>
        View("~/Features/Notices/_Bell.cshtml", await notices.UnreadCountAsync(scope));
}
