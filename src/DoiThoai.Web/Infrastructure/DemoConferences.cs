using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// The five conferences that the seed articles report, as demo minutes: dates, bodies, people, counts
/// and topics are the articles' facts; every sentence is written anew. Where an article gives no day
/// (the Kỳ Anh briefing of the first quarter of 2023), the conference carries the period it reviews alone.
/// Runs once: a conference is looked up by unit, date and kind first. The minutes of each town are in their own
/// file (<c>DemoConferences.KyAnh.cs</c>, <c>.HongLinh.cs</c>, <c>.ThanhBinh.cs</c>).
/// </summary>
public sealed partial class DemoConferences(AppDbContext db)
{
    private Dictionary<string, AdministrativeUnit> _units = [];
    private Dictionary<(int UnitId, string Name), Organization> _organizations = [];

    public async Task SeedAsync()
    {
        _units = await db.Units.ToDictionaryAsync(u => u.Code);
        _organizations = (await db.Organizations.ToListAsync()).ToDictionary(o => (o.UnitId, o.Name));
        var legal = await LegalBasesAsync();
        var topics = await TopicsAsync();

        await AddOnceAsync(KyPhuongDialogue(legal, topics));
        await AddOnceAsync(KyAnhWorkingSession(legal));
        await AddOnceAsync(KyAnhBriefing(legal, topics));
        await AddOnceAsync(HongLinhBriefing(topics));
        await AddOnceAsync(ThanhBinhDialogue(legal, topics));
        await AddTemplatesOnceAsync();
    }

    /// <summary>Two model answers of the town, usable by its wards, so a new user sees templates at work.</summary>
    private async Task AddTemplatesOnceAsync()
    {
        var town = Unit("HT-KA").Id;
        if (await db.AnswerTemplates.AnyAsync(t => t.UnitId == town)) return;
        db.AnswerTemplates.AddRange(
            new AnswerTemplate
            {
                UnitId = town, Title = "Tiếp thu, giao cơ quan chủ trì",
                Body = "Tiếp thu ý kiến của {người nêu} tại {hội nghị} ngày {ngày hội nghị}. {cơ quan chủ trì} được giao nghiên cứu, giải quyết và trả lời bằng văn bản.",
            },
            new AnswerTemplate
            {
                UnitId = town, Title = "Đã giải quyết dứt điểm",
                Body = "Nội dung \"{nội dung}\" do {người nêu} nêu ngày {ngày hội nghị} đã được {cơ quan chủ trì} giải quyết dứt điểm.",
            });
        await db.SaveChangesAsync();
    }

