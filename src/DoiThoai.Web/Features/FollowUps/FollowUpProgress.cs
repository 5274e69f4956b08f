using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>Reporting progress on an item, with documents and photos, and serving those files back.</summary>
public sealed class FollowUpProgress(AppDbContext db, FollowUpRecords records, FileStore files)
{
    /// <summary>
    /// A progress update on the timeline, with its checked files; the first update starts the work.
    /// Files are written first and removed again when the update is not saved, so nothing is left half-done.
    /// </summary>
    public async Task<string?> ReportAsync(FollowUpItem item, ProgressInput input, IReadOnlyList<CheckedFile> attached)
    {
        var (update, refusal) = item.ReportProgress(input.Text, input.Percent, records.Stamp());
        if (refusal is not null) return refusal;
        var stored = new List<string>();
        try
        {
            foreach (var file in attached)
            {
                var storedName = await files.SaveAsync(file);
                stored.Add(storedName);
                update!.Attachments.Add(new FollowUpAttachment
                {
                    FollowUpItemId = item.Id, FileName = file.FileName, ContentType = file.Type.ContentType, Length = file.Form.Length,
                    StoredName = storedName, UploadedAtUtc = update.AtUtc,
                });
            }
            var problem = await records.SaveAsync(item, input.Version);
            if (problem is not null) stored.ForEach(files.Delete);
            return problem;
        }
        catch
        {
            stored.ForEach(files.Delete);
            throw;
        }
    }

    /// <summary>An attachment with its item, for the controller to authorize before serving the file.</summary>
    public async Task<(FollowUpAttachment? Attachment, FollowUpItem? Item)> AttachmentAsync(long id)
    {
        var attachment = await db.FollowUpAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        return attachment is null ? (null, null) : (attachment, await records.FindAsync(attachment.FollowUpItemId));
    }
}
