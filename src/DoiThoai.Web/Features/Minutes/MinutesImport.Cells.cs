using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>Reading rows and cells: each row checked with its input's DataAnnotations, each cell's error named by its column.</summary>
public sealed partial class MinutesImport
{
    /// <summary>
    /// Builds an input per non-empty row and checks it with its DataAnnotations, as the form would. A row the builder
    /// answers with null adds nothing (it may still have failed a cell).
    /// </summary>
    private static List<T> Parse<T>(Dictionary<string, List<SheetRow>> sheets, string sheet, IReadOnlyList<string> columns, List<ImportError> errors,
        Func<SheetRow, Action<int, string>, T?> build, Dictionary<string, int> columnOf) where T : class
    {
        var inputs = new List<T>();
        if (!sheets.TryGetValue(sheet, out var rows)) return inputs;
        foreach (var row in rows.Where(r => !r.IsEmpty))
        {
            var rowErrors = new List<ImportError>();
            void Fail(int column, string message) => rowErrors.Add(new ImportError(sheet, row.Number, $"{Xlsx.ColumnName(column)} ({columns[column]})", message));
            var input = build(row, Fail);
            if (input is not null)
            {
                var results = new List<ValidationResult>();
                Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
                foreach (var result in results)
                {
                    var member = result.MemberNames.FirstOrDefault() ?? "";
                    var column = columnOf.GetValueOrDefault(member, 0);
                    if (!rowErrors.Any(e => e.Column.StartsWith(Xlsx.ColumnName(column) + " ", StringComparison.Ordinal)))
                        Fail(column, result.ErrorMessage ?? "Giá trị không hợp lệ.");
                }
                inputs.Add(input);
            }
            errors.AddRange(rowErrors);
        }
        return inputs;
    }

    /// <summary>The value whose label the cell holds (diacritics and case aside); <paramref name="alsoAllowed"/> are other values the column takes.</summary>
    private static TEnum? KindOf<TEnum>(string text, int column, Action<int, string> fail, string[]? alsoAllowed = null) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = VietnameseText.Fold(text);
        foreach (var value in System.Enum.GetValues<TEnum>())
            if (VietnameseText.Fold(value.Label()) == folded) return value;
        fail(column, $"'{text}' không phải một loại hợp lệ. Chọn một trong: {string.Join(", ", Labels<TEnum>().Concat(alsoAllowed ?? []))}.");
        return null;
    }

    internal static string[] Labels<TEnum>() where TEnum : struct, Enum => [.. System.Enum.GetValues<TEnum>().Select(v => v.Label())];

    private static int? Organization(string text, int column, Dictionary<string, int> organizations, Action<int, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (organizations.TryGetValue(VietnameseText.Fold(text), out var id)) return id;
        fail(column, $"Không tìm thấy tổ chức '{text.Trim()}' trong phạm vi của hội nghị (xem trang \"{MinutesTemplate.OrganizationSheet}\" của mẫu).");
        return null;
    }

    /// <summary>Several bodies in one cell, separated by <see cref="NameSeparator"/>; each must be one the conference may name.</summary>
    private static List<int> Organizations(string text, int column, Dictionary<string, int> organizations, Action<int, string> fail) =>
        [.. text.Split(NameSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Organization(name, column, organizations, fail)).OfType<int>().Distinct()];

    private static DateOnly? Date(string text, int column, Action<int, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Xlsx.TryParseDate(text, out var date) && date.Year is >= 1945 and <= 2100) return date;
        fail(column, $"'{text}' không phải ngày hợp lệ (dd/MM/yyyy).");
        return null;
    }

    /// <summary>A whole number, typed or kept by Excel as a number cell ("12" or "12.0").</summary>
    private static int? Whole(string text, int column, Action<int, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        fail(column, $"'{text}' không phải một số nguyên.");
        return null;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
