using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.News;

/// <summary>The editors' desk: posts of their scope, the draft from a conference, photos, the workflow, comments and polls.</summary>
[Authorize(Policy = Policies.NewsEditing)]
public sealed class NewsController(NewsService news, FileStore files, IRecordAuthorization access) : StaffController
{
    [HttpGet]
    public async Task<IActionResult> Index(NewsPostState? state, string? q, ListOrder order, int page = 1) =>
        View(await news.ListAsync((await GetScopeAsync())!, state, q, page, order));

    [HttpGet]
    public async Task<IActionResult> Create() =>
        View("Edit", await news.EditViewAsync((await GetScopeAsync())!, new NewsPostInput { AuthorLine = NewsService.AuthorLineOf((await GetScopeAsync())!) }, null));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] NewsPostInput input)
    {
        var scope = (await GetScopeAsync())!;
        if (ModelState.IsValid)
        {
            var (post, problem) = await news.CreateAsync(scope, input);
            if (post is not null)
            {
                TempData["Message"] = "Đã lưu bản nháp.";
                return RedirectToAction(nameof(Edit), new { id = post.Id });
            }
            ModelState.AddModelError("Input.ConferenceId", problem!);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", await news.EditViewAsync(scope, input, null));
    }

    /// <summary>"Viết tin từ hội nghị": a draft written from the conference's minutes.</summary>
    [HttpPost]
    public async Task<IActionResult> FromConference(int conferenceId)
    {
        var scope = (await GetScopeAsync())!;
        var post = await news.DraftFromConferenceAsync(scope, conferenceId);
        if (post is null) return NotFound();
        TempData["Message"] = "Đã tạo bản nháp từ hội nghị. Mời biên tập, thêm ảnh rồi đăng.";
        return RedirectToAction(nameof(Edit), new { id = post.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var post = await news.FindAsync(id);
        if (await access.DenyUnlessAsync(post, Operation.Read) is { } denied) return denied;
        return View(await news.EditViewAsync((await GetScopeAsync())!, NewsService.InputOf(post!), post));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] NewsPostInput input)
    {
        var post = await news.FindAsync(id);
        if (await access.DenyUnlessAsync(post, Operation.Update) is { } denied) return denied;
        var scope = (await GetScopeAsync())!;
        if (ModelState.IsValid)
        {
            var (saved, problem) = await news.UpdateAsync(scope, post!, input);
            if (saved)
            {
                TempData["Message"] = "Đã lưu tin bài.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            ModelState.AddModelError("", problem!);
            post = await news.FindAsync(id);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await news.EditViewAsync(scope, input, post));
    }

    [HttpPost]
    public async Task<IActionResult> Act(int id, NewsActionInput input)
    {
        var post = await news.FindAsync(id);
        if (await access.DenyUnlessAsync(post, Operation.Update) is { } denied) return denied;
        if (!ModelState.IsValid) return BadRequest();
        var problem = await news.ActAsync(post!, input);
        if (problem is not null) TempData["Error"] = problem;
        else TempData["Message"] = NewsService.ActedMessage(input, post!, news.NowUtc);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    [RequestSizeLimit(16 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 16 * 1024 * 1024)]
    public async Task<IActionResult> AddPhoto(int id, NewsPhotoInput input)
    {
        var post = await news.FindAsync(id);
        if (await access.DenyUnlessAsync(post, Operation.Update) is { } denied) return denied;
        string? problem = null;
        if (!ModelState.IsValid) problem = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        else
        {
            var (checkedFiles, fileProblem) = files.Check([input.File!], [FileTypes.Jpeg, FileTypes.Png]);
            problem = fileProblem ?? await news.AddPhotoAsync(post!, checkedFiles[0], input.Caption);
        }
        if (problem is not null) TempData["Error"] = problem;
        else TempData["Message"] = "Đã thêm ảnh.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> RemovePhoto(int id, int photoId)
    {
        var post = await news.FindAsync(id);
        if (await access.DenyUnlessAsync(post, Operation.Update) is { } denied) return denied;
        await news.RemovePhotoAsync(post!, photoId);
        TempData["Message"] = "Đã bỏ ảnh.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Comments(NewsCommentState state = NewsCommentState.Pending)
    {
        ViewData["State"] = state;
        return View(await news.CommentsAsync((await GetScopeAsync())!, state));
    }

    [HttpPost]
    public async Task<IActionResult> Moderate(int id, bool approve, Guid version)
    {
        var comment = await news.FindCommentAsync(id);
        if (await access.DenyUnlessAsync(comment, Operation.Update) is { } denied) return denied;
        if (!await news.ModerateAsync(comment!, approve, version)) TempData["Error"] = "Ý kiến vừa được người khác duyệt.";
        else TempData["Message"] = approve ? "Đã duyệt ý kiến." : "Đã từ chối ý kiến.";
        return RedirectToAction(nameof(Comments));
    }

    [HttpGet]
    public async Task<IActionResult> Polls() => View(await news.PollsAsync((await GetScopeAsync())!));

    [HttpPost]
    public async Task<IActionResult> CreatePoll(NewsPollInput input)
    {
        var problem = ModelState.IsValid
            ? await news.CreatePollAsync((await GetScopeAsync())!, input)
            : string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        if (problem is not null) TempData["Error"] = problem;
        else TempData["Message"] = "Đã tạo khảo sát.";
        return RedirectToAction(nameof(Polls));
    }

    [HttpPost]
    public async Task<IActionResult> SetPollOpen(int id, bool open)
    {
        var poll = await news.FindPollAsync(id);
        if (await access.DenyUnlessAsync(poll, Operation.Update) is { } denied) return denied;
        await news.SetPollOpenAsync(poll!, open);
        return RedirectToAction(nameof(Polls));
    }
}
