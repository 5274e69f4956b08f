using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Tests.Unit.Documents;

/// <summary>
/// Writes the repository's Word templates (<c>src/DoiThoai.Web/Documents/Templates/*.docx</c>) once: the layout of
/// each issuer kind with a block content control per field. Run by <see cref="DocumentTemplateTests"/>; the files are
/// rewritten when <c>DOITHOAI_WRITE_TEMPLATES</c> names the folder, and otherwise only compared with the checked-in ones.
/// </summary>
public static class TemplateGenerator
{
    private const string Font = "Times New Roman";

    /// <summary>A4 at the margins of Nghị định 30/2020 and Hướng dẫn 36: 20 mm top and bottom, 30 mm left, 15 mm right.</summary>
    private const int TextWidth = 11906 - 1701 - 851;

    public static byte[] Create(DocumentKind document, IssuerKind issuer)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body(
                Header(issuer),
                Field(Tags.DocumentName, "BIÊN BẢN", bold: true, spaceBefore: 360),
                Field(Tags.Title, "Tên, trích yếu văn bản", bold: true),
                Plain("", center: true, size: 14),
                Field(WordTemplate.BodyTag, "Nội dung văn bản", center: false, size: 28));
            if (document == DocumentKind.Minutes)
            {
                body.Append(Columns(0.5,
                    [Plain(OfficialFormat.SecretaryTitle, bold: true, spaceBefore: 360), Plain(""), Plain(""), Plain(""), Field(Tags.Secretary, "Họ tên thư ký", bold: true)],
                    // The capacity field holds the chair's whole block ("CHỦ TRÌ", or "T/M …" and the position: OfficialFormat.ChairLines).
                    [Field(Tags.Capacity, OfficialFormat.ChairTitle, bold: true, spaceBefore: 360),
                     Plain(""), Plain(""), Plain(""), Field(Tags.SignerName, "Họ tên người chủ trì", bold: true)]));
                body.Append(Plain("Nơi nhận:", bold: true, italic: true, center: false, size: 24, spaceBefore: 240));
                body.Append(Field(Tags.Recipients, "- …;", center: false, size: 22));
            }
            else
                body.Append(Columns(0.45,
                    [Plain("Nơi nhận:", bold: true, italic: true, center: false, size: 24, spaceBefore: 360), Field(Tags.Recipients, "- …;", center: false, size: 22)],
                    [Field(Tags.Capacity, "TM. …", bold: true, spaceBefore: 360), Field(Tags.SignerPosition, "Chức vụ", bold: true),
                     Plain(""), Plain(""), Plain(""), Field(Tags.SignerName, "Họ tên người ký", bold: true)]));
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Left: superior body, issuing body and the number (the Party's asterisk, or a short rule under a State or Front
    /// body); right: the Party's title, or the national title on one line and the underlined motto; then the date line.
    /// </summary>
    private static Table Header(IssuerKind issuer)
    {
        var left = new List<OpenXmlElement>
        {
            Field(Tags.Superior, "CƠ QUAN CẤP TRÊN", size: 24),
            Field(Tags.Body, "CƠ QUAN BAN HÀNH", bold: true, size: 24),
            issuer == IssuerKind.Party ? Plain(OfficialFormat.PartyMark, size: 26) : Rule(),
            Field(Tags.Number, "Số: …", size: 26, spaceBefore: issuer == IssuerKind.Party ? 0 : 60),
        };
        var titles = OfficialFormat.TitleLines(issuer);
        var right = new List<OpenXmlElement>();
        for (var i = 0; i < titles.Count; i++)
            right.Add(Plain(titles[i], bold: true, underline: i == titles.Count - 1, size: i == 0 && titles.Count > 1 ? 24 : issuer == IssuerKind.Party ? 30 : 26));
        right.Add(Plain("", size: 14));
        right.Add(Field(Tags.DateLine, "Địa danh, ngày … tháng … năm …", italic: true, size: 28, spaceBefore: 60));
        // The national title needs 9 cm on one line at 12 pt; the rest goes to the bodies' names on the left.
        return Columns(0.45, left, right);
    }

    /// <summary>A table without borders of two cells, the first <paramref name="share"/> of the text width.</summary>
    private static Table Columns(double share, IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right)
    {
        var first = (int)(TextWidth * share);
        BorderType None<T>() where T : BorderType, new() => new T { Val = BorderValues.None };
        // A little room after the left cell, so a long body's name never runs into the title beside it.
        TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int gap = 0) =>
            new([new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() },
                new TableCellMargin(new RightMargin { Width = gap.ToString(), Type = TableWidthUnitValues.Dxa })), .. content]);
        return new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString() },
                new TableBorders(None<TopBorder>(), None<LeftBorder>(), None<BottomBorder>(), None<RightBorder>(),
                    None<InsideHorizontalBorder>(), None<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = first.ToString() }, new GridColumn { Width = (TextWidth - first).ToString() }),
            new TableRow(Cell(first, left, gap: 170), Cell(TextWidth - first, right)));
    }

    /// <summary>A block content control tagged <paramref name="tag"/>, its one paragraph giving the field's look.</summary>
    private static SdtBlock Field(string tag, string placeholder, bool bold = false, bool italic = false, bool center = true, int size = 28, int spaceBefore = 0) =>
        new(new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }),
            new SdtContentBlock(Plain(placeholder, bold, italic, center: center, size: size, spaceBefore: spaceBefore)));

    private static Paragraph Plain(string text, bool bold = false, bool italic = false, bool underline = false, bool center = true, int size = 28, int spaceBefore = 0)
    {
        var look = new RunProperties();
        if (bold) look.Append(new Bold());
        if (italic) look.Append(new Italic());
        look.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        if (underline) look.Append(new Underline { Val = UnderlineValues.Single });
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "0" },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both }));
        if (text.Length > 0) paragraph.Append(new Run(look, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>The short rule under a State or Front body's name: a third of the cell, centred.</summary>
    private static Paragraph Rule() => new(new ParagraphProperties(
        new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
        new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
        new Indentation { Left = "1250", Right = "1250" }));
}
