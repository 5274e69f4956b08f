using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DoiThoai.Tests.Shared;

/// <summary>
/// Fills rows of a downloaded workbook as a person typing in Excel would: each given row replaces the row of that number
/// (text cells), everything else (drop-downs, other sheets, prefilled rows) stays as downloaded.
/// </summary>
public static class FilledWorkbook
{
    public static byte[] Fill(byte[] workbook, params (string Sheet, int Row, string[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            foreach (var (sheet, number, cells) in rows)
            {
                var id = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
                var data = ((WorksheetPart)part.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!;
                data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)number)?.Remove();
                var row = new Row { RowIndex = (uint)number };
                for (var i = 0; i < cells.Length; i++)
                    if (cells[i].Length > 0)
                        row.Append(new Cell
                        {
                            CellReference = $"{(char)('A' + i)}{number}", DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }),
                        });
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < (uint)number);
                if (after is null) data.PrependChild(row);
                else after.InsertAfterSelf(row);
            }
        }
        return stream.ToArray();
    }
}
