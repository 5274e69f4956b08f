using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Kỳ Anh town: the Kỳ Phương ward dialogue, the town front's working session and the first-quarter briefing.</summary>
public sealed partial class DemoConferences
{
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
            // The article states 13 opinions and 34 petitions; six petitions are itemized below.
            StatedOpinionCount = 13,
            StatedPetitionCount = 34,
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
                    ResponsibleOrganizationId = mttq.Id, Deadline = new DateOnly(2022, 7, 31),
                    Coordinators = [Coordinates("HT-KA-KPH", "Hội Nông dân phường Kỳ Phương"), Coordinates("HT-KA-KPH", "Đoàn Thanh niên phường Kỳ Phương"),
                        Coordinates("HT-KA-KPH", "Hội Cựu chiến binh phường Kỳ Phương"), Coordinates("HT-KA-KPH", "Hội Liên hiệp Phụ nữ phường Kỳ Phương")] },
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
            ReviewedPeriodKind = PeriodKind.Quarter, ReviewedPeriodYear = 2022, ReviewedPeriodNumber = 1,
            Findings =
            [
                Finding(FindingKind.Result, "Mặt trận và các đoàn thể hướng hoạt động về cơ sở, phát động nhiều phong trào thi đua."),
                Finding(FindingKind.Limitation, "Giám sát, phản biện xã hội chưa mạnh."),
                Finding(FindingKind.Limitation, "Tỷ lệ tập hợp đoàn viên, hội viên của một số tổ chức còn thấp."),
                Finding(FindingKind.Limitation, "Thiếu cán bộ chi hội, chi đoàn; nhân sự cho đại hội cơ sở của một số hội gặp khó khăn."),
            ],
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
            // The article gives no day: the briefing carries the quarter it reviews and sorts by the quarter's end.
            HeldOn = new DateOnly(2023, 3, 31),
            HeldOnUnknown = true,
            ReviewedPeriodKind = PeriodKind.Quarter, ReviewedPeriodYear = 2023, ReviewedPeriodNumber = 1,
            Findings =
            [
                Finding(FindingKind.Result, "Mô hình Dân vận khéo được các cơ quan, đơn vị đăng ký", "27 mô hình dân vận khéo"),
                Finding(FindingKind.Result, "Xã, phường xây dựng kế hoạch tiếp xúc, đối thoại năm 2023", "11 xã, phường"),
                Finding(FindingKind.Result, "Đơn vị đã tổ chức đối thoại trong quý", "3 đơn vị"),
                Finding(FindingKind.Limitation, "Một số đơn vị thực hiện quy chế dân chủ cơ sở chưa hiệu quả."),
            ],
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
}
