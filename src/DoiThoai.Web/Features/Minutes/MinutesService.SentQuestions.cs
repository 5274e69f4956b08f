using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>An accepted question as the minutes entry shows it: ready to be marked as raised.</summary>
public sealed record AcceptedQuestion(int Id, string? Code, string Topic, string Content, string? SenderName, string? ResidentialGroup);

/// <summary>The questions sent before the conference and accepted, listed on the entry page, and their raising.</summary>
public sealed record AcceptedQuestions(int ConferenceId, bool MinutesFinal, IReadOnlyList<AcceptedQuestion> Questions);

public sealed partial class MinutesService
{
    public async Task<AcceptedQuestions> AcceptedQuestionsAsync(Conference conference) => new(conference.Id, conference.MinutesState == MinutesState.Final,
        await db.SentQuestions.AsNoTracking().Where(q => q.ConferenceId == conference.Id && q.State == SentQuestionState.Accepted)
            .OrderBy(q => q.SentAtUtc).ThenBy(q => q.Id)
            .Select(q => new AcceptedQuestion(q.Id, q.Code, q.Topic, q.Content, q.SenderName, q.ResidentialGroup)).ToListAsync());

    /// <summary>
    /// Marks an accepted question as raised: it becomes a petition of the minutes with the sender as raiser, their
    /// residential group, the topic and the code they were shown, followed up like any petition and counted with the
    /// conference's opinions and petitions by the save. Null when done, else the refusal. The petition and the question
    /// change in one transaction, and the question's version guards against a second post.
    /// </summary>
    public async Task<string?> RaiseQuestionAsync(Conference conference, int questionId, string? amendmentReason)
    {
        if (amendments.Admit(conference, amendmentReason) is { Allowed: false } refused) return refused.Refusal;
        var question = await db.SentQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ConferenceId == conference.Id);
        if (question is null) return "Không tìm thấy câu hỏi này trong hội nghị.";
        if (question.State != SentQuestionState.Accepted) return "Chỉ câu hỏi đã tiếp nhận mới được đánh dấu đã nêu.";

        // Always a new person: a sender is not a catalogued official, and removing their data later must touch no one else.
        var raiser = new Person { FullName = question.SenderName ?? "Người dân", UnitId = conference.UnitId };
        var petition = Stamp(conference, new Petition
        {
            Kind = PetitionKind.Petition, Content = question.Content, Code = question.Code, RaisedByPerson = raiser,
            RaisedByUnitId = await GroupIdAsync(conference, question.ResidentialGroup), RaiserEmail = question.Email,
            Topic = await ExistingTopicAsync(conference, question.Topic),
            Order = await NextOrderAsync(db.Petitions.Where(p => p.ConferenceId == conference.Id).Select(p => p.Order)),
        });
        db.Petitions.Add(petition);
        if (FollowUpOpening.For(petition) is { } followUp) db.FollowUps.Add(followUp);

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        if (question.MarkRaised(petition.Id, raiser.Id) is { } refusal) return refusal;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>The residential group of the conference's unit the sender chose, by the name the form gave it.</summary>
    private async Task<int?> GroupIdAsync(Conference conference, string? group)
    {
        if (group is null) return null;
        var groups = await db.Units.AsNoTracking().ResidentialGroupsIn(await ReachAsync(conference))
            .Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync();
        return groups.FirstOrDefault(g => $"{g.Kind.Label()} {g.Name}" == group)?.Id;
    }

    /// <summary>The catalogued topic of that name near the unit; a sender's "other" topic names none, and none is made for it.</summary>
    private async Task<Topic?> ExistingTopicAsync(Conference conference, string name)
    {
        var folded = VietnameseText.Fold(name);
        return await db.Topics.Near(await ReachAsync(conference)).FirstOrDefaultAsync(t => t.SearchText == folded);
    }
}
