using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Infrastructure;

/// <summary>Hồng Lĩnh town: the town committee's briefing.</summary>
public sealed partial class DemoConferences
{
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
            ReviewedPeriodKind = PeriodKind.Quarter, ReviewedPeriodYear = 2023, ReviewedPeriodNumber = 1,
            // The 326 opinions were gathered at the Front's consultations on the Land Law, not at this briefing.
            CitedFigures = [new() { What = "ý kiến góp ý sửa đổi Luật Đất đai", Count = 326, Source = "các hội nghị lấy ý kiến của Ủy ban MTTQ thị xã" }],
            Findings =
            [
                Finding(FindingKind.Result, "Hội Nông dân hoàn thành đại hội cấp cơ sở", "6 phường, xã"),
                Finding(FindingKind.Result, "Công đoàn cơ sở đã tổ chức đại hội nhiệm kỳ 2023 - 2028", "35/55 công đoàn cơ sở"),
                Finding(FindingKind.Limitation, "Phương thức hoạt động của một số đoàn thể có lúc chưa theo kịp yêu cầu thực tiễn."),
                Finding(FindingKind.Limitation, "Tập hợp, vận động đoàn viên, hội viên ở một số nơi còn yếu; chuyển đổi số trong cán bộ hội còn chậm."),
            ],
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
                new() { Content = "Phát huy hiệu quả nhà văn hóa cộng đồng.", ResponsibleOrganizationId = Org("HT-HL", "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh").Id,
                    Coordinators = [Coordinates("HT-HL", "Đoàn Thanh niên thị xã Hồng Lĩnh"), Coordinates("HT-HL", "Hội Liên hiệp Phụ nữ thị xã Hồng Lĩnh")] },
                new() { Content = "Tổ chức đợt sinh hoạt chính trị chuyên đề năm 2023 đến đoàn viên, hội viên ở thôn, tổ dân phố.",
                    ResponsibleOrganizationId = Org("HT-HL", "Ban Dân vận Thị ủy Hồng Lĩnh").Id },
            ],
        };
    }
}
