using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Questions;

/// <summary>
/// A coming dialogue of Kỳ Phương ward, announced on the public calendar and taking questions, with three questions
/// sent before it: one waiting, one accepted (ready in the minutes entry), one refused with its reason. Seeded once.
/// </summary>
public static class DemoQuestions
{
    public const string Title = "Đối thoại với Nhân dân về chỉnh trang đô thị, thoát nước khu dân cư";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == "HT-KA-KPH");
        if (unit is null || await db.Conferences.IgnoreQueryFilters().AnyAsync(c => c.UnitId == unit.Id && c.Title == Title)) return;
        var heldOn = VietnamTime.Today(clock).AddDays(21);
        var conference = new Conference
        {
            UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Planned, Title = Title,
            HeldOn = heldOn, StartsAt = new TimeOnly(8, 0), Place = "Hội trường UBND phường Kỳ Phương",
        };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Announcements.Add(new ConferenceAnnouncement
        {
            ConferenceId = conference.Id, UnitId = unit.Id, Topic = "Chỉnh trang đô thị; thoát nước, đường ngõ xóm trong khu dân cư",
            Answerers = "Chủ tịch UBND phường, Trưởng Công an phường", IsPublished = true, TakesQuestions = true, PublishedAtUtc = now.AddDays(-3),
        });
        SentQuestion Question(string name, int group, string topic, string content, int daysAgo) => new()
        {
            UnitId = unit.Id, ConferenceId = conference.Id, SenderName = name, ResidentialGroup = $"{UnitKind.ResidentialGroup.Label()} số {group}",
            Topic = topic, Content = content, ConsentedPurpose = SentQuestion.Purpose, SentAtUtc = now.AddDays(-daysAgo),
        };
        var pending = Question("Trần Văn Bình", 3, "Thiết chế văn hóa cơ sở",
            "Nhà văn hóa tổ dân phố số 3 xuống cấp, mái dột khi mưa; đề nghị phường cho biết kế hoạch sửa chữa.", 1);
        var accepted = Question("Nguyễn Thị Hoa", 5, "An ninh trật tự, phòng chống lừa đảo",
            "Đề nghị lắp thêm đèn chiếu sáng và camera tại ngõ 12 đường Nguyễn Du, nơi thường xảy ra trộm cắp vào ban đêm.", 2);
        var refused = Question("Lê Văn Nam", 1, QuestionSending.OtherTopic,
            "Đề nghị giải quyết tranh chấp ranh giới đất giữa hai hộ gia đình trong tổ.", 2);
        db.SentQuestions.AddRange(pending, accepted, refused);
        accepted.Accept("Cán bộ phường Kỳ Phương", now.AddDays(-1));
        refused.Refuse("Tranh chấp đất đai giữa các hộ được hòa giải tại cơ sở theo Luật Hòa giải ở cơ sở, không thuộc nội dung đối thoại; "
            + "đề nghị ông liên hệ tổ hòa giải của tổ dân phố.", "Cán bộ phường Kỳ Phương", now.AddDays(-1));
        await db.SaveChangesAsync();
    }
}
