using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Batches: answering, preparing, giving prepared answers and moving many items at once. A batch is all or
/// nothing: the first item the state machine refuses (or that changed meanwhile) refuses the whole batch with
/// its number and the reason; otherwise every item is changed, each with its own timeline and audit entry, in
/// one save (one transaction). The caller has checked that every item is in the user's scope.
/// </summary>
public sealed partial class FollowUpService
{
    public async Task<(BatchResult? Result, string? Problem)> RunBatchAsync(IReadOnlyList<(FollowUpItem Item, Guid Version)> batch, BatchInput input)
    {
        var operation = input.Operation!.Value;
        if (operation is BatchOperation.Resolve or BatchOperation.Explain or BatchOperation.Prepare
            && input.TemplateId is null && string.IsNullOrWhiteSpace(input.Text))
            return (null, "Hãy chọn mẫu trả lời hoặc nhập nội dung trả lời.");

        var fields = await FieldsAsync(batch.Select(b => b.Item.Id).ToList());
        string? templateBody = null;
        if (input.TemplateId is { } templateId)
        {
            if (await TemplateUnusableAsync(templateId, batch.Select(b => b.Item.Id).ToList()) is { } itemId)
                return (null, $"Nội dung số {itemId}: mẫu trả lời đã chọn không dùng được cho nội dung này. Chưa thay đổi nội dung nào.");
            templateBody = await db.AnswerTemplates.Where(t => t.Id == templateId).Select(t => t.Body).FirstAsync();
        }
        // A template is filled for each item; typed text is the same for all.
        string AnswerFor(FollowUpItem item) => templateBody is null ? input.Text!.Trim() : TemplateFiller.Fill(templateBody, fields[item.Id]);

        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<BatchResultLine>();
        foreach (var (item, version) in batch)
        {
            db.Entry(item).Property(r => r.Version).OriginalValue = version;
            var refusal = operation switch
            {
                BatchOperation.Resolve => await TransitionAsync(item, FollowUpAction.Resolve, AnswerFor(item)),
                BatchOperation.Explain => await TransitionAsync(item, FollowUpAction.Explain, AnswerFor(item)),
                BatchOperation.Start => await TransitionAsync(item, FollowUpAction.Start, null),
                BatchOperation.Close => await TransitionAsync(item, FollowUpAction.Close, null),
                BatchOperation.Prepare => Prepare(item, AnswerFor(item)),
                BatchOperation.GivePrepared => item.PreparedAnswer is { } prepared
                    ? await TransitionAsync(item, item.PreparedAction ?? FollowUpAction.Resolve, prepared)
                    : "chưa có trả lời chuẩn bị sẵn.",
                _ => "thao tác không hợp lệ.",
            };
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return (null, $"Nội dung số {item.Id}: {refusal} Chưa thay đổi nội dung nào.");
            }
            var publish = input.Publish || operation == BatchOperation.GivePrepared;
            if (publish && Publishable(item.State) && !item.IsPublic)
            {
                // Given on one day, published together.
                item.IsPublic = true;
                item.PublishedAtUtc = now;
            }
            lines.Add(new BatchResultLine(item.Id, fields[item.Id].Content, item.State, operation == BatchOperation.Prepare ? item.PreparedAnswer : item.Result));
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (null, "Có nội dung vừa được người khác cập nhật; chưa thay đổi nội dung nào. Hãy tải lại danh sách và chọn lại.");
        }
        // Only this batch's raisers: a request does not wait on older notices the mail server refused (the scan retries those).
        await raisers.SendPendingAsync(batch.Select(b => b.Item.Id).ToList());
        return (new BatchResult(operation.Label(), lines), null);
    }

    /// <summary>
    /// The first item the template may not serve (same rule as <see cref="TemplatesForAsync"/>: a template of the item's
    /// unit or a unit above, for the item's topic or any), read in two queries for the whole batch; null when it serves all.
    /// </summary>
    private async Task<int?> TemplateUnusableAsync(int templateId, IReadOnlyList<int> itemIds)
    {
        var template = await db.AnswerTemplates.AsNoTracking().Where(t => t.Id == templateId)
            .Select(t => new { t.TopicId, t.Unit!.Path }).FirstOrDefaultAsync();
        if (template is null) return itemIds[0];
        var items = await db.FollowUps.AsNoTracking().Where(f => itemIds.Contains(f.Id))
            .Select(f => new { f.Id, UnitPath = db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Path).First(), f.Petition!.TopicId })
            .ToListAsync();
        return items.OrderBy(i => i.Id)
            .FirstOrDefault(i => !i.UnitPath.StartsWith(template.Path, StringComparison.Ordinal) || (template.TopicId is { } topic && topic != i.TopicId))?.Id;
    }

    private string? Prepare(FollowUpItem item, string answer)
    {
        if (!Deadlines.IsOpen(item.State)) return "nội dung đã có trả lời.";
        item.PreparedAnswer = answer;
        item.PreparedAction = FollowUpAction.Resolve;
        AddEvent(item, FollowUpEventKind.Progress, null, "Đã chuẩn bị trả lời, chờ công bố cùng đợt.");
        return null;
    }
}
