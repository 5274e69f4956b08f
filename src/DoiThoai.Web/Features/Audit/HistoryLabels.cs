namespace DoiThoai.Web.Features.Audit;

/// <summary>What kind of record a foreign key in the history points to, so its name can be shown instead of its id.</summary>
public enum Refers
{
    Nothing,
    Unit,
    Organization,
    Person,
    Topic,
    LegalBasis,
    Conference,
    Plan,
    NewsPost,
    FollowUpItem,
    Petition,
    ConclusionItem,
    /// <summary>A user name (e-mail) kept as text, e.g. who finalized the minutes: shown as the person's full name.</summary>
    Account,
}

/// <summary>How one stored property reads in a history: its form label, what it points to, or hidden.</summary>
public sealed record FieldLabel(string Label, Refers Refers = Refers.Nothing)
{
    /// <summary>A property that says nothing to a reader (a parent key already implied by the page, a file's stored name).</summary>
    public static readonly FieldLabel Hidden = new("");

    public bool IsHidden => Label.Length == 0;
}

/// <summary>
/// The Vietnamese label of every audited property of every audited record type, the same words as its form.
/// A unit test fails when a record type gains a property that has no entry here.
/// </summary>
public static class HistoryLabels
{
    private static readonly FieldLabel Hidden = FieldLabel.Hidden;

