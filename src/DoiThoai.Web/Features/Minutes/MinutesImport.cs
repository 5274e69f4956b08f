using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
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

    /// <summary>People and bodies added to the participants (those already in the minutes are not added twice).</summary>
    public int Participants { get; init; }
    public int CitedFigures { get; init; }
    public int Findings { get; init; }

    /// <summary>The general sheet's row was read: the day or period, stated totals and unnamed speakers are as it says.</summary>
    public bool GeneralRead { get; init; }

    public string Summary =>
        $"Đã nhập {Participants} thành phần dự, {Speeches} phát biểu, {Petitions} ý kiến, kiến nghị, {Items} nội dung kết luận, "
        + $"{CitedFigures} số liệu dẫn và {Findings} kết quả, hạn chế{(GeneralRead ? "; thông tin chung đã được cập nhật theo tệp" : "")}.";
}

/// <summary>
/// The Excel template of a conference's minutes and its import. Every row is checked with the same
/// rules as the entry forms; a workbook with any error imports nothing, a good one imports in one transaction.
/// The sheets are read in MinutesImport.Sheets.cs, their cells in MinutesImport.Cells.cs.
/// </summary>
public sealed partial class MinutesImport(AppDbContext db, MinutesService minutes, MinutesRecord record, ConferenceService conferences,
    AmendmentInterceptor amendments, ImportLimits limits)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string GeneralSheet = "Thông tin chung";
    public const string ParticipantSheet = "Thành phần";
    public const string SpeechSheet = "Phát biểu";
    public const string PetitionSheet = "Ý kiến, kiến nghị";
    public const string ItemSheet = "Kết luận";
    public const string CitedSheet = "Số liệu dẫn";
    public const string FindingSheet = "Kết quả, hạn chế";

    /// <summary>The participants sheet's part for a body that took part, beside the people's roles.</summary>
    public const string BodyPart = "Tổ chức tham dự";

    /// <summary>Several bodies in one cell (the coordinating bodies of a conclusion item) are separated by this.</summary>
    public const char NameSeparator = ';';

    public static readonly IReadOnlyList<string> GeneralColumns = ["Ngày tổ chức (dd/MM/yyyy)", "Kỳ được xem xét", "Năm của kỳ", "Tháng, quý hoặc nửa năm (số)",
        "Tổng số ý kiến", "Tổng số kiến nghị", "Tổng số đề xuất", "Tổng số chất vấn", "Số người phát biểu không ghi tên", "Thành phần người phát biểu không ghi tên"];
    public static readonly IReadOnlyList<string> ParticipantColumns = ["Thành phần", "Họ tên hoặc tên tổ chức", "Chức vụ"];
    public static readonly IReadOnlyList<string> SpeechColumns = ["Loại phát biểu", "Người phát biểu", "Chức vụ", "Thay mặt tổ chức", "Tóm tắt nội dung"];
    public static readonly IReadOnlyList<string> PetitionColumns = ["Loại", "Nội dung", "Lĩnh vực", "Người nêu", "Tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị", "Người trả lời"];
    public static readonly IReadOnlyList<string> ItemColumns = ["Nội dung kết luận", "Cơ quan chủ trì thực hiện", "Thời hạn (dd/MM/yyyy)", "Cơ quan phối hợp (cách nhau bởi dấu ;)"];
    public static readonly IReadOnlyList<string> CitedColumns = ["Số lượng", "Nội dung số liệu", "Từ hoạt động"];
    public static readonly IReadOnlyList<string> FindingColumns = ["Loại", "Nội dung", "Số liệu (nếu có)"];

    private static readonly string[] Read = [GeneralSheet, ParticipantSheet, SpeechSheet, PetitionSheet, ItemSheet, CitedSheet, FindingSheet];

    public static string TemplateFileName(Conference c) => $"mau-bien-ban-{c.HeldOn:yyyy-MM-dd}.xlsx";

    /// <summary>The template, with the participants, bodies and general facts already recorded filled in, so that it imports back unchanged.</summary>
    public async Task<byte[]> TemplateAsync(Conference conference)
    {
        var options = await minutes.OptionsAsync(conference);
        var people = await db.ConferenceParticipants.AsNoTracking().Where(p => p.ConferenceId == conference.Id).OrderBy(p => p.Order)
            .Select(p => new { p.Role, Name = p.Person!.FullName, p.PositionHeld }).ToListAsync();
        var bodies = await db.ConferenceOrganizations.AsNoTracking().Where(o => o.ConferenceId == conference.Id)
            .Select(o => o.Organization!.Name).ToListAsync();
        var data = new MinutesTemplateData(conference.Title, [.. options.Organizations.Select(o => o.Text)], options.Topics,
            [.. options.ResidentialGroups.Select(g => g.Text)], options.People,
            [.. people.Select(p => (p.Role.Label(), p.Name, p.PositionHeld)), .. bodies.OrderBy(NaturalSort.Key, StringComparer.Ordinal).Select(b => (BodyPart, b, (string?)null))],
            GeneralRow(conference));
        return MinutesTemplate.Create(data);
    }

    /// <summary>The general sheet's row as the conference stands: blank where nothing is recorded, as the header form leaves it.</summary>
    private static IReadOnlyList<object?> GeneralRow(Conference c)
    {
        static object? Count(int n) => n == 0 ? null : n;
        return [c.HeldOnUnknown ? null : c.HeldOn, c.ReviewedPeriodKind?.Label(), c.ReviewedPeriodYear, c.ReviewedPeriodNumber,
            Count(c.StatedOpinionCount), Count(c.StatedPetitionCount), Count(c.StatedProposalCount), Count(c.StatedQuestionCount),
            Count(c.UnnamedSpeakerCount), c.UnnamedSpeakerKind];
    }

    public async Task<ImportResult> ImportAsync(Conference conference, Stream file)
    {
        Dictionary<string, List<SheetRow>> sheets;
        try
        {
            sheets = Xlsx.Read(file, limits, Read);
        }
        catch (WorkbookTooLargeException refused)
        {
            return Failed(new ImportError("", 0, "", refused.Message));
        }
        catch (InvalidDataException)
        {
            return Failed(new ImportError("", 0, "", "Tệp không phải bảng tính Excel (.xlsx) hợp lệ. Hãy tải mẫu và nhập lại."));
        }

        if (sheets.Values.All(rows => rows.All(r => r.IsEmpty)))
            return Failed(new ImportError("", 0, "", "Tệp không có dòng dữ liệu nào."));
        var plan = await PlanAsync(conference, sheets);
        if (plan.Errors.Count > 0) return Failed([.. plan.Errors]);

        // An import saves row by row; an amendment of final minutes describes the whole file.
        // The parts other than the three first sheets are named only when the file has them.
        string?[] more = [plan.People.Count + plan.Bodies.Count > 0 ? $"{plan.People.Count + plan.Bodies.Count} thành phần dự" : null,
            plan.Cited.Count > 0 ? $"{plan.Cited.Count} số liệu dẫn" : null, plan.Findings.Count > 0 ? $"{plan.Findings.Count} kết quả, hạn chế" : null,
            plan.General is not null ? "thông tin chung" : null];
        conferences.DescribePendingAmendment(string.Join(", ",
            [$"Nhập từ Excel: {plan.Speeches.Count} phát biểu", $"{plan.Petitions.Count} ý kiến, kiến nghị", $"{plan.Items.Count} nội dung kết luận", .. more.OfType<string>()]) + ".");
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var input in plan.People) await minutes.AddParticipantAsync(conference, input);
        foreach (var input in plan.Bodies) await minutes.AddOrganizationAsync(conference, input);
        foreach (var input in plan.Speeches) await minutes.AddSpeechAsync(conference, input);
        foreach (var input in plan.Petitions) await minutes.AddPetitionAsync(conference, input);
        foreach (var input in plan.Items) await minutes.AddConclusionItemAsync(conference, input);
        foreach (var input in plan.Cited) await record.AddCitedFigureAsync(conference, input);
        foreach (var input in plan.Findings) await record.AddFindingAsync(conference, input);
        if (plan.General is { } general)
        {
            amendments.EnsureAdmitted(conference);
            ConferenceService.ApplyWhenAndCounts(conference, general);
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
        return new ImportResult([], plan.Speeches.Count, plan.Petitions.Count, plan.Items.Count)
        {
            Participants = plan.People.Count + plan.Bodies.Count, CitedFigures = plan.Cited.Count, Findings = plan.Findings.Count,
            GeneralRead = plan.General is not null,
        };
    }

    /// <summary>A failed import lists its first errors and counts the rest, so a bad file of thousands of rows still gives a short page.</summary>
    private ImportResult Failed(params ImportError[] errors) =>
        new([.. errors.Take(limits.MaxErrorsListed)], 0, 0, 0, Math.Max(0, errors.Length - limits.MaxErrorsListed));
}
