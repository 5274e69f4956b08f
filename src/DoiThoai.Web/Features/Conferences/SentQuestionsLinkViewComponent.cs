using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// The way from a conference's page to its questions sent before (the Questions feature), with how many there are and how
/// many wait; shown only to those who may moderate them. Read from the records, so this folder does not depend on that one.
/// </summary>
public sealed class SentQuestionsLinkViewComponent(AppDbContext db, IRecordAuthorization access) : ViewComponent
{
    public sealed record SentQuestionsLink(int ConferenceId, int Total, int Pending);

    public async Task<IViewComponentResult> InvokeAsync(int conferenceId)
    {
        var conference = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conferenceId);
        if (conference is null || !await access.MayAsync(conference, Operation.Update)) return Content("");
        var counts = await db.SentQuestions.Where(q => q.ConferenceId == conferenceId)
            .GroupBy(q => 1).Select(g => new { Total = g.Count(), Pending = g.Count(q => q.State == SentQuestionState.Pending) })
            .FirstOrDefaultAsync();
        return View("~/Features/Conferences/_SentQuestionsLink.cshtml", new SentQuestionsLink(conferenceId, counts?.Total ?? 0, counts?.Pending ?? 0));
    }
}
