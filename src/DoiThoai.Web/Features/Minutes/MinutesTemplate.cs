using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// What the import template lists besides its empty entry sheets: the catalogues its drop-downs draw from, who took
/// part, and the general row (day or period, stated totals, unnamed speakers) as the conference stands.
/// </summary>
public sealed record MinutesTemplateData(string ConferenceTitle, IReadOnlyList<string> Organizations, IReadOnlyList<string> Topics,
    IReadOnlyList<string> ResidentialGroups, IReadOnlyList<string> People, IReadOnlyList<(string Part, string Name, string? Position)> Participants,
    IReadOnlyList<object?> General);

/// <summary>
/// The minutes' import workbook: one sheet per part of the minutes with drop-down lists (kinds and organizations
/// strict, topics, people and coordinating bodies suggested), the general facts and the participants already recorded
/// (imported back without doubling), the instructions and the catalogues. The sheets and columns are the ones
/// <see cref="MinutesImport"/> reads.
/// </summary>
public static class MinutesTemplate
{
    public const string OrganizationSheet = "Danh mục tổ chức";
    public const string CatalogueSheet = "Danh mục";
    public const string ParticipantSheet = MinutesImport.ParticipantSheet;

    public static byte[] Create(MinutesTemplateData data)
    {
        string[] speechKinds = MinutesImport.Labels<SpeechKind>();
        string[] petitionKinds = MinutesImport.Labels<PetitionKind>();
        string[] parts = [.. MinutesImport.Labels<ParticipantRole>(), MinutesImport.BodyPart];
        string[] periodKinds = [.. Enum.GetValues<PeriodKind>().Where(k => k != PeriodKind.Custom).Select(k => k.Label())];
        string[] findingKinds = MinutesImport.Labels<FindingKind>();
        IReadOnlyList<string>[] catalogue = [speechKinds, petitionKinds, data.Topics, data.ResidentialGroups, data.People, parts, periodKinds, findingKinds];
        var rows = Enumerable.Range(0, catalogue.Max(c => c.Count))
            .Select(i => (IReadOnlyList<object?>)[.. catalogue.Select(c => i < c.Count ? c[i] : null)]).ToList();
        ListValidation? From(int column, string sheet, IReadOnlyList<string> values, bool strict, int catalogueColumn = 0) =>
            values.Count == 0 ? null
            : new ListValidation(column, $"{Xlsx.Quoted(sheet)}!${Xlsx.ColumnName(catalogueColumn)}$2:${Xlsx.ColumnName(catalogueColumn)}${values.Count + 1}", strict);
        ListValidation? Organizations(int column, bool strict = true) => From(column, OrganizationSheet, data.Organizations, strict);
        ListValidation? People(int column) => From(column, CatalogueSheet, data.People, strict: false, 4);
        static IReadOnlyList<ListValidation> Lists(params ListValidation?[] lists) => [.. lists.OfType<ListValidation>()];

        return Xlsx.Write(
        [
            new SheetData(MinutesImport.GeneralSheet, MinutesImport.GeneralColumns, [data.General], [20, 18, 12, 18, 14, 14, 14, 14, 18, 30])
                { Lists = Lists(From(1, CatalogueSheet, periodKinds, true, 6)) },
            new SheetData(ParticipantSheet, MinutesImport.ParticipantColumns,
                [.. data.Participants.Select(p => (IReadOnlyList<object?>)[p.Part, p.Name, p.Position])], [24, 50, 50])
                { Lists = Lists(From(0, CatalogueSheet, parts, true, 5), Organizations(1, strict: false)) },
            new SheetData(MinutesImport.SpeechSheet, MinutesImport.SpeechColumns, [], [18, 28, 30, 36, 70])
                { Lists = Lists(From(0, CatalogueSheet, speechKinds, true), People(1), Organizations(3)) },
            new SheetData(MinutesImport.PetitionSheet, MinutesImport.PetitionColumns, [], [16, 60, 24, 24, 30, 30, 50, 24])
                { Lists = Lists(From(0, CatalogueSheet, petitionKinds, true, 1), From(2, CatalogueSheet, data.Topics, false, 2), People(3), Organizations(4), Organizations(5), People(7)) },
            new SheetData(MinutesImport.ItemSheet, MinutesImport.ItemColumns, [], [70, 36, 20, 50]) { Lists = Lists(Organizations(1), Organizations(3, strict: false)) },
            new SheetData(MinutesImport.CitedSheet, MinutesImport.CitedColumns, [], [12, 60, 50]),
            new SheetData(MinutesImport.FindingSheet, MinutesImport.FindingColumns, [], [14, 70, 30]) { Lists = Lists(From(0, CatalogueSheet, findingKinds, true, 7)) },
            new SheetData("Hướng dẫn", ["Hướng dẫn nhập"],
            [
                [$"Mỗi dòng của một trang là một dòng của biên bản hội nghị \"{data.ConferenceTitle}\". Dòng 1 là tiêu đề, không sửa."],
                ["Các ô có danh sách thả xuống: chọn loại, tổ chức trong danh sách; lĩnh vực và tên người có thể chọn hoặc gõ mới."],
                [$"Trang \"{MinutesImport.GeneralSheet}\" có một dòng, đã điền theo hội nghị: ngày tổ chức, hoặc chỉ kỳ được xem xét khi biên bản không ghi ngày (ví dụ Quý, năm 2023, số 1 là quý I/2023); tổng số ý kiến, kiến nghị theo biên bản; số người phát biểu không ghi tên. Khi nhập, thông tin chung của hội nghị được thay bằng dòng này; xóa trắng cả dòng thì giữ nguyên."],
                [$"Trang \"{ParticipantSheet}\" liệt kê người dự và tổ chức tham dự đã có; thêm dòng để nhập thêm. Người hoặc tổ chức đã có không bị nhập lặp."],
                [$"Thành phần: {string.Join(", ", parts)}."],
                [$"Loại phát biểu: {string.Join(", ", speechKinds)}."],
                [$"Loại ý kiến: {string.Join(", ", petitionKinds)}."],
                [$"Kết luận: một cơ quan chủ trì; các cơ quan phối hợp ghi cách nhau bởi dấu \"{MinutesImport.NameSeparator}\"."],
                [$"Trang \"{MinutesImport.CitedSheet}\": số liệu lấy từ hoạt động khác, không tính vào số ý kiến của hội nghị. Trang \"{MinutesImport.FindingSheet}\": {string.Join(", ", findingKinds)}, kèm số liệu nếu có."],
                [$"Tên tổ chức phải đúng như trang \"{OrganizationSheet}\" (không phân biệt dấu, hoa thường)."],
                [$"Trang \"{CatalogueSheet}\" liệt kê lĩnh vực, tổ dân phố, thôn và người trong phạm vi của hội nghị."],
                ["Ngày viết dd/MM/yyyy, ví dụ 31/12/2026."],
                ["Nếu có dòng lỗi, không dòng nào được nhập; trang kết quả chỉ rõ trang, dòng và cột cần sửa."],
            ], [120]) { IsTable = false },
            new SheetData(OrganizationSheet, ["Tên tổ chức"], [.. data.Organizations.Select(o => (IReadOnlyList<object?>)[o])], [80]),
            new SheetData(CatalogueSheet, ["Loại phát biểu", "Loại ý kiến", "Lĩnh vực", "Tổ dân phố, thôn", "Người", "Thành phần", "Kỳ", "Kết quả, hạn chế"], rows,
                [24, 30, 36, 30, 36, 24, 14, 18]),
        ]);
    }
}
