using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.PublicNews;

/// <summary>The latest published posts, for the home page.</summary>
public sealed class LatestNewsViewComponent(PublicNewsService news) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int count = 5) =>
        View("~/Features/PublicNews/_Latest.cshtml", await news.LatestAsync(count));
}