    /// <summary>The record type's noun, as in "Sửa hội nghị".</summary>
    public static readonly IReadOnlyDictionary<string, string> RecordNames = new Dictionary<string, string>
    {
        ["Organization"] = "tổ chức", ["AdministrativeUnit"] = "đơn vị", ["Conference"] = "hội nghị", ["Speech"] = "phát biểu",
        ["Petition"] = "ý kiến, kiến nghị", ["ConclusionItem"] = "nội dung kết luận", ["ConferenceParticipant"] = "thành phần",
        ["ConferenceOrganization"] = "tổ chức tham dự", ["ConferenceLegalBasis"] = "căn cứ", ["AppUser"] = "tài khoản",
        ["LegalBasis"] = "văn bản căn cứ", ["Person"] = "người", ["Topic"] = "lĩnh vực", ["DialoguePlan"] = "kế hoạch",
        ["PlanEntry"] = "nội dung kế hoạch", ["NewsPost"] = "tin bài", ["NewsPhoto"] = "ảnh", ["NewsComment"] = "bình luận",
        ["NewsPoll"] = "khảo sát", ["FollowUpItem"] = "nội dung theo dõi", ["AnswerTemplate"] = "mẫu trả lời",
        ["ConferenceAnnouncement"] = "thông báo lịch hội nghị", ["SentQuestion"] = "câu hỏi gửi trước",
        ["CitedFigure"] = "số liệu dẫn", ["MinutesFinding"] = "kết quả, hạn chế",
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldLabel>> ByType =
        new Dictionary<string, IReadOnlyDictionary<string, FieldLabel>>
        {
            ["AdministrativeUnit"] = new Dictionary<string, FieldLabel>
            {
                ["Kind"] = new("Cấp, loại đơn vị"), ["Name"] = new("Tên đơn vị"), ["Code"] = new("Mã đơn vị"),
                ["ParentId"] = new("Đơn vị cấp trên", Refers.Unit), ["Path"] = Hidden,
                ["MergedIntoId"] = new("Sáp nhập vào đơn vị", Refers.Unit), ["RetiredOn"] = new("Ngày giải thể"),
            },
            ["Organization"] = new Dictionary<string, FieldLabel>
            {
                ["Kind"] = new("Loại tổ chức"), ["Name"] = new("Tên tổ chức"), ["ShortName"] = new("Tên viết tắt"),
                ["UnitId"] = new("Thuộc đơn vị", Refers.Unit), ["ParentOrganizationId"] = new("Trực thuộc tổ chức", Refers.Organization),
                ["Email"] = new("E-mail"),
            },
            ["Conference"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị tổ chức", Refers.Unit), ["OrganizerId"] = new("Cơ quan chủ trì tổ chức", Refers.Organization),
                ["Kind"] = new("Loại hội nghị"), ["Status"] = new("Trạng thái"), ["Title"] = new("Tên hội nghị"),
                ["HeldOn"] = new("Ngày tổ chức"), ["StartsAt"] = new("Giờ bắt đầu"), ["Place"] = new("Địa điểm"),
                ["Summary"] = new("Tóm tắt nội dung"), ["StatedOpinionCount"] = new("Tổng số ý kiến theo biên bản"),
                ["StatedPetitionCount"] = new("Tổng số kiến nghị theo biên bản"), ["StatedProposalCount"] = new("Tổng số đề xuất theo biên bản"),
                ["StatedQuestionCount"] = new("Tổng số chất vấn theo biên bản"),
                ["UnnamedSpeakerCount"] = new("Số người phát biểu không ghi tên"), ["UnnamedSpeakerKind"] = new("Thành phần người phát biểu không ghi tên"),
                ["HeldOnUnknown"] = new("Chưa rõ ngày tổ chức"), ["ReviewedPeriodKind"] = new("Kỳ được xem xét"),
                ["ReviewedPeriodYear"] = new("Năm của kỳ"), ["ReviewedPeriodNumber"] = new("Tháng, quý hoặc nửa năm của kỳ"), ["ConclusionText"] = new("Kết luận của chủ trì"),
                ["MinutesState"] = new("Biên bản"), ["FinalizedAtUtc"] = new("Thời điểm hoàn thiện biên bản"),
                ["FinalizedBy"] = new("Người hoàn thiện biên bản", Refers.Account),
            },
            ["LegalBasis"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["Number"] = new("Số, ký hiệu"), ["IssuedOn"] = new("Ngày ban hành"),
                ["IssuingBody"] = new("Cơ quan ban hành"), ["Title"] = new("Trích yếu"), ["DocumentType"] = new("Loại văn bản"),
            },
            ["ConferenceLegalBasis"] = Part(new() { ["LegalBasisId"] = new("Căn cứ (văn bản)", Refers.LegalBasis), ["Order"] = new("Thứ tự") }),
            ["ConferenceParticipant"] = Part(new()
            {
                ["PersonId"] = new("Họ và tên", Refers.Person), ["Role"] = new("Vai trò"),
                ["PositionHeld"] = new("Chức vụ tại thời điểm hội nghị"), ["Order"] = new("Thứ tự"),
            }),
            ["ConferenceOrganization"] = Part(new() { ["OrganizationId"] = new("Tổ chức tham dự", Refers.Organization) }),
            ["Person"] = new Dictionary<string, FieldLabel>
            {
                ["FullName"] = new("Họ và tên"), ["Position"] = new("Chức vụ"),
                ["OrganizationId"] = new("Đơn vị công tác", Refers.Organization), ["UnitId"] = new("Thuộc đơn vị", Refers.Unit),
            },
            ["Petition"] = Part(new()
            {
                ["Order"] = new("Thứ tự"), ["Kind"] = new("Loại"), ["Content"] = new("Nội dung"),
                ["RaisedByPersonId"] = new("Người nêu", Refers.Person), ["RaisedByOrganizationId"] = new("Tổ chức nêu", Refers.Organization),
                ["RaisedByUnitId"] = new("Thôn, tổ dân phố nêu", Refers.Unit), ["TopicId"] = new("Lĩnh vực", Refers.Topic),
                ["AddressedToId"] = new("Gửi đến", Refers.Organization), ["RaiserEmail"] = new("E-mail người nêu"),
                ["OnTheSpotAnswer"] = new("Trả lời tại hội nghị"), ["AnsweredByPersonId"] = new("Người trả lời", Refers.Person),
            }),
            ["Topic"] = new Dictionary<string, FieldLabel> { ["UnitId"] = new("Đơn vị", Refers.Unit), ["Name"] = new("Lĩnh vực") },
            ["ConclusionItem"] = Part(new()
            {
                ["Order"] = new("Thứ tự"), ["Content"] = new("Nội dung kết luận"),
                ["ResponsibleOrganizationId"] = new("Cơ quan chủ trì thực hiện", Refers.Organization), ["Deadline"] = new("Thời hạn"),
            }),
            ["CitedFigure"] = Part(new()
            {
                ["Order"] = new("Thứ tự"), ["What"] = new("Nội dung số liệu"), ["Count"] = new("Số lượng"), ["Source"] = new("Từ hoạt động"),
            }),
            ["MinutesFinding"] = Part(new()
            {
                ["Order"] = new("Thứ tự"), ["Kind"] = new("Loại"), ["Content"] = new("Nội dung"), ["Figure"] = new("Số liệu"),
            }),
            ["Speech"] = Part(new()
            {
                ["Order"] = new("Thứ tự"), ["PersonId"] = new("Người phát biểu", Refers.Person), ["PositionHeld"] = new("Chức vụ"),
                ["OrganizationId"] = new("Thay mặt tổ chức", Refers.Organization), ["Kind"] = new("Loại phát biểu"),
                ["Summary"] = new("Nội dung"),
            }),
            ["DialoguePlan"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["Year"] = new("Năm"),
                ["DocumentNumber"] = new("Số, ký hiệu văn bản kế hoạch"), ["Note"] = new("Ghi chú"),
            },
            ["PlanEntry"] = new Dictionary<string, FieldLabel>
            {
                ["PlanId"] = Hidden, ["UnitId"] = new("Đơn vị", Refers.Unit), ["Month"] = new("Tháng"),
                ["Topic"] = new("Chủ đề, nội dung đối thoại"), ["LeadBy"] = new("Người, cơ quan chủ trì"),
                ["ConferenceId"] = new("Hội nghị đã tổ chức", Refers.Conference),
            },
            ["NewsPost"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["Title"] = new("Tiêu đề"), ["Slug"] = Hidden, ["Lead"] = new("Đoạn dẫn (sapo)"),
                ["BodyHtml"] = new("Nội dung"), ["AuthorLine"] = new("Tác giả"), ["Category"] = new("Chuyên mục"),
                ["Tags"] = new("Từ khóa"), ["ConferenceId"] = new("Hội nghị được đưa tin", Refers.Conference),
                ["State"] = new("Trạng thái"), ["PublishAtUtc"] = new("Thời điểm đăng"), ["CreatedAtUtc"] = new("Thời điểm tạo"),
                ["UpdatedAtUtc"] = Hidden, ["ViewCount"] = Hidden,
            },
            ["NewsPhoto"] = new Dictionary<string, FieldLabel>
            {
                ["NewsPostId"] = Hidden, ["UnitId"] = Hidden, ["StoredName"] = Hidden, ["ContentType"] = Hidden,
                ["Caption"] = new("Chú thích ảnh"), ["Width"] = Hidden, ["Height"] = Hidden, ["Length"] = Hidden, ["Order"] = new("Thứ tự"),
            },
            ["NewsComment"] = new Dictionary<string, FieldLabel>
            {
                ["NewsPostId"] = Hidden, ["UnitId"] = Hidden, ["AuthorName"] = new("Người bình luận"), ["Text"] = new("Nội dung"),
                ["State"] = new("Trạng thái"), ["CreatedAtUtc"] = new("Thời điểm gửi"), ["ModeratedAtUtc"] = new("Thời điểm duyệt"),
            },
            ["NewsPoll"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["Question"] = new("Câu hỏi khảo sát"), ["IsOpen"] = new("Đang mở"),
                ["CreatedAtUtc"] = new("Thời điểm tạo"),
            },
            ["FollowUpItem"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["ConferenceId"] = new("Hội nghị", Refers.Conference),
                ["PetitionId"] = new("Ý kiến, kiến nghị", Refers.Petition), ["ConclusionItemId"] = new("Nội dung kết luận", Refers.ConclusionItem),
                ["Kind"] = new("Loại"), ["ContentText"] = new("Nội dung"), ["MergedIntoId"] = new("Gộp vào nội dung", Refers.FollowUpItem),
                ["PreparedAnswer"] = new("Trả lời chuẩn bị sẵn"), ["PreparedAction"] = new("Thao tác chuẩn bị"),
                ["State"] = new("Trạng thái"), ["ResponsibleOrganizationId"] = new("Cơ quan chủ trì giải quyết", Refers.Organization),
                ["ResponsibleUnitId"] = new("Đơn vị giải quyết", Refers.Unit), ["AssignedOn"] = new("Ngày giao"),
                ["Deadline"] = new("Thời hạn"), ["Priority"] = new("Mức ưu tiên"), ["ProgressPercent"] = new("Mức hoàn thành (%)"),
                ["Result"] = new("Kết quả"), ["ClosedAtUtc"] = new("Thời điểm đóng"), ["Assessment"] = new("Đánh giá"),
                ["IsPublic"] = new("Công khai kết quả trên cổng thông tin"), ["PublishedAtUtc"] = new("Thời điểm công khai"),
                ["Verdict"] = new("Ý kiến của người nêu"), ["VerdictComment"] = new("Nhận xét của người nêu"),
                ["VerdictAtUtc"] = new("Thời điểm người nêu cho ý kiến"), ["VerdictDecidedAtUtc"] = new("Thời điểm Mặt trận quyết định"),
            },
            // The people's side (ADR 0022); a sent question's name, contacts and photo are never audited.
            ["ConferenceAnnouncement"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["ConferenceId"] = new("Hội nghị", Refers.Conference),
                ["Topic"] = new("Chủ đề"), ["Answerers"] = new("Người trả lời"), ["IsPublished"] = new("Công bố trên lịch"),
                ["TakesQuestions"] = new("Nhận câu hỏi gửi trước"), ["PublishedAtUtc"] = new("Thời điểm công bố"),
            },
            ["SentQuestion"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["ConferenceId"] = new("Hội nghị", Refers.Conference),
                ["Topic"] = new("Lĩnh vực"), ["Content"] = new("Nội dung"), ["PhotoContentType"] = Hidden,
                ["ConsentedPurpose"] = new("Mục đích đã đồng ý"), ["SentAtUtc"] = new("Thời điểm gửi"), ["State"] = new("Trạng thái"),
                ["RefusalReason"] = new("Lý do không tiếp nhận"), ["MergedIntoId"] = new("Gộp vào câu hỏi số"),
                ["PetitionId"] = new("Kiến nghị", Refers.Petition), ["PersonId"] = Hidden, ["ModeratedAtUtc"] = new("Thời điểm xem xét"),
                ["ModeratedBy"] = new("Người xem xét"), ["PersonalDataRemovedAtUtc"] = new("Thời điểm xóa thông tin cá nhân"),
            },
            ["AnswerTemplate"] = new Dictionary<string, FieldLabel>
            {
                ["UnitId"] = new("Đơn vị", Refers.Unit), ["TopicId"] = new("Lĩnh vực", Refers.Topic),
                ["Title"] = new("Tiêu đề"), ["Body"] = new("Nội dung"),
            },
        };

    /// <summary>The label of a stored property, or null when the map has none (the test keeps that from happening).</summary>
    public static FieldLabel? Of(string entityType, string property) =>
        ByType.TryGetValue(entityType, out var fields) && fields.TryGetValue(property, out var label) ? label : null;

    // A minutes row files its history under its conference: the conference and unit it belongs to go without saying.
    private static Dictionary<string, FieldLabel> Part(Dictionary<string, FieldLabel> own)
    {
        own["ConferenceId"] = Hidden;
        own["UnitId"] = Hidden;
        return own;
    }
}
