using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// Correcting a row in place and moving it up or down (ADR 0015). With script the row's form replaces the row and
/// the saved row (or the renumbered section) comes back; without script the form is a page of its own.
/// </summary>
public sealed partial class MinutesController
{
    // The version the page showed is optional to the binder: a row that is not this conference's answers 404 before
    // any version is compared, and a missing version never matches a row, so it saves nothing (409).
    public const string ConflictMessage = "Dòng này vừa được người khác sửa hoặc chuyển chỗ nên chưa lưu. Danh sách đã được tải lại, hãy thử lại.";

    [HttpGet]
    public async Task<IActionResult> EditRow(int id, string section, int partId)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (await minutes.EditAsync(conference!, section, partId) is not { } edit) return NotFound();
        edit = edit with { Options = await minutes.OptionsAsync(conference!) };
        return IsScriptRequest ? PartialView("_RowForm", edit) : View(edit);
    }

    /// <summary>The rows of one section as they now stand, for the page to redraw after a removal renumbered them.</summary>
    [HttpGet]
    public async Task<IActionResult> Rows(int id, string section)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        return PartialView("_PartRows", await minutes.SectionRowsAsync(id, section));
    }

    [HttpPost]
    public Task<IActionResult> UpdateParticipant(int id, int partId, Guid? version, [Bind(Prefix = "Participant")] ParticipantInput input) =>
        UpdateAsync(id, Sections.Participants, partId, [], c => minutes.UpdateParticipantAsync(c, partId, version ?? Guid.Empty, input));

    [HttpPost]
    public Task<IActionResult> UpdateSpeech(int id, int partId, Guid? version, [Bind(Prefix = "Speech")] SpeechInput input) =>
        UpdateAsync(id, Sections.Speeches, partId, [input.OrganizationId], c => minutes.UpdateSpeechAsync(c, partId, version ?? Guid.Empty, input));

    [HttpPost]
    public async Task<IActionResult> UpdatePetition(int id, int partId, Guid? version, [Bind(Prefix = "Petition")] PetitionInput input)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (conference is not null && !await minutes.ResidentialGroupAllowedAsync(conference, input.RaisedByUnitId))
            ModelState.AddModelError("Petition.RaisedByUnitId", "Thôn, tổ dân phố này không thuộc đơn vị của hội nghị.");
        if (conference is not null && await minutes.KindRefusalAsync(conference, partId, input.Kind) is { } refusal)
            ModelState.AddModelError("Petition.Kind", refusal);
        return await UpdateAsync(id, Sections.Petitions, partId, [input.RaisedByOrganizationId, input.AddressedToId],
            c => minutes.UpdatePetitionAsync(c, partId, version ?? Guid.Empty, input));
    }

    [HttpPost]
    public Task<IActionResult> UpdateConclusionItem(int id, int partId, Guid? version, [Bind(Prefix = "Item")] ConclusionItemInput input) =>
        UpdateAsync(id, Sections.Items, partId, [input.ResponsibleOrganizationId], c => minutes.UpdateConclusionItemAsync(c, partId, version ?? Guid.Empty, input));

    /// <summary>Moves a row one place up or down; the section comes back renumbered.</summary>
    [HttpPost]
    public async Task<IActionResult> Move(int id, string section, int partId, MoveDirection direction, Guid? version)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!Enum.IsDefined(direction)) ModelState.AddModelError("direction", "Hãy chọn chuyển lên hoặc xuống.");
        Admit(conference!);
        if (!ModelState.IsValid) return Invalid(id);
        return await minutes.MoveAsync(conference!, section, partId, direction, version ?? Guid.Empty) switch
        {
            RowChange.NotFound => NotFound(),
            RowChange.Conflict => await ConflictedAsync(id, section),
            _ => IsScriptRequest ? PartialView("_PartRows", await minutes.SectionRowsAsync(id, section)) : BackToEdit(id, section, partId),
        };
    }

    private async Task<IActionResult> UpdateAsync(int id, string section, int partId, int?[] organizationIds, Func<Conference, Task<RowChange>> update)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!await minutes.OrganizationsAllowedAsync(conference!, organizationIds))
            ModelState.AddModelError("", "Tổ chức được chọn không thuộc phạm vi của hội nghị này.");
        Admit(conference!);
        if (!ModelState.IsValid) return Invalid(id);
        return await update(conference!) switch
        {
            RowChange.NotFound => NotFound(),
            RowChange.Conflict => await ConflictedAsync(id, section),
            _ => IsScriptRequest
                ? PartialView("_PartRows", (await minutes.SectionRowsAsync(id, section)).Where(r => r.Id == partId))
                : BackToEdit(id, section, partId),
        };
    }

    /// <summary>The loser of two saves at once: nothing was saved; the page gets the section as it now stands (409).</summary>
    private async Task<IActionResult> ConflictedAsync(int id, string section)
    {
        if (!IsScriptRequest)
        {
            TempData["Error"] = ConflictMessage;
            return BackToEdit(id, section);
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        return PartialView("_PartRows", await minutes.SectionRowsAsync(id, section));
    }

    private RedirectResult BackToEdit(int id, string section, int partId) => Redirect(Url.Action(nameof(Edit), new { id }) + $"#part-{section}-{partId}");
}
