using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>The "Câu hỏi gửi trước" section of the entry page; the page itself was authorized for an update of the conference.</summary>
public sealed class AcceptedQuestionsViewComponent(MinutesService minutes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int conferenceId) =>
        await minutes.FindConferenceAsync(conferenceId) is { } conference
            ? View("~/Features/Minutes/_SentQuestions.cshtml", await minutes.AcceptedQuestionsAsync(conference))
            : Content("");
}