    private async Task AddOnceAsync(Conference conference)
    {
        if (await db.Conferences.AnyAsync(c => c.UnitId == conference.UnitId && c.HeldOn == conference.HeldOn && c.Kind == conference.Kind))
            return;
        StampParts(conference);
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();

        // What was raised and concluded is followed up, as the minutes page does for new rows.
        foreach (var petition in conference.Petitions)
            if (FollowUpOpening.For(petition) is { } followUp)
            {
                // Answers given on the spot are published in the demo, as an office would after the conference.
                if (followUp.State == FollowUpState.Resolved)
                    (followUp.IsPublic, followUp.PublishedAtUtc) = (true, conference.HeldOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
                db.FollowUps.Add(followUp);
            }
        foreach (var item in conference.ConclusionItems)
        {
            var unitId = item.ResponsibleOrganizationId is { } orgId ? _organizations.Values.First(o => o.Id == orgId).UnitId : (int?)null;
            var followUp = FollowUpOpening.For(item, unitId, conference.HeldOn);
            db.FollowUps.Add(followUp);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Parts carry the conference's unit and their order in the minutes.</summary>
    private static void StampParts(Conference conference)
    {
        var order = 0;
        foreach (var part in conference.LegalBases) { part.UnitId = conference.UnitId; part.Order = ++order; }
        order = 0;
        foreach (var part in conference.Participants) { part.UnitId = conference.UnitId; part.Order = ++order; }
        foreach (var part in conference.ParticipatingOrganizations) part.UnitId = conference.UnitId;
        order = 0;
        foreach (var part in conference.Speeches) { part.UnitId = conference.UnitId; part.Order = ++order; }
        order = 0;
        foreach (var part in conference.Petitions) { part.UnitId = conference.UnitId; part.Order = ++order; }
        order = 0;
        foreach (var part in conference.ConclusionItems) { part.UnitId = conference.UnitId; part.Order = ++order; }
        order = 0;
        foreach (var part in conference.CitedFigures) { part.UnitId = conference.UnitId; part.Order = ++order; }
        order = 0;
        foreach (var part in conference.Findings) { part.UnitId = conference.UnitId; part.Order = ++order; }
        conference.KeepFindingsText(conference.Findings);
    }

    private AdministrativeUnit Unit(string code) => _units[code];
    private Organization Org(string unitCode, string name) => _organizations[(Unit(unitCode).Id, name)];

    /// <summary>Each document is kept by the unit whose body issued it.</summary>
    private async Task<Dictionary<string, LegalBasis>> LegalBasesAsync()
    {
        var wanted = new[]
        {
            new LegalBasis { UnitId = Unit("HT").Id, DocumentType = "Quyết định", Number = "657-QĐ/TU", IssuedOn = new DateOnly(2018, 4, 4), IssuingBody = "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
                Title = "Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân" },
            new LegalBasis { UnitId = Unit("HT-KA").Id, DocumentType = "Chỉ thị", Number = "11-CT/Th.U", IssuedOn = new DateOnly(2021, 6, 10), IssuingBody = "Ban Thường vụ Thị ủy Kỳ Anh",
                Title = "Về việc tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân" },
            new LegalBasis { UnitId = Unit("HT-KA").Id, DocumentType = "Nghị quyết", Number = "09-NQ/Th.U", IssuedOn = new DateOnly(2022, 3, 1), IssuingBody = "Ban Thường vụ Thị ủy Kỳ Anh",
                Title = "Nâng cao chất lượng, hiệu quả hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội giai đoạn 2022 - 2025 và những năm tiếp theo" },
            new LegalBasis { UnitId = Unit("NB-NB").Id, DocumentType = "Hướng dẫn", Number = "Không số", IssuedOn = null, IssuingBody = "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Ninh Bình",
                Title = "tổ chức hội nghị đối thoại năm 2019" },
        };
        var existing = await db.LegalBases.ToListAsync();
        foreach (var basis in wanted.Where(w => !existing.Any(e => e.Number == w.Number && e.IssuingBody == w.IssuingBody)))
        {
            db.LegalBases.Add(basis);
            existing.Add(basis);
        }
        await db.SaveChangesAsync();
        return existing.ToDictionary(l => l.Number == "Không số" ? "HD-NB-2019" : l.Number);
    }

    private async Task<Dictionary<string, Topic>> TopicsAsync()
    {
        var catalogue = new (string Unit, string Name)[]
        {
            ("HT-KA", "Công tác nhân sự chi hội, chi đoàn"),
            ("HT-KA", "Kinh phí hoạt động"),
            ("HT-KA", "Tập hợp, thu hút hội viên, đoàn viên"),
            ("HT-KA", "Chế độ phụ cấp"),
            ("HT-KA", "Phong trào thi đua, tuyên truyền"),
            ("HT-KA", "Quyền lợi hội viên, đoàn viên"),
            ("HT-KA", "Giám sát sau đối thoại"),
            ("HT-KA", "Thiết chế văn hóa cơ sở"),
            ("HT-KA", "An ninh trật tự, phòng chống lừa đảo"),
            ("HT-HL", "Đất đai"),
            ("HT-HL", "Tổ chức đại hội đoàn thể"),
            ("NB-NB-TB", "Bố trí cán bộ kiêm nhiệm"),
            ("NB-NB-TB", "Phương thức hoạt động của Mặt trận"),
            ("NB-NB-TB", "Chế độ cho cán bộ Mặt trận"),
            ("NB-NB-TB", "Thi đua, khen thưởng"),
            ("NB-NB-TB", "Tín ngưỡng, tôn giáo"),
            ("NB-NB-TB", "Vệ sinh môi trường"),
        };
        var existing = await db.Topics.ToListAsync();
        foreach (var (unitCode, name) in catalogue)
        {
            if (existing.Any(t => t.UnitId == Unit(unitCode).Id && t.Name == name)) continue;
            var topic = new Topic { UnitId = Unit(unitCode).Id, Name = name };
            db.Topics.Add(topic);
            existing.Add(topic);
        }
        await db.SaveChangesAsync();
        return existing.ToDictionary(t => t.Name);
    }

    private Person Person(string unitCode, string name, string position, string? organizationName = null)
    {
        var unit = Unit(unitCode);
        var found = db.People.Local.FirstOrDefault(p => p.UnitId == unit.Id && p.FullName == name)
            ?? db.People.FirstOrDefault(p => p.UnitId == unit.Id && p.FullName == name);
        if (found is not null) return found;
        var person = new Person
        {
            UnitId = unit.Id, FullName = name, Position = position,
            OrganizationId = organizationName is null ? null : Org(unitCode, organizationName).Id,
        };
        db.People.Add(person);
        return person;
    }

    private static ConferenceParticipant Takes(ParticipantRole role, Person person, string? position = null) =>
        new() { Role = role, Person = person, PositionHeld = position ?? person.Position };

    private static MinutesFinding Finding(FindingKind kind, string content, string? figure = null) =>
        new() { Kind = kind, Content = content, Figure = figure };

    private ConclusionItemCoordinator Coordinates(string unitCode, string name) => new() { OrganizationId = Org(unitCode, name).Id };

    private static Speech Says(SpeechKind kind, Person? person, string summary, Organization? organization = null) =>
        new() { Kind = kind, Person = person, PositionHeld = person?.Position, Organization = organization, OrganizationId = organization?.Id, Summary = summary };
}
