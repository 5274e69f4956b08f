using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.FollowUps;

/// <summary>
/// Moving one item on from its page: an action of the state machine, publishing its answer, the Front's monitoring,
/// a prepared answer, the raiser's e-mail. The controller has authorized the item and the role; the item decides.
/// </summary>
public sealed class ActOnFollowUp(AppDbContext db, FollowUpRecords records, RaiserNotifier raisers)
{
    /// <summary>Takes the action and saves; null when saved, else the refusal. The raiser is told right after the save.</summary>
    public async Task<string?> ActAsync(FollowUpItem item, ActInput input)
    {
        if (await TakeAsync(item, input.Action!.Value, input.Text, records.Stamp()) is { } refusal) return refusal;
        var problem = await records.SaveAsync(item, input.Version);
        if (problem is null) await raisers.SendPendingAsync([item.Id]);
        return problem;
    }

    /// <summary>
    /// Takes one action on a tracked item and queues the notice to its raiser in the same unit of work; saving is the
    /// caller's. Null when taken, else the refusal.
    /// </summary>
    public async Task<string?> TakeAsync(FollowUpItem item, FollowUpAction action, string? text, Stamp stamp)
    {
        if (item.Take(action, text, stamp) is { } refusal) return refusal;
        if (FollowUpStateMachine.Tells(action) is { } kind) await raisers.QueueAsync(item, kind);
        return null;
    }

    /// <summary>Shows or hides an answered item on the public page; null when saved, else the refusal.</summary>
    public async Task<string?> PublishAsync(FollowUpItem item, bool publish, Guid version) =>
        item.Publish(publish, records.Stamp()) ?? await records.SaveAsync(item, version);

    /// <summary>The Front's monitoring note and assessment.</summary>
    public async Task MonitorAsync(FollowUpItem item, MonitorInput input)
    {
        item.Monitor(input.Note, input.Assessment, records.Stamp());
        await db.SaveChangesAsync();
    }

    /// <summary>Keeps an answer ready without giving it; it is given with the others of the round by a batch.</summary>
    public async Task<string?> PrepareAsync(FollowUpItem item, PrepareInput input) =>
        item.Prepare(input.Answer, input.PreparedAction) ?? await records.SaveAsync(item, input.Version);

    /// <summary>Records (or clears) the raiser's e-mail on the petition, so they can be told the answer.</summary>
    public async Task<string?> SetRaiserEmailAsync(FollowUpItem item, RaiserEmailInput input)
    {
        if (item.PetitionId is not { } petitionId) return "Nội dung kết luận không có người nêu để báo.";
        var petition = await db.Petitions.FirstAsync(p => p.Id == petitionId);
        petition.RaiserEmail = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        return await records.SaveAsync(item, input.Version);
    }
}
