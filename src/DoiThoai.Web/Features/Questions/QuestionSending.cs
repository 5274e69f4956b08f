using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Questions;

/// <summary>
/// Questions sent from the public site for an announced conference (câu hỏi gửi trước): which conference takes them,
/// the choices the form offers (the unit's topics and residential groups) and the saving of one question with its photo.
/// </summary>
public sealed class QuestionSending(AppDbContext db, FileStore files, TimeProvider clock)
{
    /// <summary>A photo from the public is smaller than staff attachments: one picture of the place is enough.</summary>
    public const long MaxPhotoBytes = 5 * 1024 * 1024;

    public const string OtherTopic = "Lĩnh vực khác";

    public static readonly IReadOnlyList<FileType> PhotoTypes = [FileTypes.Jpeg, FileTypes.Png];

    /// <summary>The conference of a published announcement, open or not for questions; null when nothing is published.</summary>
    public async Task<QuestionTarget?> TargetAsync(int conferenceId)
    {
        var found = await db.Announcements.AsNoTracking()
            .Where(a => a.ConferenceId == conferenceId && a.IsPublished && db.Conferences.Any(c => c.Id == a.ConferenceId))
            .Select(a => new { a.TakesQuestions, a.Conference!.UnitId, a.Conference.Title, a.Conference.HeldOn, a.Conference.StartsAt, a.Conference.Place, a.Conference.Status, Unit = a.Unit!.Name })
            .FirstOrDefaultAsync();
        if (found is null) return null;
        var when = found.StartsAt is { } at ? $"{at:HH\\:mm} ngày {found.HeldOn:dd/MM/yyyy}" : $"ngày {found.HeldOn:dd/MM/yyyy}";
        var closed = !found.TakesQuestions ? "Hội nghị này không nhận câu hỏi gửi trước qua cổng thông tin."
            : found.HeldOn <= VietnamTime.Today(clock) || found.Status != ConferenceStatus.Planned
                ? "Hội nghị đã diễn ra hoặc đang diễn ra nên không nhận thêm câu hỏi gửi trước. Bạn có thể tra cứu kết quả theo mã đã được cấp."
                : null;
        return new QuestionTarget(conferenceId, found.UnitId, found.Title, when, found.Place, found.Unit, closed);
    }

    public async Task<QuestionForm> FormAsync(QuestionTarget target, QuestionInput input, News.CaptchaChallenge? captcha)
    {
        var path = await db.Units.PathOfAsync(target.UnitId);
        var topics = await db.Topics.AsNoTracking().Near(path).OrderBy(t => t.Name).Select(t => t.Name).Distinct().Take(200).ToListAsync();
        return new QuestionForm(target, [.. topics, OtherTopic], await GroupsAsync(path), input, captcha);
    }

    /// <summary>Whether the typed group and topic are among the choices; the problems as (field, message).</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CheckChoicesAsync(QuestionTarget target, QuestionInput input)
    {
        var problems = new List<(string, string)>();
        var path = await db.Units.PathOfAsync(target.UnitId);
        var groups = await GroupsAsync(path);
        if (groups.Count > 0 && !groups.Any(g => g.Id == input.GroupId))
            problems.Add((nameof(input.GroupId), "Hãy chọn tổ dân phố, thôn của bạn."));
        if (groups.Count == 0 && string.IsNullOrWhiteSpace(input.GroupName))
            problems.Add((nameof(input.GroupName), "Hãy nhập tổ dân phố, thôn của bạn."));
        if (input.Topic != OtherTopic && !await db.Topics.Near(path).AnyAsync(t => t.Name == input.Topic))
            problems.Add((nameof(input.Topic), "Hãy chọn một lĩnh vực trong danh sách."));
        return problems;
    }

    /// <summary>Saves the question (its photo first, deleted again if the save fails) and returns its code.</summary>
    public async Task<string> SendAsync(QuestionTarget target, QuestionInput input, CheckedFile? photo)
    {
        var group = input.GroupId is { } groupId
            ? (await GroupsAsync(await db.Units.PathOfAsync(target.UnitId))).First(g => g.Id == groupId).Name
            : input.GroupName!.Trim();
        var question = new SentQuestion
        {
            UnitId = target.UnitId, ConferenceId = target.ConferenceId, SenderName = input.SenderName!.Trim(), ResidentialGroup = group,
            Email = Clean(input.Email), Phone = Clean(input.Phone), Topic = input.Topic!, Content = input.Content!.Trim(),
            ConsentedPurpose = SentQuestion.Purpose, SentAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (photo is not null) (question.PhotoStoredName, question.PhotoContentType) = (await files.SaveAsync(photo), photo.Type.ContentType);
        db.SentQuestions.Add(question);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            if (question.PhotoStoredName is { } stored) files.Delete(stored);
            throw;
        }
        return question.Code!;
    }

    /// <summary>The villages and residential groups of the conference's unit, named as the minutes name them.</summary>
    private async Task<IReadOnlyList<(int Id, string Name)>> GroupsAsync(string unitPath) =>
        (await db.Units.AsNoTracking().ResidentialGroupsIn(unitPath)
            .Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync())
        .Select(u => (u.Id, $"{u.Kind.Label()} {u.Name}")).OrderBy(g => NaturalSort.Key(g.Item2), StringComparer.Ordinal).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
