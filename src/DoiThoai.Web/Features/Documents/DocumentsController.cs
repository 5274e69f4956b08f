using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Documents;

/// <summary>
/// "Xuất văn bản": the minutes as an official document of the body chosen to issue them, and the Word templates a
/// unit's administrator replaces with the office's own letterhead.
/// </summary>
[Authorize]
public sealed class DocumentsController(ConferenceService conferences, IRecordAuthorization access) : StaffController
{
    /// <summary>The export form, prefilled for the issuer the organizing body implies or the one chosen above the form.</summary>
    [HttpGet]
    public async Task<IActionResult> Minutes(int id, IssuerKind? issuerKind, [FromServices] MinutesExport export)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        if (issuerKind is { } asked && !Enum.IsDefined(asked)) issuerKind = null;
        var details = (await conferences.DetailsAsync(id))!;
        return View(new MinutesExportPage(id, details.Title, await export.DefaultsAsync(conference!, details, issuerKind)));
    }

    [HttpPost]
    [ActionName(nameof(Minutes))]
    public async Task<IActionResult> MinutesPost(int id, [Bind(Prefix = "Input")] ExportInput input, [FromServices] MinutesExport export)
    {
        var conference = await conferences.FindAsync(id);
        if (await access.DenyUnlessAsync(conference, Operation.Read) is { } denied) return denied;
        var details = (await conferences.DetailsAsync(id))!;
        if (!ModelState.IsValid) return View(new MinutesExportPage(id, details.Title, input));
        return File(await export.CreateAsync(conference!, details, input), MinutesDocument.ContentType, MinutesDocument.FileName(details));
    }

    /// <summary>A unit's templates: its own where its administrator uploaded one, else the repository's.</summary>
    [HttpGet]
    public async Task<IActionResult> Templates(int id, [FromServices] UnitService units, [FromServices] DocumentTemplates templates)
    {
        var (unit, denied) = await TemplatesUnitAsync(id, units);
        return denied ?? View(TemplatesPage.Of(unit!.Id, unit.DisplayName, templates));
    }

    /// <summary>Replaces one of the unit's templates with an upload that is a real .docx holding every field.</summary>
    [HttpPost]
    [ActionName(nameof(Templates))]
    public async Task<IActionResult> TemplatesPost(int id, TemplateUpload upload, [FromServices] UnitService units, [FromServices] DocumentTemplates templates)
    {
        var (unit, denied) = await TemplatesUnitAsync(id, units);
        if (denied is not null) return denied;
        var problem = !ModelState.IsValid || upload.File is null
            ? "Hãy chọn loại văn bản, cơ quan ban hành và tệp mẫu (.docx)."
            : await templates.ReplaceAsync(unit!.Id, upload.Document, upload.Issuer, upload.File);
        if (problem is null)
        {
            TempData["Message"] = $"Đã thay mẫu {DocumentTemplates.FileName(upload.Document, upload.Issuer)} của {unit!.DisplayName}.";
            return RedirectToAction(nameof(Templates), new { id });
        }
        // The refusal stands next to the file field, with the choices as made, so the person picks another file.
        ModelState.AddModelError(nameof(TemplateUpload.File), problem);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Templates), TemplatesPage.Of(unit!.Id, unit.DisplayName, templates) with { Upload = upload });
    }

    [HttpPost]
    public async Task<IActionResult> ResetTemplate(int id, TemplateUpload upload, [FromServices] UnitService units, [FromServices] DocumentTemplates templates)
    {
        var (unit, denied) = await TemplatesUnitAsync(id, units);
        if (denied is not null) return denied;
        if (!ModelState.IsValid) return BadRequest();
        templates.Reset(unit!.Id, upload.Document, upload.Issuer);
        TempData["Message"] = $"Đã trở lại mẫu chung {DocumentTemplates.FileName(upload.Document, upload.Issuer)}.";
        return RedirectToAction(nameof(Templates), new { id });
    }

    /// <summary>The template in use, for an administrator to start the office's own from.</summary>
    [HttpGet]
    public async Task<IActionResult> Template(int id, TemplateUpload upload, [FromServices] UnitService units, [FromServices] DocumentTemplates templates)
    {
        var (unit, denied) = await TemplatesUnitAsync(id, units);
        if (denied is not null) return denied;
        if (!ModelState.IsValid) return BadRequest();
        return File(templates.For(unit!.Id, upload.Document, upload.Issuer), MinutesDocument.ContentType, DocumentTemplates.FileName(upload.Document, upload.Issuer));
    }

    /// <summary>
    /// The unit whose templates are asked for, or the answer instead: a unit outside the scope, or outside the
    /// administrator's own unit's subtree (<see cref="AccessPolicy.MayReplaceTemplates"/>), is a 404 whatever id is
    /// sent; another role a 403. No policy attribute answers first, so the scope is always checked.
    /// </summary>
    private async Task<(AdministrativeUnit? Unit, IActionResult? Denied)> TemplatesUnitAsync(int id, UnitService units)
    {
        var unit = await units.FindAsync(id);
        if (await access.DenyUnlessAsync(unit, Operation.Update) is { } denied) return (null, denied);
        var scope = (await GetScopeAsync())!;
        return AccessPolicy.MayReplaceTemplates(scope.Roles, scope.HomePath, unit!.Path) ? (unit, null) : (null, NotFound());
    }
}

public sealed record MinutesExportPage(int ConferenceId, string Title, ExportInput Input);

/// <summary>Which template (document and issuer kind) and, for a replacement, the file.</summary>
public sealed class TemplateUpload
{
    [EnumDataType(typeof(DocumentKind))] public DocumentKind Document { get; set; }
    [EnumDataType(typeof(IssuerKind))] public IssuerKind Issuer { get; set; }
    public IFormFile? File { get; set; }
}

public sealed record TemplateRow(DocumentKind Document, IssuerKind Issuer, string FileName, bool IsOwn);

/// <param name="Upload">The choices of a refused upload, shown again beside its message.</param>
public sealed record TemplatesPage(int UnitId, string UnitName, IReadOnlyList<TemplateRow> Rows, TemplateUpload? Upload = null)
{
    public static TemplatesPage Of(int unitId, string unitName, DocumentTemplates templates) => new(unitId, unitName,
        [.. from document in Enum.GetValues<DocumentKind>() from issuer in Enum.GetValues<IssuerKind>()
            select new TemplateRow(document, issuer, DocumentTemplates.FileName(document, issuer), templates.HasOwn(unitId, document, issuer))]);
}
