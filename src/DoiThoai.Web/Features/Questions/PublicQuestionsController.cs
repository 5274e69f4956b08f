using DoiThoai.Web.Features.News;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DoiThoai.Web.Features.Questions;

/// <summary>
/// /lich-doi-thoai/{id}/gui-cau-hoi: a person sends a question for an announced conference not yet held and is shown
/// its code at once. Public, rate-limited per address, behind the public site's captcha, whose token passes once, so
/// a resent form saves nothing twice. Never cached: the page carries a fresh captcha, the answer the sender's code.
/// </summary>
[AllowAnonymous]
[Route("lich-doi-thoai/{id:int}/gui-cau-hoi")]
public sealed class PublicQuestionsController(QuestionSending sending, FileStore files, Captcha captcha) : Controller
{
    private const string Form = "~/Features/Questions/Send.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Send(int id)
    {
        Response.Headers.CacheControl = "no-store";
        if (await sending.TargetAsync(id) is not { } target) return NotFound();
        return View(Form, await sending.FormAsync(target, new QuestionInput(), target.Open ? captcha.Create() : null));
    }

    [HttpPost("")]
    [EnableRateLimiting(QuestionServices.SendLimit)]
    [RequestSizeLimit(QuestionSending.MaxPhotoBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = QuestionSending.MaxPhotoBytes + 1024 * 1024)]
    public async Task<IActionResult> Send(int id, QuestionInput input, IFormFile? photo)
    {
        Response.Headers.CacheControl = "no-store";
        if (await sending.TargetAsync(id) is not { } target) return NotFound();
        if (!target.Open)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(Form, await sending.FormAsync(target, input, null));
        }
        var checkedPhoto = CheckPhoto(photo);
        if (ModelState.IsValid)
            foreach (var (field, message) in await sending.CheckChoicesAsync(target, input)) ModelState.AddModelError(field, message);
        if (ModelState.IsValid && captcha.Check(input.CaptchaToken, input.CaptchaAnswer) is var result && result != CaptchaResult.Passed)
            ModelState.AddModelError(nameof(input.CaptchaAnswer), Captcha.Message(result));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            input.CaptchaAnswer = null;
            return View(Form, await sending.FormAsync(target, input, captcha.Create()));
        }
        var code = await sending.SendAsync(target, input, checkedPhoto);
        return View(Form, await sending.FormAsync(target, new QuestionInput(), null) with { SentCode = code });
    }

    /// <summary>The photo, checked by its content and size like every upload; a problem goes next to its field.</summary>
    private CheckedFile? CheckPhoto(IFormFile? photo)
    {
        if (photo is null || photo.Length == 0) return null;
        if (photo.Length > QuestionSending.MaxPhotoBytes)
        {
            ModelState.AddModelError(nameof(photo), $"Ảnh lớn hơn {QuestionSending.MaxPhotoBytes / 1024 / 1024} MB cho phép.");
            return null;
        }
        var (checkedFiles, problem) = files.Check([photo], QuestionSending.PhotoTypes);
        if (problem is not null) ModelState.AddModelError(nameof(photo), problem);
        return checkedFiles.FirstOrDefault();
    }
}
