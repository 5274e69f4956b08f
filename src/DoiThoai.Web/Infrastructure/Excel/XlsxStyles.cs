using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>The cell formats of written workbooks and the cell each kind of value becomes.</summary>
internal static class XlsxStyles
{
    public const uint Plain = 0, Header = 1, Date = 2, Whole = 3, Decimal = 4, Share = 5;

    /// <summary>Day numbers count from 1899-12-30, as Excel and LibreOffice both read them.</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static Cell Cell(string reference, object value) => value switch
    {
        int or long or short => Number(reference, Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), Whole),
        decimal or double or float => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture), Decimal),
        DateOnly d => Number(reference, (d.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), Date),
        Percent p => Number(reference, ((decimal)p.Value / 100m).ToString(CultureInfo.InvariantCulture), Share),
        _ => Text(reference, value.ToString() ?? "", Plain),
    };

    public static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell Number(string reference, string value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164U, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165U, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 166U, FormatCode = "#,##0.##" }) { Count = 3U },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7EEF7" }) { PatternType = PatternValues.Solid })) { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true }) { Count = 6U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
