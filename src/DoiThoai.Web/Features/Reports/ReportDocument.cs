using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Reports;

/// <summary>
/// A periodic report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP (as the
/// minutes' export): A4, Times New Roman, the issuing body on the left, the national title and motto on the
/// right, place and date, the title, then the report's tables.
/// </summary>
public static class ReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Font = "Times New Roman";

    public static byte[] Create(PeriodicReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main);
            body.Append(HeaderTable(report));
            body.Append(Paragraph(report.Title, bold: true, center: true, spaceBefore: 240));
            body.Append(Paragraph($"(Từ ngày {report.Figures.Period.From:dd/MM/yyyy} đến ngày {report.Figures.Period.To:dd/MM/yyyy}; số liệu đến ngày {report.Figures.Today:dd/MM/yyyy})",
                italic: true, center: true));
            foreach (var table in report.Tables())
            {
                body.Append(Paragraph(table.Heading, bold: true, spaceBefore: 200));
                body.Append(table.Rows.Count == 0 ? Paragraph("Không có.", italic: true) : Grid(table));
            }
            body.Append(SignatureTable(report));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table Grid(ReportTable table)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var grid = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border));
        grid.Append(new TableRow(table.Headers.Select(h => new TableCell(Paragraph(h, bold: true, size: 24, center: true)))));
        foreach (var row in table.Rows)
            grid.Append(new TableRow(row.Select((cell, i) => new TableCell(Paragraph(cell, size: 24, right: i > 0 && IsNumber(cell))))));
        return grid;
    }

    private static bool IsNumber(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text == "–");

    private static Table HeaderTable(PeriodicReport report)
    {
        var left = new TableCell(
            Paragraph(report.IssuingBody.ToUpperInvariant(), bold: true, size: 26, center: true),
            Paragraph("Số: ……/BC", size: 26, center: true));
        var right = new TableCell(
            Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24, center: true),
            Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, center: true, underline: true),
            Paragraph($"{report.Place}, ngày {report.IssuedOn.Day:00} tháng {report.IssuedOn.Month:00} năm {report.IssuedOn.Year}", italic: true, size: 26, center: true));
        left.Append(CellWidth(40));
        right.Append(CellWidth(60));
        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableRow(left, right));
    }

    private static Table SignatureTable(PeriodicReport report)
    {
        var left = new TableCell(Paragraph("Nơi nhận:", bold: true, italic: true, size: 24, spaceBefore: 360),
            Paragraph("- Cấp trên trực tiếp;", size: 22), Paragraph("- Lưu: VT.", size: 22));
        var right = new TableCell(Paragraph($"TM. {report.IssuingBody.ToUpperInvariant()}", bold: true, center: true, spaceBefore: 360),
            Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, center: true));
        left.Append(CellWidth(50));
        right.Append(CellWidth(50));
        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }), new TableRow(left, right));
    }

    private static TableCellProperties CellWidth(int percent) =>
        new(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = (percent * 50).ToString() });

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, int size = 28, bool center = false,
        bool underline = false, int spaceBefore = 60, bool right = false)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = size.ToString() });
        if (bold) runProperties.Append(new Bold());
        if (italic) runProperties.Append(new Italic());
        if (underline) runProperties.Append(new Underline { Val = UnderlineValues.Single });
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "60" },
            new Justification { Val = center ? JustificationValues.Center : right ? JustificationValues.Right : JustificationValues.Both });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "28" }, new Languages { Val = "vi-VN" }))));
    }
}

/// <summary>The same report as an Excel workbook: a cover sheet with the header, then one sheet per table.</summary>
public static class ReportWorkbook
{
    public static byte[] Create(PeriodicReport report)
    {
        var cover = new SheetData("Bao cao", ["Báo cáo", ""],
        [
            ["Cơ quan báo cáo", report.IssuingBody],
            ["Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc"],
            ["Địa danh, ngày", $"{report.Place}, ngày {report.IssuedOn:dd/MM/yyyy}"],
            ["Tên báo cáo", report.Title],
            ["Kỳ báo cáo", $"{report.Figures.Period.From:dd/MM/yyyy} – {report.Figures.Period.To:dd/MM/yyyy}"],
            ["Đơn vị", report.Figures.Focus.Name],
        ], [24, 90]);
        return Xlsx.Write([cover, .. report.Tables().Select(t => new SheetData(t.SheetName, t.Headers, t.Rows, [.. t.Headers.Select((_, i) => i == 0 ? 40.0 : 16.0)]))]);
    }
}
