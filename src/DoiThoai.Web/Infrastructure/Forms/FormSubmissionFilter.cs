using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// One save per form (ADR 0008). A post whose key was already saved, or whose save lost the race to an identical
/// post (<see cref="FormAlreadySubmittedException"/>), gets the first post's answer, a redirect to what it created,
/// instead of a second record. After a post that saved, its answer is kept with the key for the ones that follow.
/// </summary>
public sealed class FormSubmissionFilter(IFormKeySource keys, AppDbContext db, TimeProvider clock) : IAsyncActionFilter, IAsyncAlwaysRunResultFilter
{
    /// <summary>How long a repeat waits for the first post, still running, to answer.</summary>
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (keys.Current is not { } claim)
        {
            await next();
            return;
        }
        if (await FindAsync(claim.Key) is not null)
        {
            context.Result = await AnswerOfFirstAsync(context.HttpContext, claim);
            return;
        }
        var executed = await next();
        if (executed.Exception is FormAlreadySubmittedException)
        {
            executed.ExceptionHandled = true;
            executed.Result = await AnswerOfFirstAsync(context.HttpContext, claim);
        }
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        await next();
        if (!keys.IsClaimed || keys.Current is not { } claim) return;
        var response = context.HttpContext.Response;
        var answer = response.StatusCode is >= 300 and < 400 ? response.Headers.Location.ToString() : "";
        if (answer.Length > 2048) answer = "";
        await db.FormSubmissions.Where(s => s.Key == claim.Key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Answer, answer), CancellationToken.None);
    }

    /// <summary>The first post's redirect, waiting while it still runs; otherwise a page saying the form was already sent.</summary>
    private async Task<IActionResult> AnswerOfFirstAsync(HttpContext http, FormClaim claim)
    {
        var deadline = clock.GetUtcNow() + WaitForFirst;
        var first = await FindAsync(claim.Key);
        while (first is { Answer: null } && clock.GetUtcNow() < deadline)
        {
            await Task.Delay(50, http.RequestAborted);
            first = await FindAsync(claim.Key);
        }
        if (first is { Answer.Length: > 0 } && first.UserId == claim.UserId) return new RedirectResult(first.Answer);
        return ErrorViewModel.Page(http, StatusCodes.Status409Conflict,
            "Hãy mở lại danh sách hoặc trang của bản ghi để xem nội dung đã lưu; không cần gửi lại.", backUrl: null);
    }

    private Task<FormSubmission?> FindAsync(string key) =>
        db.FormSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key);
}
