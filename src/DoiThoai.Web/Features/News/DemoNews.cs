using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// Demo posts: one published post per demo conference, written by the same draft an editor gets from
/// "Viết tin từ hội nghị", dated the day after the conference; and one open poll. Idempotent: a conference
/// that already has a post, or a poll with the same question, is skipped.
/// </summary>
public static class DemoNews
{
    private const string PollQuestion = "Bạn đánh giá thế nào về việc giải quyết kiến nghị sau đối thoại ở địa phương?";

    public static async Task SeedAsync(AppDbContext db, ConferenceFactsReader facts)
    {
        var conferences = await db.Conferences.AsNoTracking().OrderBy(c => c.HeldOn).Select(c => c.Id).ToListAsync();
        var reported = await db.NewsPosts.IgnoreQueryFilters().Where(p => p.ConferenceId != null).Select(p => p.ConferenceId!.Value).ToListAsync();
        var views = 8;
        foreach (var id in conferences.Except(reported))
        {
            if (await facts.ReadAsync(db.Conferences, id) is not { } found) continue;
            var draft = ConferenceDraft.From(found.Facts);
            var publishAt = found.Facts.HeldOn.AddDays(1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var slug = Slug.From(draft.Title, 100);
            if (await db.NewsPosts.IgnoreQueryFilters().AnyAsync(p => p.Slug == slug)) slug = $"{slug}-{id}";
            db.NewsPosts.Add(new NewsPost
            {
                UnitId = found.UnitId, ConferenceId = id, Title = draft.Title, Slug = slug, Lead = draft.Lead,
                BodyHtml = NewsHtml.SanitizeBody(draft.BodyHtml), Category = draft.Category, Tags = draft.Tags,
                AuthorLine = found.Facts.UnitName.Contains("Kỳ Anh") ? "Đậu Thị Anh (Văn phòng Thị ủy Kỳ Anh)" : $"Ban biên tập ({found.Facts.UnitName})",
                State = NewsPostState.Published, PublishAtUtc = publishAt, CreatedAtUtc = publishAt, UpdatedAtUtc = publishAt, ViewCount = views,
            });
            views = views * 3 + 5;
        }

        if (!await db.NewsPolls.AnyAsync(p => p.Question == PollQuestion)
            && await db.Units.Where(u => u.Code == "HT-KA").Select(u => (int?)u.Id).FirstOrDefaultAsync() is { } unitId)
        {
            db.NewsPolls.Add(new NewsPoll
            {
                UnitId = unitId, Question = PollQuestion, CreatedAtUtc = DateTime.UtcNow,
                Options =
                [
                    new() { Text = "Kịp thời, thỏa đáng", Order = 1 },
                    new() { Text = "Có chuyển biến nhưng còn chậm", Order = 2 },
                    new() { Text = "Chưa đáp ứng mong đợi", Order = 3 },
                ],
            });
        }
        await db.SaveChangesAsync();
    }
}
