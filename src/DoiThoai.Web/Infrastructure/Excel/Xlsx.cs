using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>
/// A sheet to write: its name, the header row and the data rows. A cell is a number when given an int, long,
/// decimal or double, a date when given a <see cref="DateOnly"/>, a percentage when given a <see cref="Percent"/>,
/// text otherwise; null is an empty cell. Columns without a width are sized to their longest value.
/// </summary>
public sealed record SheetData(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null)
{
    /// <summary>Drop-down lists on columns of this sheet, each drawing its values from a range of the workbook.</summary>
    public IReadOnlyList<ListValidation> Lists { get; init; } = [];

    /// <summary>A sheet of reading matter (instructions) has no table: no frozen header, no filter.</summary>
    public bool IsTable { get; init; } = true;
}

/// <summary>
/// A drop-down on <paramref name="Column"/> (0-based) of the data rows, listing <paramref name="Source"/>
/// (e.g. <c>'Danh mục'!$A$2:$A$9</c>). A strict list refuses other values; a loose one only suggests.
/// </summary>
public sealed record ListValidation(int Column, string Source, bool Strict = true, int Rows = 1000);

/// <summary>A share written as a percentage cell: 45.3 % is <c>new Percent(45.3)</c>.</summary>
public readonly record struct Percent(double Value);

/// <summary>A row read back from a sheet, with its number as Excel shows it (1-based, header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column].Trim() : "";
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Writes .xlsx workbooks people can compute with (number and date cells, frozen header with filters, sized
/// columns, drop-down lists) with the Open XML SDK; reads them as a bounded stream (XlsxReading.cs).
/// </summary>
public static partial class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel refuses these in a sheet name and cuts it at 31 characters; diacritics are kept.</summary>
    private static readonly char[] ForbiddenInSheetName = ['[', ']', ':', '*', '?', '/', '\\'];

    public static byte[] Write(IEnumerable<SheetData> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = XlsxStyles.Stylesheet();
            var filters = new DefinedNames();
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var name = SheetName(sheet.Name);
                part.Worksheet = Worksheet(sheet, sheetId == 1);
                workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
                if (sheet.IsTable && sheet.Headers.Count > 0)
                    filters.Append(new DefinedName($"{Quoted(name)}!$A$1:${ColumnName(sheet.Headers.Count - 1)}${sheet.Rows.Count + 1}")
                        { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true });
                sheetId++;
            }
            if (filters.HasChildren) workbookPart.Workbook.Append(filters);
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The name as Excel accepts it: forbidden characters replaced, at most 31 characters, never empty.</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => ForbiddenInSheetName.Contains(c) ? '-' : c)]).Trim().Trim('\'');
        if (clean.Length > 31) clean = clean[..31].TrimEnd();
        return clean.Length == 0 ? "Trang" : clean;
    }

    /// <summary>A sheet name as a formula writes it: <c>'Danh mục'</c>.</summary>
    public static string Quoted(string sheetName) => $"'{SheetName(sheetName).Replace("'", "''")}'";

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    /// <summary>Excel keeps dates as day numbers from 1899-12-30; people also type dd/MM/yyyy as text.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }

    private static Worksheet Worksheet(SheetData sheet, bool first)
    {
        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = first };
        if (sheet.IsTable)
            view.Append(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        worksheet.Append(new SheetViews(view));
        var columns = new Columns();
        var widths = Widths(sheet);
        for (var i = 0; i < widths.Count; i++)
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        if (columns.HasChildren) worksheet.Append(columns);

        var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
        data.Append(Row(1, sheet.Headers, header: true));
        var rowNumber = 2u;
        foreach (var row in sheet.Rows) data.Append(Row(rowNumber++, row, header: false));
        worksheet.Append(data);
        if (sheet.IsTable && sheet.Headers.Count > 0)
            worksheet.Append(new AutoFilter { Reference = $"A1:{ColumnName(sheet.Headers.Count - 1)}{sheet.Rows.Count + 1}" });
        if (sheet.Lists.Count > 0)
            worksheet.Append(new DataValidations(sheet.Lists.Select(ListOf)) { Count = (uint)sheet.Lists.Count });
        return worksheet;
    }

    private static DataValidation ListOf(ListValidation list)
    {
        var column = ColumnName(list.Column);
        return new DataValidation(new Formula1(list.Source))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = list.Strict,
            ErrorTitle = list.Strict ? "Giá trị không có trong danh mục" : null,
            Error = list.Strict ? "Hãy chọn một giá trị trong danh sách." : null,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{list.Rows + 1}" },
        };
    }

    /// <summary>The given widths, or each column's longest value (header included), between 8 and 80 characters.</summary>
    private static IReadOnlyList<double> Widths(SheetData sheet)
    {
        var count = Math.Max(sheet.Headers.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Count));
        return [.. Enumerable.Range(0, count).Select(i =>
            sheet.Widths is { } given && i < given.Count ? given[i]
            : Math.Clamp(2 + Math.Max(i < sheet.Headers.Count ? sheet.Headers[i].Length : 0,
                sheet.Rows.Take(500).Select(r => i < r.Count ? Shown(r[i]).Length : 0).DefaultIfEmpty(0).Max()), 8, 80))];
    }

    private static string Shown(object? value) => value switch
    {
        null => "",
        DateOnly => "dd/mm/yyyy",
        Percent p => p.Value.ToString("0.0", CultureInfo.InvariantCulture) + " %",
        IFormattable f => f.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Row Row(uint number, IEnumerable<object?> values, bool header)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            var reference = $"{ColumnName(column++)}{number}";
            if (value is null) continue;
            row.Append(header ? XlsxStyles.Text(reference, value.ToString()!, XlsxStyles.Header) : XlsxStyles.Cell(reference, value));
        }
        return row;
    }
}
