using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Thanh Bình ward of Ninh Bình city: its dialogue, with the front committees of its 18 residential groups. The article
/// counts 09 speaking delegates without naming them, so the minutes hold the count and no speech rows.
/// </summary>
public sealed partial class DemoConferences
{
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
            // The article states 27 opinions from 09 delegates it does not name; six opinions are itemized below.
            StatedOpinionCount = 27,
            UnnamedSpeakerCount = 9,
            UnnamedSpeakerKind = "đại biểu",
            ConclusionText = "Qua đối thoại, đánh giá đúng thực trạng, phát huy mặt đạt được, chỉ rõ hạn chế và trách nhiệm của các cấp, các tổ chức thành viên.",
            LegalBases = [new() { LegalBasis = legal["HD-NB-2019"] }],
            ParticipatingOrganizations = committees.Select(c => new ConferenceOrganization { OrganizationId = c.Id }).ToList(),
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
