using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.PublicNews.Polls;

/// <summary>The open polls (khảo sát): one vote per poll for a signed visitor cookie and one for a client address, results after voting.</summary>
[AllowAnonymous]
[Route("khao-sat")]
public sealed class PollsController(PublicNewsService news) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("~/Features/PublicNews/Polls/Polls.cshtml", await news.OpenPollsAsync());

    [HttpPost("{id:int}")]
    [EnableRateLimiting(PublicNewsServices.VoteLimit)]
    public async Task<IActionResult> Vote(int id, int optionId, [FromServices] PollVoters voters)
    {
        if (await news.VoteAsync(id, optionId, await voters.IdentifyAsync(HttpContext))) TempData["Message"] = "Cảm ơn bạn đã tham gia khảo sát.";
        else TempData["Error"] = "Bạn (hoặc một máy khác cùng địa chỉ mạng) đã tham gia khảo sát này, hoặc khảo sát đã đóng.";
        return Redirect("/khao-sat");
    }
}
