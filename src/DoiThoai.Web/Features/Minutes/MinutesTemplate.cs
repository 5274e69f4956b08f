using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>What the import template lists besides its entry sheets: the catalogues its drop-downs draw from and who took part.</summary>
public sealed record MinutesTemplateData(string ConferenceTitle, IReadOnlyList<string> Organizations, IReadOnlyList<string> Topics,
    IReadOnlyList<string> ResidentialGroups, IReadOnlyList<string> People, IReadOnlyList<(string Part, string Name, string? Position)> Participants);

/// <summary>
/// The minutes' import workbook: one sheet per part of the minutes with drop-down lists (kinds and organizations
/// strict, topics and people suggested), a sheet of the participants and bodies already entered, the instructions
/// and the catalogues. The sheets and columns are the ones <see cref="MinutesImport"/> reads.
/// </summary>
public static class MinutesTemplate
{
    public const string OrganizationSheet = "Danh mục tổ chức";
    public const string CatalogueSheet = "Danh mục";
    public const string ParticipantSheet = "Thành phần";

    public static byte[] Create(MinutesTemplateData data, IReadOnlyList<string> speechColumns, IReadOnlyList<string> petitionColumns, IReadOnlyList<string> itemColumns)
    {
        string[] speechKinds = [.. Enum.GetValues<SpeechKind>().Select(v => v.Label())];
        string[] petitionKinds = [.. Enum.GetValues<PetitionKind>().Select(v => v.Label())];
        IReadOnlyList<string>[] catalogue = [speechKinds, petitionKinds, data.Topics, data.ResidentialGroups, data.People];
        var rows = Enumerable.Range(0, catalogue.Max(c => c.Count))
            .Select(i => (IReadOnlyList<object?>)[.. catalogue.Select(c => i < c.Count ? c[i] : null)]).ToList();
        ListValidation? From(int column, string sheet, IReadOnlyList<string> values, bool strict, int catalogueColumn = 0) =>
            values.Count == 0 ? null
            : new ListValidation(column, $"{Xlsx.Quoted(sheet)}!${Xlsx.ColumnName(catalogueColumn)}$2:${Xlsx.ColumnName(catalogueColumn)}${values.Count + 1}", strict);
        ListValidation? Organizations(int column) => From(column, OrganizationSheet, data.Organizations, strict: true);
        ListValidation? People(int column) => From(column, CatalogueSheet, data.People, strict: false, 4);

        return Xlsx.Write(
        [
            new SheetData(MinutesImport.SpeechSheet, speechColumns, [], [18, 28, 30, 36, 70])
                { Lists = [.. new[] { From(0, CatalogueSheet, speechKinds, true), People(1), Organizations(3) }.OfType<ListValidation>()] },
            new SheetData(MinutesImport.PetitionSheet, petitionColumns, [], [16, 60, 24, 24, 30, 30, 50, 24])
            {
                Lists = [.. new[] { From(0, CatalogueSheet, petitionKinds, true, 1), From(2, CatalogueSheet, data.Topics, false, 2), People(3),
                    Organizations(4), Organizations(5), People(7) }.OfType<ListValidation>()],
            },
            new SheetData(MinutesImport.ItemSheet, itemColumns, [], [70, 36, 20]) { Lists = [.. new[] { Organizations(1) }.OfType<ListValidation>()] },
            new SheetData(ParticipantSheet, ["Thành phần", "Họ tên hoặc tên tổ chức", "Chức vụ"],
                [.. data.Participants.Select(p => (IReadOnlyList<object?>)[p.Part, p.Name, p.Position])], [24, 50, 50]),
            new SheetData("Hướng dẫn", ["Hướng dẫn nhập"],
            [
                [$"Mỗi dòng của một trang là một dòng của biên bản hội nghị \"{data.ConferenceTitle}\". Dòng 1 là tiêu đề, không sửa."],
                ["Các ô có danh sách thả xuống: chọn loại, tổ chức trong danh sách; lĩnh vực và tên người có thể chọn hoặc gõ mới."],
                [$"Loại phát biểu: {string.Join(", ", speechKinds)}."],
                [$"Loại ý kiến: {string.Join(", ", petitionKinds)}."],
                [$"Tên tổ chức phải đúng như trang \"{OrganizationSheet}\" (không phân biệt dấu, hoa thường)."],
                [$"Trang \"{ParticipantSheet}\" liệt kê người dự và tổ chức tham dự đã nhập trên trang biên bản, để đối chiếu; trang này không được nhập."],
                [$"Trang \"{CatalogueSheet}\" liệt kê lĩnh vực, tổ dân phố, thôn và người trong phạm vi của hội nghị."],
                ["Ngày viết dd/MM/yyyy, ví dụ 31/12/2026."],
                ["Nếu có dòng lỗi, không dòng nào được nhập; trang kết quả chỉ rõ trang, dòng và cột cần sửa."],
            ], [120]) { IsTable = false },
            new SheetData(OrganizationSheet, ["Tên tổ chức"], [.. data.Organizations.Select(o => (IReadOnlyList<object?>)[o])], [80]),
            new SheetData(CatalogueSheet, ["Loại phát biểu", "Loại ý kiến", "Lĩnh vực", "Tổ dân phố, thôn", "Người"], rows, [24, 30, 36, 30, 36]),
        ]);
    }
}
