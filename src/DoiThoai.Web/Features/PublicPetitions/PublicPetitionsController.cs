using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>The public page of answered petitions that staff chose to publish, by unit, topic and words.</summary>
[AllowAnonymous]
[Route("kien-nghi")]
public sealed class PublicPetitionsController(PublicAnswers answers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PublicPetitionFilter filter, CancellationToken cancellationToken) =>
        View(await answers.ReadAsync(filter, cancellationToken));
}
