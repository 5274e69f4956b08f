using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Web.Infrastructure.Excel;
using SheetData = DoiThoai.Web.Infrastructure.Excel.SheetData;

namespace DoiThoai.Tests.Unit.Infrastructure;

/// <summary>Workbooks people can compute with: typed cells, diacritics in sheet names, frozen filtered headers, sized columns, drop-downs.</summary>
public class XlsxWritingTests
{
    private static readonly byte[] Book = Xlsx.Write(
    [
        new SheetData("Tổng hợp: quý I/2023 [bản nháp] của phường Kỳ Phương", ["Chỉ tiêu", "Số", "Tỷ lệ", "Thời hạn"],
            [["Hội nghị", 12, new Percent(45.3), new DateOnly(2022, 7, 31)], ["Ý kiến", 1234, "–", null]])
            { Lists = [new ListValidation(0, "'Danh mục'!$A$2:$A$3")] },
        new SheetData("Danh mục", ["Loại"], [["Đối thoại"], ["Giao ban"]]),
        new SheetData("Hướng dẫn", ["Hướng dẫn nhập"], [["Một dòng."]]) { IsTable = false },
    ]);

    [Fact]
    public void Numbers_are_number_cells_dates_are_dd_MM_yyyy_date_cells_and_shares_are_percentages()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Book), false);
        var part = document.WorkbookPart!;
        var cells = part.WorksheetParts.First(p => p.Worksheet.Descendants<Cell>().Any(c => c.CellReference == "D2")).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!);
        var formats = part.WorkbookStylesPart!.Stylesheet!;
        string FormatOf(Cell c)
        {
            var id = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value).NumberFormatId!.Value;
            return formats.NumberingFormats!.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId! == id)?.FormatCode?.Value ?? $"builtin {id}";
        }

        Assert.Null(cells["B2"].DataType);
        Assert.Equal("12", cells["B2"].CellValue!.Text);
        Assert.Equal("1234", cells["B3"].CellValue!.Text);
        Assert.Equal("builtin 3", FormatOf(cells["B3"]));
        Assert.Equal("0.453", cells["C2"].CellValue!.Text);
        Assert.Equal("0.0%", FormatOf(cells["C2"]));
        Assert.Equal((new DateOnly(2022, 7, 31).DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(), cells["D2"].CellValue!.Text);
        Assert.Equal("dd/mm/yyyy", FormatOf(cells["D2"]));
        Assert.Equal(CellValues.InlineString, cells["C3"].DataType!.Value);
        Assert.False(cells.ContainsKey("D3"));
        Assert.Equal(new DateOnly(2022, 7, 31), Xlsx.TryParseDate(cells["D2"].CellValue!.Text, out var date) ? date : default);
    }

    [Fact]
    public void Sheet_names_keep_their_diacritics_lose_forbidden_characters_and_stop_at_31()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Book), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Tổng hợp- quý I-2023 -bản nháp-", "Danh mục", "Hướng dẫn"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31));
        Assert.Equal("Trang", Xlsx.SheetName("   "));
        Assert.Equal("a-b-c", Xlsx.SheetName("a/b\\c"));
    }

    [Fact]
    public void Table_sheets_freeze_the_header_filter_it_size_columns_and_carry_the_drop_downs()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Book), false);
        var part = document.WorkbookPart!;
        Worksheet Sheet(int i) => ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().ElementAt(i).Id!)).Worksheet;

        var pane = Sheet(0).Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:D3", Sheet(0).Elements<AutoFilter>().Single().Reference!.Value);
        Assert.All(Sheet(0).Descendants<Column>(), c => Assert.True(c.Width!.Value >= 8 && c.CustomWidth!.Value));
        Assert.True(Sheet(0).Descendants<Column>().First().Width!.Value >= "Chỉ tiêu".Length);
        var list = Sheet(0).Descendants<DataValidation>().Single();
        Assert.Equal(DataValidationValues.List, list.Type!.Value);
        Assert.Equal("'Danh mục'!$A$2:$A$3", list.Formula1!.Text);
        Assert.Equal("A2:A1001", list.SequenceOfReferences!.InnerText);
        Assert.Empty(Sheet(2).Descendants<Pane>());
        Assert.Empty(Sheet(2).Elements<AutoFilter>());
    }

    [Fact]
    public void A_written_workbook_has_no_open_xml_error() =>
        Assert.Empty(Errors(Book));

    public static IReadOnlyList<string> Errors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}
