using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Answer templates as items use them: an item may use a template of its conference's unit or a unit above, for
/// its topic or for any; a template is filled with the item's own fields.
/// </summary>
public sealed class ItemTemplates(AppDbContext db)
{
    /// <summary>The templates an item may use.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ForAsync(FollowUpItem item)
    {
        var unitPath = await db.Units.Where(u => u.Id == item.UnitId).Select(u => u.Path).FirstAsync();
        var topicId = item.PetitionId is { } id ? await db.Petitions.Where(p => p.Id == id).Select(p => p.TopicId).FirstOrDefaultAsync() : null;
        return await ForUnitAsync(unitPath, topicId);
    }

    /// <summary>The same rule as <see cref="ForAsync"/> when the item's unit path and topic are already read.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ForUnitAsync(string unitPath, int? topicId) =>
        await db.AnswerTemplates.AsNoTracking()
            .AtOrAbove(unitPath).Where(t => t.TopicId == null || t.TopicId == topicId)
            .OrderBy(t => t.Title)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString()))
            .ToListAsync();

    /// <summary>Templates of the user's unit, the units below and above: what a batch may pick from.</summary>
    public async Task<IReadOnlyList<SelectListItem>> NearAsync(UserScope scope) =>
        await db.AnswerTemplates.AsNoTracking()
            .Near(scope)
            .OrderBy(t => t.Title)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString()))
            .ToListAsync();

    /// <summary>A template filled for one item, or null when the template is not one the item may use.</summary>
    public async Task<string?> FillAsync(FollowUpItem item, int templateId)
    {
        if (!(await ForAsync(item)).Any(t => t.Value == templateId.ToString())) return null;
        return TemplateFiller.Fill(await BodyAsync(templateId), (await FieldsAsync([item.Id]))[item.Id]);
    }

    public Task<string> BodyAsync(int templateId) => db.AnswerTemplates.Where(t => t.Id == templateId).Select(t => t.Body).FirstAsync();

    /// <summary>Each item's template fields, read in one query.</summary>
    public async Task<Dictionary<int, TemplateFields>> FieldsAsync(IReadOnlyCollection<int> ids) =>
        (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new
        {
            f.Id,
            Raiser = f.Petition!.RaisedByPerson!.FullName ?? f.Petition.RaisedByOrganization!.Name ?? f.Petition.RaisedByUnit!.Name,
            Conference = f.Conference!.Title,
            f.Conference.HeldOn,
            Responsible = f.ResponsibleOrganization!.Name,
            Content = FollowUpItem.ContentOf(f),
        }).ToListAsync())
        .ToDictionary(f => f.Id, f => new TemplateFields(f.Raiser, f.Conference, f.HeldOn, f.Responsible, f.Content));

    /// <summary>
    /// The first item the template may not serve (same rule as <see cref="ForAsync"/>), read in two queries for the whole
    /// batch; null when it serves all.
    /// </summary>
    public async Task<int?> FirstUnservedAsync(int templateId, IReadOnlyList<int> itemIds)
    {
        var template = await db.AnswerTemplates.AsNoTracking().Where(t => t.Id == templateId)
            .Select(t => new { t.TopicId, t.Unit!.Path }).FirstOrDefaultAsync();
        if (template is null) return itemIds[0];
        var items = await db.FollowUps.AsNoTracking().Where(f => itemIds.Contains(f.Id))
            .Select(f => new { f.Id, UnitPath = db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Path).First(), f.Petition!.TopicId })
            .ToListAsync();
        return items.OrderBy(i => i.Id)
            .FirstOrDefault(i => !UnitPath.IsWithin(i.UnitPath, template.Path) || (template.TopicId is { } topic && topic != i.TopicId))?.Id;
    }
}
