using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Questions;

/// <summary>One question as its moderators see it: with the sender's name and contacts, which only they see.</summary>
public sealed record ModerationRow(int Id, string? Code, DateTime SentAtUtc, string? SenderName, string? ResidentialGroup, string? Email,
    string? Phone, string Topic, string Content, bool HasPhoto, SentQuestionState State, string? RefusalReason, string? MergedIntoCode)
{
    public bool Pending => State == SentQuestionState.Pending;
    public bool MayBeRefused => State is SentQuestionState.Pending or SentQuestionState.Accepted;
}

/// <summary>The moderation page of one conference: its questions in one state (or all), how many in each, and what went wrong.</summary>
public sealed record ModerationPage(int ConferenceId, string Title, DateOnly HeldOn, SentQuestionState? Filter,
    IReadOnlyDictionary<SentQuestionState, int> Counts, IReadOnlyList<ModerationRow> Rows, int? FailedId = null, string? Failure = null, bool FailedOnReason = false)
{
    /// <summary>The questions another may be merged into: those still pending or accepted.</summary>
    public IEnumerable<ModerationRow> MergeTargetsFor(ModerationRow row) =>
        Rows.Where(r => r.Id != row.Id && r.State is SentQuestionState.Pending or SentQuestionState.Accepted);
}

/// <summary>
/// Moderation of the questions sent before a conference (accept, merge, refuse with a reason). Called only after the
/// controller has authorized an update of the question or its conference; the rules of each step are the question's own.
/// </summary>
public sealed class QuestionModeration(AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    /// <summary>A conference takes tens of questions; the page shows at most this many (ADR 0017).</summary>
    public const int MaxRows = 500;

    public Task<Conference?> ConferenceAsync(int id) => db.Conferences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);

    /// <summary>A question of this conference only: an id from another conference finds nothing.</summary>
    public Task<SentQuestion?> QuestionAsync(int conferenceId, int questionId) =>
        db.SentQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ConferenceId == conferenceId);

    public async Task<ModerationPage> PageAsync(Conference conference, SentQuestionState? filter, int? failedId = null, string? failure = null,
        bool failedOnReason = false)
    {
        var questions = db.SentQuestions.AsNoTracking().Where(q => q.ConferenceId == conference.Id);
        var counts = (await questions.GroupBy(q => q.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
        var rows = await (filter is { } state ? questions.Where(q => q.State == state) : questions)
            .OrderBy(q => q.SentAtUtc).ThenBy(q => q.Id).Take(MaxRows)
            .Select(q => new ModerationRow(q.Id, q.Code, q.SentAtUtc, q.SenderName, q.ResidentialGroup, q.Email, q.Phone, q.Topic, q.Content,
                q.PhotoStoredName != null, q.State, q.RefusalReason,
                db.SentQuestions.Where(t => t.Id == q.MergedIntoId).Select(t => t.Code).FirstOrDefault()))
            .ToListAsync();
        return new ModerationPage(conference.Id, conference.Title, conference.HeldOn, filter, counts, rows, failedId, failure, failedOnReason);
    }

    public Task<string?> AcceptAsync(SentQuestion question) =>
        SaveUnlessRefusedAsync(question.Accept(Moderator, Now));

    public Task<string?> RefuseAsync(SentQuestion question, string? reason) =>
        SaveUnlessRefusedAsync(question.Refuse(reason, Moderator, Now));

    public async Task<string?> MergeAsync(SentQuestion question, int intoId)
    {
        var target = await QuestionAsync(question.ConferenceId, intoId);
        if (target is null) return "Không tìm thấy câu hỏi được gộp vào trong hội nghị này.";
        return await SaveUnlessRefusedAsync(question.MergeInto(target, Moderator, Now));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private string Moderator => actor.UserName;

    private async Task<string?> SaveUnlessRefusedAsync(string? refusal)
    {
        if (refusal is not null) return refusal;
        await db.SaveChangesAsync();
        return null;
    }
}
