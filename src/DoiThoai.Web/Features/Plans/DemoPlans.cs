using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Plans;

/// <summary>A demo yearly dialogue plan of Kỳ Phương ward for 2022, one entry carried out by the seeded dialogue. Seeded once.</summary>
public static class DemoPlans
{
    public static async Task SeedAsync(AppDbContext db)
    {
        var unitId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => (int?)u.Id).FirstOrDefaultAsync();
        if (unitId is not { } id || await db.DialoguePlans.IgnoreQueryFilters().AnyAsync(p => p.UnitId == id && p.Year == 2022)) return;
        var dialogue = await db.Conferences.Where(c => c.UnitId == id && c.Kind == ConferenceKind.Dialogue && c.HeldOn.Year == 2022)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync();
        db.DialoguePlans.Add(new DialoguePlan
        {
            UnitId = id, Year = 2022, DocumentNumber = "Kế hoạch đối thoại năm 2022 của UBND phường",
            Entries =
            [
                new() { UnitId = id, Month = 3, Topic = "Đối thoại với đoàn viên, hội viên về công tác an sinh xã hội", LeadBy = "Chủ tịch UBND phường" },
                new() { UnitId = id, Month = 6, Topic = "Đối thoại với cán bộ, hội viên các tổ chức chính trị - xã hội", LeadBy = "Bí thư Đảng ủy phường", ConferenceId = dialogue },
                new() { UnitId = id, Month = 11, Topic = "Đối thoại với Nhân dân về chỉnh trang đô thị", LeadBy = "Chủ tịch UBND phường" },
            ],
        });
        await db.SaveChangesAsync();
    }
}
