using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>A sheet to write: its name, the header row, and data rows of plain text.</summary>
public sealed record SheetData(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double>? Widths = null);

/// <summary>A row read back from a sheet, with its number as Excel shows it (1-based, header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column].Trim() : "";
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>Writes simple .xlsx workbooks with the Open XML SDK (text cells, a bold header row); reads them as a bounded stream (XlsxReading.cs).</summary>
public static partial class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<SheetData> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
                data.Append(Row(1, sheet.Headers, styleIndex: 1));
                var rowNumber = 2u;
                foreach (var row in sheet.Rows) data.Append(Row(rowNumber++, row, styleIndex: 0));
                var worksheet = new Worksheet();
                if (sheet.Widths is { Count: > 0 } widths)
                {
                    var columns = new Columns();
                    for (var i = 0; i < widths.Count; i++)
                        columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
                    worksheet.Append(columns);
                }
                worksheet.Append(data);
                part.Worksheet = worksheet;
                workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

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

    private static Row Row(uint number, IEnumerable<string> values, uint styleIndex)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(column++)}{number}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = styleIndex,
            });
        return row;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true }));
}
