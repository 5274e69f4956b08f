using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// The minutes entry page. Rows are added one at a time without reloading the page (the script posts the
/// row's form and inserts the returned row); without script the same forms post and come back here.
/// </summary>
[Authorize(Policy = Policies.RecordKeeping)]
public sealed partial class MinutesController(MinutesService minutes, ConferenceService conferences, MinutesImport import, IRecordAuthorization access) : StaffController
{
    public const int MaxPastedLines = 200;

    /// <summary>Why final minutes are being changed; every action below asks <see cref="ConferenceService.AdmitChange"/>.</summary>
    [BindProperty(Name = ConferenceService.ReasonField)]
    public string? AmendmentReason { get; set; }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        return View(new MinutesViewModel((await conferences.DetailsAsync(id))!, await minutes.OptionsAsync(conference!), await minutes.RowsAsync(id)));
    }

    [HttpPost]
    public Task<IActionResult> AddParticipant(int id, [Bind(Prefix = "Participant")] ParticipantInput input) =>
        AddAsync(id, [], c => minutes.AddParticipantAsync(c, input));

    [HttpPost]
    public Task<IActionResult> AddOrganization(int id, [Bind(Prefix = "Organization")] OrganizationInput input) =>
        AddAsync(id, [input.OrganizationId], c => minutes.AddOrganizationAsync(c, input));

    [HttpPost]
    public Task<IActionResult> AddSpeech(int id, [Bind(Prefix = "Speech")] SpeechInput input) =>
        AddAsync(id, [input.OrganizationId], c => minutes.AddSpeechAsync(c, input));

    [HttpPost]
    public async Task<IActionResult> AddPetition(int id, [Bind(Prefix = "Petition")] PetitionInput input)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (conference is not null && !await minutes.ResidentialGroupAllowedAsync(conference, input.RaisedByUnitId))
            ModelState.AddModelError("Petition.RaisedByUnitId", "Thôn, tổ dân phố này không thuộc đơn vị của hội nghị.");
        return await AddAsync(id, [input.RaisedByOrganizationId, input.AddressedToId], c => minutes.AddPetitionAsync(c, input));
    }

    [HttpPost]
    public Task<IActionResult> AddConclusionItem(int id, [Bind(Prefix = "Item")] ConclusionItemInput input) =>
        AddAsync(id, [input.ResponsibleOrganizationId, .. input.CoordinatorIds.Select(o => (int?)o)], c => minutes.AddConclusionItemAsync(c, input));

    /// <summary>Pasted lines, reviewed in the page, saved together or not at all.</summary>
    [HttpPost]
    public async Task<IActionResult> AddPetitions(int id, [Bind(Prefix = "Batch")] PetitionBatchInput input)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        input.Lines = input.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (input.Lines.Count == 0) ModelState.AddModelError("Batch.Lines", "Không có dòng nào để lưu.");
        if (input.Lines.Count > MaxPastedLines) ModelState.AddModelError("Batch.Lines", $"Mỗi lần chỉ lưu tối đa {MaxPastedLines} dòng.");
        for (var i = 0; i < input.Lines.Count; i++)
            if (input.Lines[i].Trim().Length > 4000) ModelState.AddModelError("Batch.Lines", $"Dòng {i + 1} dài quá 4000 ký tự.");
        Admit(conference!);
        if (!ModelState.IsValid) return Invalid(id);

        var rows = await minutes.AddPetitionsAsync(conference!, input);
        return IsScriptRequest ? PartialView("_PartRows", rows) : BackToEdit(id, Sections.Petitions);
    }

    [HttpGet]
    public async Task<IActionResult> Template(int id)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        return File(await import.TemplateAsync(conference!), Infrastructure.Excel.Xlsx.ContentType, MinutesImport.TemplateFileName(conference!));
    }

    /// <summary>Imports a filled template; a file with any bad row imports nothing and lists each problem.</summary>
    [HttpPost]
    [RequestSizeLimit(MinutesImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int id, IFormFile? file)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!Admit(conference!)) return Invalid(id);
        ImportResult result;
        if (file is null || file.Length == 0)
            result = new ImportResult([new ImportError("", 0, "", "Hãy chọn tệp Excel (.xlsx) để nhập.")], 0, 0, 0);
        else if (file.Length > MinutesImport.MaxBytes)
            result = new ImportResult([new ImportError("", 0, "", "Tệp lớn hơn 5 MB.")], 0, 0, 0);
        else
        {
            await using var stream = file.OpenReadStream();
            result = await import.ImportAsync(conference!, stream);
        }
        if (!result.Succeeded)
        {
            // Nothing was saved: the page lists why, with a refusal's status.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("ImportResult", (conference!, result));
        }
        TempData["Message"] = result.Summary;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Remove(int id, string section, int partId)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!Admit(conference!)) return Invalid(id);
        return await minutes.RemoveAsync(conference!, section, partId) switch
        {
            RowChange.NotFound => NotFound(),
            RowChange.Conflict => await ConflictedAsync(id, section),
            _ => IsScriptRequest ? NoContent() : BackToEdit(id, section),
        };
    }

    private async Task<IActionResult> AddAsync(int id, int?[] organizationIds, Func<Conference, Task<PartRow>> add)
    {
        var conference = await minutes.FindConferenceAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Update) is { } denied) return denied;
        if (!await minutes.OrganizationsAllowedAsync(conference!, organizationIds))
            ModelState.AddModelError("", "Tổ chức được chọn không thuộc phạm vi của hội nghị này.");
        Admit(conference!);
        if (!ModelState.IsValid) return Invalid(id);

        var row = await add(conference!);
        return IsScriptRequest ? PartialView("_PartRows", new[] { row }) : BackToEdit(id, row.Section);
    }

    /// <summary>False, with the message beside the reason field, when final minutes are changed without a reason.</summary>
    private bool Admit(Conference conference)
    {
        if (conferences.AdmitChange(conference, AmendmentReason) is not { Allowed: false } refused) return true;
        ModelState.AddModelError(ConferenceService.ReasonField, refused.Refusal!);
        return false;
    }

    private bool IsScriptRequest => Request.Headers["X-Requested-With"] == "fetch";

    /// <summary>Field messages for the script to place beside each field; without script, back to the page with a message.</summary>
    private IActionResult Invalid(int id)
    {
        if (IsScriptRequest)
            return UnprocessableEntity(ModelState
                .Where(e => e.Value is { Errors.Count: > 0 })
                .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()));
        TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        if (ModelState[ConferenceService.ReasonField] is { Errors.Count: > 0 } reason)
            TempData["ReasonError"] = reason.Errors[0].ErrorMessage;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private RedirectResult BackToEdit(int id, string section) => Redirect(Url.Action(nameof(Edit), new { id }) + "#" + section);
}

public sealed record MinutesViewModel(ConferenceDetails Conference, MinutesOptions Options, IReadOnlyDictionary<string, IReadOnlyList<PartRow>> Rows)
{
    public ParticipantInput Participant { get; } = new();
    public OrganizationInput Organization { get; } = new();
    public SpeechInput Speech { get; } = new() { Kind = SpeechKind.Contribution };
    public PetitionInput Petition { get; } = new();
    public PetitionBatchInput Batch { get; } = new();
    public ConclusionItemInput Item { get; } = new();
}
