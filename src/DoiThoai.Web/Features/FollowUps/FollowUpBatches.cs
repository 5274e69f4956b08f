using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Batches: answering, preparing, giving prepared answers and moving many items at once. A batch is all or
/// nothing: the first item that refuses (or that changed meanwhile) refuses the whole batch with its number and
/// the reason; otherwise every item is changed, each with its own timeline and audit entry, in one save (one
/// transaction). The caller has checked that every item is in the user's scope.
/// </summary>
public sealed class FollowUpBatches(AppDbContext db, FollowUpRecords records, ActOnFollowUp act, ItemTemplates templates, RaiserNotifier raisers)
{
    /// <summary>Whether the user may take a batch operation at all (each item still decides for itself).</summary>
    public static bool RoleMayBatch(UserScope scope, BatchOperation operation) => AccessPolicy.RoleMayTakeAction(scope.Roles, operation switch
    {
        BatchOperation.Close => FollowUpAction.Close,
        BatchOperation.Start => FollowUpAction.Start,
        BatchOperation.Explain => FollowUpAction.Explain,
        _ => FollowUpAction.Resolve,
    });

    public async Task<(BatchResult? Result, string? Problem)> RunAsync(IReadOnlyList<(FollowUpItem Item, Guid Version)> batch, BatchInput input)
    {
        var operation = input.Operation!.Value;
        if (operation is BatchOperation.Resolve or BatchOperation.Explain or BatchOperation.Prepare
            && input.TemplateId is null && string.IsNullOrWhiteSpace(input.Text))
            return (null, "Hãy chọn mẫu trả lời hoặc nhập nội dung trả lời.");

        var fields = await templates.FieldsAsync(batch.Select(b => b.Item.Id).ToList());
        string? templateBody = null;
        if (input.TemplateId is { } templateId)
        {
            if (await templates.FirstUnservedAsync(templateId, batch.Select(b => b.Item.Id).ToList()) is { } itemId)
                return (null, $"Nội dung số {itemId}: mẫu trả lời đã chọn không dùng được cho nội dung này. Chưa thay đổi nội dung nào.");
            templateBody = await templates.BodyAsync(templateId);
        }
        // A template is filled for each item; typed text is the same for all.
        string AnswerFor(FollowUpItem item) => templateBody is null ? input.Text!.Trim() : TemplateFiller.Fill(templateBody, fields[item.Id]);

        var stamp = records.Stamp();
        var lines = new List<BatchResultLine>();
        foreach (var (item, version) in batch)
        {
            db.Entry(item).Property(r => r.Version).OriginalValue = version;
            var refusal = operation switch
            {
                BatchOperation.Resolve => await act.TakeAsync(item, FollowUpAction.Resolve, AnswerFor(item), stamp),
                BatchOperation.Explain => await act.TakeAsync(item, FollowUpAction.Explain, AnswerFor(item), stamp),
                BatchOperation.Start => await act.TakeAsync(item, FollowUpAction.Start, null, stamp),
                BatchOperation.Close => await act.TakeAsync(item, FollowUpAction.Close, null, stamp),
                BatchOperation.Prepare => Lower(item.Prepare(AnswerFor(item), FollowUpAction.Resolve, stamp)),
                BatchOperation.GivePrepared => item.PreparedAnswer is { } prepared
                    ? await act.TakeAsync(item, item.PreparedAction ?? FollowUpAction.Resolve, prepared, stamp)
                    : "chưa có trả lời chuẩn bị sẵn.",
                _ => "thao tác không hợp lệ.",
            };
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return (null, $"Nội dung số {item.Id}: {refusal} Chưa thay đổi nội dung nào.");
            }
            // Given on one day, published together.
            if (input.Publish || operation == BatchOperation.GivePrepared) item.PublishWithBatch(stamp.AtUtc);
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

    /// <summary>In a batch's message a refusal follows "Nội dung số N:", so it starts in lower case.</summary>
    private static string? Lower(string? refusal) => refusal is null ? null : char.ToLowerInvariant(refusal[0]) + refusal[1..];
}
