using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Lookup;

/// <summary>
/// Finds what a code names (a content item's own code, a petition's, or a question sent before) and records the
/// raiser's verdict. Unknown and malformed codes get the same answer, null, so the page cannot tell them apart.
/// </summary>
public sealed class LookupService(AppDbContext db, TimeProvider clock)
{
    public async Task<LookupResult?> FindAsync(string? typed)
    {
        if (PublicCode.Normalize(typed) is not { } code) return null;
        var byItem = await ItemsAsync(db.FollowUps.Where(f => f.Code == code));
        if (byItem.Count > 0) return await ResultAsync(code, byItem[0].ConferenceId, null, null, byItem);
        var byPetition = await ItemsAsync(db.FollowUps.Where(f => f.Petition!.Code == code));
        if (byPetition.Count > 0) return await ResultAsync(code, byPetition[0].ConferenceId, null, null, byPetition);
        if (await db.Petitions.AsNoTracking().Where(p => p.Code == code).Select(p => (int?)p.ConferenceId).FirstOrDefaultAsync() is { } heardAt)
            return await ResultAsync(code, heardAt, "Ý kiến đã được ghi nhận tại hội nghị", null, []);

        var question = await db.SentQuestions.AsNoTracking().Where(q => q.Code == code)
            .Select(q => new { q.ConferenceId, q.State, q.RefusalReason, q.PetitionId }).FirstOrDefaultAsync();
        if (question is null) return null;
        var raised = question.PetitionId is { } petitionId ? await ItemsAsync(db.FollowUps.Where(f => f.PetitionId == petitionId)) : [];
        return await ResultAsync(code, question.ConferenceId, question.State.Label(),
            question.State == SentQuestionState.Refused ? question.RefusalReason : null, raised);
    }

    /// <summary>The raiser's verdict on the answer of the item with this code. Null when recorded, else the refusal.</summary>
    public async Task<string?> GiveVerdictAsync(VerdictInput input)
    {
        var item = PublicCode.Normalize(input.ItemCode) is { } code ? await db.FollowUps.FirstOrDefaultAsync(f => f.Code == code) : null;
        if (item is null) return "Không tìm thấy nội dung để ghi ý kiến.";
        if (item.GiveVerdict(input.Verdict!.Value, input.Comment, clock.GetUtcNow().UtcDateTime) is { } refusal) return refusal;
        await db.SaveChangesAsync();
        return null;
    }

    private sealed record ItemRow(int Id, int ConferenceId, int? MergedIntoId, LookupItem Item);

    /// <summary>The items in public terms; a merged item shows the state and answer of the item it went into.</summary>
    private async Task<IReadOnlyList<ItemRow>> ItemsAsync(IQueryable<FollowUpItem> items)
    {
        var rows = await Project(items).ToListAsync();
        var targetIds = rows.Where(r => r.MergedIntoId is not null).Select(r => r.MergedIntoId!.Value).ToList();
        if (targetIds.Count == 0) return rows;
        var targets = (await Project(db.FollowUps.Where(f => targetIds.Contains(f.Id))).ToListAsync()).ToDictionary(t => t.Id);
        return rows.Select(r => r.MergedIntoId is { } into && targets.TryGetValue(into, out var target)
            ? r with { Item = target.Item with { Code = r.Item.Code, Merged = true, AcceptsVerdict = false } }
            : r).ToList();
    }

    private static IQueryable<ItemRow> Project(IQueryable<FollowUpItem> items) => items.AsNoTracking().OrderBy(f => f.Id)
        .Select(f => new ItemRow(f.Id, f.ConferenceId, f.MergedIntoId, new LookupItem(f.Code, f.Kind, f.State, f.MergedIntoId != null,
            f.ResponsibleOrganization!.Name, f.Deadline,
            FollowUpStateMachine.AnsweredStates.Contains(f.State) ? f.Result : null, f.Verdict,
            f.MergedIntoId == null && f.Verdict == null && FollowUpStateMachine.AnsweredStates.Contains(f.State))));

    private async Task<LookupResult> ResultAsync(string code, int conferenceId, string? questionState, string? refusal, IReadOnlyList<ItemRow> items)
    {
        var conference = await db.Conferences.AsNoTracking().Where(c => c.Id == conferenceId)
            .Select(c => new { c.Title, c.HeldOn }).FirstOrDefaultAsync();
        return new LookupResult(code, conference?.Title ?? "Hội nghị", conference?.HeldOn, questionState, refusal, items.Select(i => i.Item).ToList());
    }
}
