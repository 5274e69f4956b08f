using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Questions;

/// <summary>The way from a conference's page to its questions sent before, with how many wait; only for their moderators.</summary>
public sealed class SentQuestionsLinkViewComponent(AppDbContext db, IRecordAuthorization access) : ViewComponent
{
    public sealed record Link(int ConferenceId, int Total, int Pending);

    public async Task<IViewComponentResult> InvokeAsync(int conferenceId)
    {
        var conference = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conferenceId);
        if (conference is null || !await access.MayAsync(conference, Operation.Update)) return Content("");
        var counts = await db.SentQuestions.Where(q => q.ConferenceId == conferenceId)
            .GroupBy(q => 1).Select(g => new { Total = g.Count(), Pending = g.Count(q => q.State == SentQuestionState.Pending) })
            .FirstOrDefaultAsync();
        return View("~/Features/Questions/_Link.cshtml", new Link(conferenceId, counts?.Total ?? 0, counts?.Pending ?? 0));
    }
}
