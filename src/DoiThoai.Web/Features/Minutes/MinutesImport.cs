using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>One problem of an uploaded workbook, where a person can find it.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message);

/// <summary>What an import did; of a failed one, the first errors to list and how many more there are.</summary>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, int Speeches, int Petitions, int Items, int MoreErrors = 0)
{
    public bool Succeeded => Errors.Count == 0;
    public int ErrorCount => Errors.Count + MoreErrors;
}

/// <summary>
/// The Excel template of a conference's minutes and its import. Every row is checked with the same
/// rules as the entry forms; a workbook with any error imports nothing, a good one imports in one transaction.
/// </summary>
public sealed class MinutesImport(AppDbContext db, MinutesService minutes, Conferences.ConferenceService conferences, ImportLimits limits)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string SpeechSheet = "Phát biểu";
    public const string PetitionSheet = "Ý kiến, kiến nghị";
    public const string ItemSheet = "Kết luận";

    private static readonly string[] SpeechColumns = ["Loại phát biểu", "Người phát biểu", "Chức vụ", "Thay mặt tổ chức", "Tóm tắt nội dung"];
    private static readonly string[] PetitionColumns = ["Loại", "Nội dung", "Lĩnh vực", "Người nêu", "Tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị", "Người trả lời"];
    private static readonly string[] ItemColumns = ["Nội dung kết luận", "Cơ quan chủ trì thực hiện", "Thời hạn (dd/MM/yyyy)"];

    public static string TemplateFileName(Conference c) => $"mau-bien-ban-{c.HeldOn:yyyy-MM-dd}.xlsx";

    public async Task<byte[]> TemplateAsync(Conference conference)
    {
        var options = await minutes.OptionsAsync(conference);
        var people = await db.ConferenceParticipants.AsNoTracking().Where(p => p.ConferenceId == conference.Id).OrderBy(p => p.Order)
            .Select(p => new { p.Role, Name = p.Person!.FullName, p.PositionHeld }).ToListAsync();
        var bodies = await db.ConferenceOrganizations.AsNoTracking().Where(o => o.ConferenceId == conference.Id)
            .Select(o => o.Organization!.Name).ToListAsync();
        var data = new MinutesTemplateData(conference.Title, [.. options.Organizations.Select(o => o.Text)], options.Topics,
            [.. options.ResidentialGroups.Select(g => g.Text)], options.People,
            [.. people.Select(p => (p.Role.Label(), p.Name, p.PositionHeld)), .. bodies.Order(StringComparer.Ordinal).Select(b => ("Tổ chức tham dự", b, (string?)null))]);
        return MinutesTemplate.Create(data, SpeechColumns, PetitionColumns, ItemColumns);
    }

    public async Task<ImportResult> ImportAsync(Conference conference, Stream file)
    {
        Dictionary<string, List<SheetRow>> sheets;
        try
        {
            sheets = Xlsx.Read(file, limits, [SpeechSheet, PetitionSheet, ItemSheet]);
        }
        catch (WorkbookTooLargeException refused)
        {
            return Failed(new ImportError("", 0, "", refused.Message));
        }
        catch (InvalidDataException)
        {
            return Failed(new ImportError("", 0, "", "Tệp không phải bảng tính Excel (.xlsx) hợp lệ. Hãy tải mẫu và nhập lại."));
        }

        var organizations = (await minutes.OptionsAsync(conference)).Organizations
            .GroupBy(o => VietnameseText.Fold(o.Text)).ToDictionary(g => g.Key, g => int.Parse(g.First().Value));
        var errors = new List<ImportError>();
        var speeches = Parse(sheets, SpeechSheet, SpeechColumns, errors, (row, fail) => new SpeechInput
        {
            Kind = KindOf<SpeechKind>(row[0], 0, fail),
            SpeakerName = Blank(row[1]),
            PositionHeld = Blank(row[2]),
            OrganizationId = Organization(row[3], 3, organizations, fail),
            Summary = row[4],
        }, new() { [nameof(SpeechInput.Kind)] = 0, [nameof(SpeechInput.SpeakerName)] = 1, [nameof(SpeechInput.PositionHeld)] = 2, [nameof(SpeechInput.Summary)] = 4 });
        var petitions = Parse(sheets, PetitionSheet, PetitionColumns, errors, (row, fail) => new PetitionInput
        {
            Kind = KindOf<PetitionKind>(row[0], 0, fail),
            Content = row[1],
            TopicName = Blank(row[2]),
            RaisedByName = Blank(row[3]),
            RaisedByOrganizationId = Organization(row[4], 4, organizations, fail),
            AddressedToId = Organization(row[5], 5, organizations, fail),
            OnTheSpotAnswer = Blank(row[6]),
            AnsweredByName = Blank(row[7]),
        }, new() { [nameof(PetitionInput.Kind)] = 0, [nameof(PetitionInput.Content)] = 1, [nameof(PetitionInput.TopicName)] = 2,
            [nameof(PetitionInput.RaisedByName)] = 3, [nameof(PetitionInput.OnTheSpotAnswer)] = 6, [nameof(PetitionInput.AnsweredByName)] = 7 });
        var items = Parse(sheets, ItemSheet, ItemColumns, errors, (row, fail) => new ConclusionItemInput
        {
            Content = row[0],
            ResponsibleOrganizationId = Organization(row[1], 1, organizations, fail),
            Deadline = Date(row[2], 2, fail),
        }, new() { [nameof(ConclusionItemInput.Content)] = 0 });

        if (speeches.Count + petitions.Count + items.Count == 0 && errors.Count == 0)
            errors.Add(new ImportError("", 0, "", "Tệp không có dòng dữ liệu nào."));
        if (errors.Count > 0) return Failed([.. errors]);

        // An import saves row by row; an amendment of final minutes describes the whole file.
        conferences.DescribePendingAmendment(
            $"Nhập từ Excel: {speeches.Count} phát biểu, {petitions.Count} ý kiến, kiến nghị, {items.Count} nội dung kết luận.");
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var input in speeches) await minutes.AddSpeechAsync(conference, input);
        foreach (var input in petitions) await minutes.AddPetitionAsync(conference, input);
        foreach (var input in items) await minutes.AddConclusionItemAsync(conference, input);
        await transaction.CommitAsync();
        return new ImportResult([], speeches.Count, petitions.Count, items.Count);
    }

    /// <summary>A failed import lists its first errors and counts the rest, so a bad file of thousands of rows still gives a short page.</summary>
    private ImportResult Failed(params ImportError[] errors) =>
        new([.. errors.Take(limits.MaxErrorsListed)], 0, 0, 0, Math.Max(0, errors.Length - limits.MaxErrorsListed));

    /// <summary>Builds an input per non-empty row and checks it with its DataAnnotations, as the form would.</summary>
    private static List<T> Parse<T>(Dictionary<string, List<SheetRow>> sheets, string sheet, string[] columns, List<ImportError> errors,
        Func<SheetRow, Action<int, string>, T> build, Dictionary<string, int> columnOf) where T : class
    {
        var inputs = new List<T>();
        if (!sheets.TryGetValue(sheet, out var rows)) return inputs;
        foreach (var row in rows.Where(r => !r.IsEmpty))
        {
            var rowErrors = new List<ImportError>();
            void Fail(int column, string message) => rowErrors.Add(new ImportError(sheet, row.Number, $"{Xlsx.ColumnName(column)} ({columns[column]})", message));
            var input = build(row, Fail);
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
            foreach (var result in results)
            {
                var member = result.MemberNames.FirstOrDefault() ?? "";
                var column = columnOf.GetValueOrDefault(member, 0);
                if (!rowErrors.Any(e => e.Column.StartsWith(Xlsx.ColumnName(column) + " ", StringComparison.Ordinal)))
                    Fail(column, result.ErrorMessage ?? "Giá trị không hợp lệ.");
            }
            errors.AddRange(rowErrors);
            inputs.Add(input);
        }
        return inputs;
    }

    private static TEnum? KindOf<TEnum>(string text, int column, Action<int, string> fail) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = VietnameseText.Fold(text);
        foreach (var value in System.Enum.GetValues<TEnum>())
            if (VietnameseText.Fold(value.Label()) == folded) return value;
        fail(column, $"'{text}' không phải một loại hợp lệ. Chọn một trong: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => v.Label()))}.");
        return null;
    }

    private static int? Organization(string text, int column, Dictionary<string, int> organizations, Action<int, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (organizations.TryGetValue(VietnameseText.Fold(text), out var id)) return id;
        fail(column, $"Không tìm thấy tổ chức '{text}' trong phạm vi của hội nghị (xem trang \"Danh mục tổ chức\" của mẫu).");
        return null;
    }

    private static DateOnly? Date(string text, int column, Action<int, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Xlsx.TryParseDate(text, out var date) && date.Year is >= 1945 and <= 2100) return date;
        fail(column, $"'{text}' không phải ngày hợp lệ (dd/MM/yyyy).");
        return null;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
