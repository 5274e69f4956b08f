using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// The five conferences that the seed articles report, as demo minutes: dates, bodies, people, counts
/// and topics are the articles' facts; every sentence is written anew. Where an article gives no day
/// (the Kỳ Anh briefing of the first quarter of 2023), the first working days of April stand in.
/// Runs once: a conference is looked up by unit, date and kind first.
/// </summary>
public sealed class DemoConferences(AppDbContext db)
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
    }

    private AdministrativeUnit Unit(string code) => _units[code];
    private Organization Org(string unitCode, string name) => _organizations[(Unit(unitCode).Id, name)];

    /// <summary>Each document is kept by the unit whose body issued it.</summary>
    private async Task<Dictionary<string, LegalBasis>> LegalBasesAsync()
    {
        var wanted = new[]
        {
            new LegalBasis { UnitId = Unit("HT").Id, Number = "657-QĐ/TU", IssuedOn = new DateOnly(2018, 4, 4), IssuingBody = "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
                Title = "Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân" },
            new LegalBasis { UnitId = Unit("HT-KA").Id, Number = "11-CT/Th.U", IssuedOn = new DateOnly(2021, 6, 10), IssuingBody = "Ban Thường vụ Thị ủy Kỳ Anh",
                Title = "Về việc tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân" },
            new LegalBasis { UnitId = Unit("HT-KA").Id, Number = "09-NQ/Th.U", IssuedOn = new DateOnly(2022, 3, 1), IssuingBody = "Ban Thường vụ Thị ủy Kỳ Anh",
                Title = "Nâng cao chất lượng, hiệu quả hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội giai đoạn 2022 - 2025 và những năm tiếp theo" },
            new LegalBasis { UnitId = Unit("NB-NB").Id, Number = "Không số", IssuedOn = null, IssuingBody = "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Ninh Bình",
                Title = "Hướng dẫn tổ chức hội nghị đối thoại năm 2019" },
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

    private static Speech Says(SpeechKind kind, Person? person, string summary, Organization? organization = null) =>
        new() { Kind = kind, Person = person, PositionHeld = person?.Position, Organization = organization, OrganizationId = organization?.Id, Summary = summary };

    private Conference KyPhuongDialogue(Dictionary<string, LegalBasis> legal, Dictionary<string, Topic> topics)
    {
        var chair = Person("HT-KA-KPH", "Lê Văn Chương", "Bí thư Đảng ủy, Chủ tịch UBND phường", "Đảng ủy phường Kỳ Phương");
        var guest = Person("HT-KA", "Phùng Quốc Việt", "Phó Trưởng ban Dân vận Thị ủy", "Ban Dân vận Thị ủy Kỳ Anh");
        var front = Person("HT-KA-KPH", "Lê Quang Hòa", "Chủ tịch Ủy ban MTTQ phường", "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        var mttq = Org("HT-KA-KPH", "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        Petition Raised(string topic, string content) => new()
        {
            Kind = PetitionKind.Petition, Content = content, Topic = topics[topic], RaisedByOrganization = mttq, RaisedByOrganizationId = mttq.Id,
        };

        return new Conference
        {
            UnitId = Unit("HT-KA-KPH").Id,
            OrganizerId = Org("HT-KA-KPH", "Đảng ủy phường Kỳ Phương").Id,
            Kind = ConferenceKind.Dialogue,
            Status = ConferenceStatus.MinutesComplete,
            Title = "Đối thoại giữa Đảng ủy phường với Mặt trận, các đoàn thể và chi hội, chi đoàn tổ dân phố",
            HeldOn = new DateOnly(2022, 6, 28),
            Place = "Hội trường phường Kỳ Phương",
            Summary = "Đảng ủy phường lắng nghe khó khăn, tâm tư và kiến nghị của Mặt trận, các đoàn thể từ phường đến tổ dân phố.",
            UnitemizedOpinionCount = 13,
            UnitemizedPetitionCount = 28,
            ConclusionText = "Chủ trì tiếp thu, giải trình các kiến nghị và yêu cầu khối Mặt trận, đoàn thể tiếp tục thực hiện Nghị quyết 09-NQ/Th.U bằng kế hoạch cụ thể theo tháng, quý.",
            LegalBases = [new() { LegalBasis = legal["657-QĐ/TU"] }, new() { LegalBasis = legal["11-CT/Th.U"] }, new() { LegalBasis = legal["09-NQ/Th.U"] }],
            Participants = [Takes(ParticipantRole.Chair, chair), Takes(ParticipantRole.DirectingGuest, guest), Takes(ParticipantRole.Delegate, front)],
            ParticipatingOrganizations = new[] { "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", "Hội Nông dân phường Kỳ Phương", "Đoàn Thanh niên phường Kỳ Phương",
                "Hội Cựu chiến binh phường Kỳ Phương", "Hội Liên hiệp Phụ nữ phường Kỳ Phương" }
                .Select(name => new ConferenceOrganization { OrganizationId = Org("HT-KA-KPH", name).Id }).ToList(),
            Speeches =
            [
                Says(SpeechKind.Report, chair, "Báo cáo tình hình kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng đô thị văn minh của phường."),
                Says(SpeechKind.Report, front, "Báo cáo các kiến nghị, đề xuất của Mặt trận và các đoàn thể gửi cấp ủy, chính quyền."),
                Says(SpeechKind.Contribution, null, "Đại biểu các chi hội, chi đoàn tổ dân phố nêu khó khăn trong hoạt động.", mttq),
                Says(SpeechKind.DirectingSpeech, guest, "Ghi nhận sự quan tâm của cấp ủy, chính quyền; đề nghị triển khai Nghị quyết 09 bằng việc làm cụ thể, tạo dấu ấn để thu hút hội viên."),
                Says(SpeechKind.AnswerAndExplanation, chair, "Tiếp thu, giải trình và trả lời các kiến nghị, đề xuất của đại biểu."),
                Says(SpeechKind.Conclusion, chair, "Kết luận hội nghị."),
            ],
            Petitions =
            [
                Raised("Công tác nhân sự chi hội, chi đoàn", "Khó khăn về nhân sự ban chấp hành các chi hội, chi đoàn ở tổ dân phố."),
                Raised("Kinh phí hoạt động", "Nguồn kinh phí hoạt động của chi hội, chi đoàn còn hạn hẹp."),
                Raised("Tập hợp, thu hút hội viên, đoàn viên", "Việc tập hợp, thu hút hội viên, đoàn viên tham gia sinh hoạt gặp khó khăn."),
                Raised("Chế độ phụ cấp", "Phụ cấp theo Nghị định 34 thấp; đề nghị vận động nguồn xã hội hóa hỗ trợ cán bộ tổ dân phố."),
                Raised("Phong trào thi đua, tuyên truyền", "Khó khăn trong tổ chức phong trào thi đua và công tác tuyên truyền, vận động."),
                Raised("Quyền lợi hội viên, đoàn viên", "Một số vấn đề liên quan đến quyền lợi của hội viên, đoàn viên."),
            ],
            ConclusionItems =
            [
                new() { Content = "Mặt trận và các đoàn thể xây dựng kế hoạch thực hiện Nghị quyết 09-NQ/Th.U theo tháng, quý với việc làm cụ thể.",
                    ResponsibleOrganizationId = mttq.Id, Deadline = new DateOnly(2022, 7, 31) },
            ],
        };
    }

    private Conference KyAnhWorkingSession(Dictionary<string, LegalBasis> legal)
    {
        var front = Org("HT-KA", "Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh");
        return new Conference
        {
            UnitId = Unit("HT-KA").Id,
            OrganizerId = Org("HT-KA", "Thị ủy Kỳ Anh").Id,
            Kind = ConferenceKind.WorkingSession,
            Status = ConferenceStatus.MinutesComplete,
            Title = "Thường trực Thị ủy làm việc với Ủy ban MTTQ và các tổ chức chính trị - xã hội thị xã",
            HeldOn = new DateOnly(2022, 4, 15),
            StartsAt = new TimeOnly(14, 0),
            Summary = "Đánh giá hoạt động quý I năm 2022 của Mặt trận và các đoàn thể, những hạn chế về giám sát, phản biện và tập hợp hội viên.",
            ConclusionText = "Thường trực Thị ủy ghi nhận kết quả, đề nghị Mặt trận và các đoàn thể chủ động hơn, phát huy giám sát, phản biện và cụ thể hóa Nghị quyết 09-NQ/Th.U.",
            LegalBases = [new() { LegalBasis = legal["09-NQ/Th.U"] }],
            ParticipatingOrganizations = new[] { "Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh", "Hội Nông dân thị xã Kỳ Anh", "Đoàn Thanh niên thị xã Kỳ Anh",
                "Hội Cựu chiến binh thị xã Kỳ Anh", "Liên đoàn Lao động thị xã Kỳ Anh", "Hội Liên hiệp Phụ nữ thị xã Kỳ Anh" }
                .Select(name => new ConferenceOrganization { OrganizationId = Org("HT-KA", name).Id }).ToList(),
            ConclusionItems =
            [
                new() { Content = "Phát huy vai trò giám sát, phản biện xã hội; kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân.", ResponsibleOrganizationId = front.Id },
                new() { Content = "Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn, hội kế cận, nhất là cán bộ cơ sở.", ResponsibleOrganizationId = front.Id },
                new() { Content = "Xây dựng chương trình học tập, quán triệt và cụ thể hóa Nghị quyết 09-NQ/Th.U.", ResponsibleOrganizationId = front.Id,
                    Deadline = new DateOnly(2022, 6, 30) },
                new() { Content = "Chuẩn bị tốt đại hội Đoàn Thanh niên, Hội Cựu chiến binh, Ban Đoàn kết Công giáo thị xã.",
                    ResponsibleOrganizationId = Org("HT-KA", "Đoàn Thanh niên thị xã Kỳ Anh").Id },
            ],
        };
    }

    private Conference KyAnhBriefing(Dictionary<string, LegalBasis> legal, Dictionary<string, Topic> topics)
    {
        var chair = Person("HT-KA", "Phan Duy Vĩnh", "Phó Bí thư Thường trực Thị ủy, Chủ tịch HĐND thị xã, Trưởng ban chỉ đạo", "Thị ủy Kỳ Anh");
        var reporter = Person("HT-KA", "Nguyễn Văn Hảo", "Ủy viên BTV, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ thị xã", "Ban Dân vận Thị ủy Kỳ Anh");
        Petition Raised(PetitionKind kind, string topic, string content) => new() { Kind = kind, Content = content, Topic = topics[topic] };
        return new Conference
        {
            UnitId = Unit("HT-KA").Id,
            OrganizerId = Org("HT-KA", "Ban chỉ đạo phong trào thi đua Dân vận khéo và quy chế dân chủ cơ sở thị xã Kỳ Anh").Id,
            Kind = ConferenceKind.Briefing,
            Status = ConferenceStatus.Held,
            Title = "Giao ban quý I, triển khai nhiệm vụ quý II năm 2023 của Ban chỉ đạo Dân vận khéo và quy chế dân chủ cơ sở",
            HeldOn = new DateOnly(2023, 4, 3),
            Summary = "Quý I: 27 mô hình Dân vận khéo được đăng ký; 11 xã, phường xây dựng kế hoạch tiếp xúc, đối thoại năm 2023, 3 đơn vị đã tổ chức đối thoại.",
            ConclusionText = "Trưởng ban chỉ đạo đánh giá sự vào cuộc của các tổ chức, các xã, phường và giao nhiệm vụ trọng tâm cho quý II.",
            LegalBases = [new() { LegalBasis = legal["657-QĐ/TU"] }],
            Participants = [Takes(ParticipantRole.Chair, chair), Takes(ParticipantRole.Delegate, reporter)],
            Speeches =
            [
                Says(SpeechKind.Report, reporter, "Báo cáo kết quả hoạt động quý I năm 2023 của Ban chỉ đạo."),
                Says(SpeechKind.Opinion, null, "Đại biểu nêu các vấn đề nổi cộm trên địa bàn và kiến nghị với Ban chỉ đạo."),
                Says(SpeechKind.Conclusion, chair, "Kết luận hội nghị, giao nhiệm vụ quý II."),
            ],
            Petitions =
            [
                Raised(PetitionKind.Opinion, "An ninh trật tự, phòng chống lừa đảo", "Xuất hiện nhiều hình thức lừa đảo tinh vi, có tổ chức."),
                Raised(PetitionKind.Opinion, "Giám sát sau đối thoại", "Việc giải quyết một số vấn đề tồn đọng ở cơ sở chưa quyết liệt."),
                Raised(PetitionKind.Proposal, "Giám sát sau đối thoại", "Quan tâm hơn nữa đến công tác giám sát sau đối thoại."),
                Raised(PetitionKind.Proposal, "Phong trào thi đua, tuyên truyền", "Đánh giá, khen thưởng, biểu dương hiệu quả các mô hình Dân vận khéo."),
                Raised(PetitionKind.Proposal, "Thiết chế văn hóa cơ sở", "Nâng cao hiệu quả hoạt động của nhà văn hóa cộng đồng, ngôi nhà trí tuệ."),
            ],
            ConclusionItems =
            [
                new() { Content = "Tuyên truyền để người dân tỉnh táo, cảnh giác trước các hành vi lừa đảo.", ResponsibleOrganizationId = Org("HT-KA", "Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh").Id },
                new() { Content = "Chú trọng đối thoại ở cơ sở và việc thực hiện các kết luận sau đối thoại.", ResponsibleOrganizationId = Org("HT-KA", "Ban Dân vận Thị ủy Kỳ Anh").Id,
                    Deadline = new DateOnly(2023, 6, 30) },
                new() { Content = "Khen thưởng, động viên các mô hình Dân vận khéo tiêu biểu.", ResponsibleOrganizationId = Org("HT-KA", "Ban Dân vận Thị ủy Kỳ Anh").Id },
                new() { Content = "Chuẩn bị sơ kết 5 năm thực hiện Quyết định 657-QĐ/TU.", ResponsibleOrganizationId = Org("HT-KA", "Ban Dân vận Thị ủy Kỳ Anh").Id,
                    Deadline = new DateOnly(2023, 9, 30) },
            ],
        };
    }

    private Conference HongLinhBriefing(Dictionary<string, Topic> topics)
    {
        var secretary = Person("HT-HL", "Lê Thành Đông", "Tỉnh ủy viên, Bí thư Thị ủy", "Thị ủy Hồng Lĩnh");
        var deputy = Person("HT-HL", "Nguyễn Thăng Long", "Phó Bí thư Thường trực Thị ủy, Chủ tịch HĐND thị xã", "Thị ủy Hồng Lĩnh");
        var speakers = new[]
        {
            (Person("HT-HL", "Nguyễn Anh Tài", "Phó Trưởng ban Dân vận Thị ủy", "Ban Dân vận Thị ủy Hồng Lĩnh"), SpeechKind.Report, "Báo cáo kết quả quý I và nhiệm vụ quý II năm 2023 của Mặt trận và các đoàn thể."),
            (Person("HT-HL", "Đặng Ngọc Sơn", "Chủ tịch Ủy ban MTTQ thị xã", "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh"), SpeechKind.Contribution, "Mặt trận tổ chức các hội nghị lấy ý kiến về sửa đổi Luật Đất đai, thu được 326 ý kiến."),
            (Person("HT-HL", "Lê Thị Thu Hiền", "Chủ tịch Hội Nông dân thị xã", "Hội Nông dân thị xã Hồng Lĩnh"), SpeechKind.Contribution, "Hoàn thành đại hội nông dân 6 phường, xã; chuẩn bị đại hội cấp thị xã nhiệm kỳ 2023 - 2028."),
            (Person("HT-HL", "Phan Văn Đường", "Bí thư Thị đoàn", "Đoàn Thanh niên thị xã Hồng Lĩnh"), SpeechKind.Contribution, "Hoàn thành tháng Thanh niên; chuẩn bị đối thoại giữa lãnh đạo thị xã với đoàn viên thanh niên."),
            (Person("HT-HL", "Hoàng Xuân Hùng", "Chủ tịch Hội Cựu chiến binh thị xã", "Hội Cựu chiến binh thị xã Hồng Lĩnh"), SpeechKind.Contribution, "Báo cáo kết quả quý I và nêu kiến nghị của Hội."),
            (Person("HT-HL", "Võ Thị Kim Anh", "Chủ tịch Liên đoàn Lao động thị xã", "Liên đoàn Lao động thị xã Hồng Lĩnh"), SpeechKind.Contribution, "35/55 công đoàn cơ sở đã đại hội nhiệm kỳ 2023 - 2028."),
            (Person("HT-HL", "Nguyễn Thị Thắm", "Chủ tịch Hội Liên hiệp Phụ nữ thị xã", "Hội Liên hiệp Phụ nữ thị xã Hồng Lĩnh"), SpeechKind.Contribution, "Nhiệm vụ quý II của Hội Phụ nữ."),
            (Person("HT-HL", "Trần Xuân Đức", "Phó Chủ tịch UBND thị xã", "Ủy ban nhân dân thị xã Hồng Lĩnh"), SpeechKind.Opinion, "Đánh giá cao vai trò của Mặt trận và đoàn thể trong giải phóng mặt bằng."),
        };
        return new Conference
        {
            UnitId = Unit("HT-HL").Id,
            OrganizerId = Org("HT-HL", "Thị ủy Hồng Lĩnh").Id,
            Kind = ConferenceKind.Briefing,
            Status = ConferenceStatus.MinutesComplete,
            Title = "Giao ban quý I năm 2023 giữa Thường trực Thị ủy với Mặt trận và các tổ chức chính trị - xã hội",
            HeldOn = new DateOnly(2023, 4, 6),
            StartsAt = new TimeOnly(8, 0),
            Summary = "Đánh giá hoạt động quý I, triển khai nhiệm vụ trọng tâm quý II năm 2023 của Mặt trận và các đoàn thể.",
            UnitemizedOpinionCount = 326,
            ConclusionText = "Bí thư Thị ủy ghi nhận kết quả, chỉ rõ hạn chế và yêu cầu đổi mới phương thức hoạt động, bám sát cơ sở, bảo đảm quyền lợi đoàn viên, hội viên.",
            Participants = [Takes(ParticipantRole.Chair, secretary), Takes(ParticipantRole.Chair, deputy)],
            ParticipatingOrganizations = new[] { "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh", "Hội Nông dân thị xã Hồng Lĩnh", "Đoàn Thanh niên thị xã Hồng Lĩnh",
                "Hội Cựu chiến binh thị xã Hồng Lĩnh", "Liên đoàn Lao động thị xã Hồng Lĩnh", "Hội Liên hiệp Phụ nữ thị xã Hồng Lĩnh" }
                .Select(name => new ConferenceOrganization { OrganizationId = Org("HT-HL", name).Id }).ToList(),
            Speeches = speakers.Select(s => Says(s.Item2, s.Item1, s.Item3))
                .Append(Says(SpeechKind.DirectingSpeech, deputy, "Đề nghị bám sát mục tiêu, tổ chức thành công đại hội Hội Nông dân và Liên đoàn Lao động, phát huy nhà văn hóa cộng đồng."))
                .Append(Says(SpeechKind.Conclusion, secretary, "Kết luận hội nghị."))
                .ToList(),
            Petitions =
            [
                // Demo only: an answer on the spot, so the public page of answered petitions has something to show.
                new() { Kind = PetitionKind.Proposal, Topic = topics["Tổ chức đại hội đoàn thể"], Content = "Kiến nghị của Hội Cựu chiến binh về thực hiện nhiệm vụ thời gian tới.",
                    RaisedByOrganizationId = Org("HT-HL", "Hội Cựu chiến binh thị xã Hồng Lĩnh").Id, AnsweredByPerson = secretary,
                    OnTheSpotAnswer = "Thường trực Thị ủy tiếp thu; giao các cơ quan tham mưu hướng dẫn Hội Cựu chiến binh triển khai nhiệm vụ quý II." },
            ],
            ConclusionItems =
            [
                new() { Content = "Tổ chức thành công đại hội Hội Nông dân và Liên đoàn Lao động thị xã nhiệm kỳ 2023 - 2028.",
                    ResponsibleOrganizationId = Org("HT-HL", "Hội Nông dân thị xã Hồng Lĩnh").Id, Deadline = new DateOnly(2023, 6, 30) },
                new() { Content = "Phát huy hiệu quả nhà văn hóa cộng đồng.", ResponsibleOrganizationId = Org("HT-HL", "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh").Id },
                new() { Content = "Tổ chức đợt sinh hoạt chính trị chuyên đề năm 2023 đến đoàn viên, hội viên ở thôn, tổ dân phố.",
                    ResponsibleOrganizationId = Org("HT-HL", "Ban Dân vận Thị ủy Hồng Lĩnh").Id },
            ],
        };
    }

    private Conference ThanhBinhDialogue(Dictionary<string, LegalBasis> legal, Dictionary<string, Topic> topics)
    {
        var front = Org("NB-NB-TB", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình");
        var committees = Enumerable.Range(1, 18)
            .Select(i => Org($"NB-NB-TB-TDP{i:00}", $"Ban công tác Mặt trận tổ dân phố số {i}")).ToList();
        Petition Raised(int committee, string topic, string content) => new()
        {
            Kind = PetitionKind.Opinion, Content = content, Topic = topics[topic],
            RaisedByOrganizationId = committees[committee - 1].Id, RaisedByUnitId = committees[committee - 1].UnitId,
        };
        return new Conference
        {
            UnitId = Unit("NB-NB-TB").Id,
            OrganizerId = front.Id,
            Kind = ConferenceKind.Dialogue,
            Status = ConferenceStatus.MinutesComplete,
            Title = "Đối thoại giữa Ban Thường trực Ủy ban MTTQ phường với các Ban công tác Mặt trận",
            HeldOn = new DateOnly(2019, 8, 23),
            Summary = "Đánh giá việc thực hiện Quy chế tổ chức và hoạt động của Ban công tác Mặt trận ở khu dân cư năm 2018 và 6 tháng đầu năm 2019.",
            UnitemizedOpinionCount = 21,
            ConclusionText = "Qua đối thoại, đánh giá đúng thực trạng, phát huy mặt đạt được, chỉ rõ hạn chế và trách nhiệm của các cấp, các tổ chức thành viên.",
            LegalBases = [new() { LegalBasis = legal["HD-NB-2019"] }],
            ParticipatingOrganizations = committees.Select(c => new ConferenceOrganization { OrganizationId = c.Id }).ToList(),
            Speeches = Enumerable.Range(1, 9)
                .Select(i => Says(SpeechKind.Opinion, null, $"Đại biểu thứ {i} phát biểu thay mặt các Ban công tác Mặt trận.", committees[(i - 1) * 2]))
                .ToList(),
            Petitions =
            [
                Raised(1, "Bố trí cán bộ kiêm nhiệm", "Việc bố trí, sắp xếp cán bộ kiêm nhiệm ở Ban công tác Mặt trận hiện nay."),
                Raised(3, "Phương thức hoạt động của Mặt trận", "Đề nghị Mặt trận phường quan tâm hướng dẫn đổi mới nội dung, phương thức hoạt động."),
                Raised(5, "Chế độ cho cán bộ Mặt trận", "Đề xuất chế độ cho cán bộ Mặt trận ở khu dân cư."),
                Raised(7, "Thi đua, khen thưởng", "Tổng kết thi đua, khen thưởng hằng năm cuộc vận động xây dựng nông thôn mới, đô thị văn minh."),
                Raised(9, "Tín ngưỡng, tôn giáo", "Tình hình tín ngưỡng, tôn giáo và vận động Nhân dân không tham gia tà đạo."),
                Raised(11, "Vệ sinh môi trường", "Phối hợp dọn vệ sinh môi trường sáng thứ Bảy hằng tuần có sức lan tỏa trong khu dân cư."),
            ],
        };
    }
}
