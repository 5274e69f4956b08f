using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Web.Documents;

/// <summary>
/// The paragraphs and tables a document's body is made of. Font and size come from the template's defaults;
/// here only what a body line itself means (a heading is bold, an answer italic and indented, numbers right).
/// </summary>
public static class WordBody
{
    public static Paragraph Line(string text, bool bold = false, bool italic = false, bool center = false, bool indent = false,
        bool right = false, int? size = null, int spaceBefore = 60, bool left = false)
    {
        var look = new RunProperties();
        if (bold) look.Append(new Bold());
        if (italic) look.Append(new Italic());
        if (size is { } half) look.Append(new FontSize { Val = half.ToString() });
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "60" },
            new Justification { Val = center ? JustificationValues.Center : right ? JustificationValues.Right : left ? JustificationValues.Left : JustificationValues.Both });
        if (indent) properties.Append(new Indentation { Left = "567" });
        return new Paragraph(properties, new Run(look, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A section heading of the body ("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN").</summary>
    public static Paragraph Section(string title) => Line(title, bold: true, spaceBefore: 200);

    /// <summary>A bordered table, header row bold; cells of <paramref name="numeric"/> columns are right-aligned.</summary>
    public static Table Grid(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, string, bool> numeric)
    {
        BorderType Edge<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };
        var grid = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(),
                Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>())));
        grid.Append(new TableRow(headers.Select(h => new TableCell(Line(h, bold: true, center: true, size: 24, spaceBefore: 20)))));
        foreach (var row in rows)
            grid.Append(new TableRow(row.Select((cell, i) => new TableCell(Line(cell, right: numeric(i, cell), left: true, size: 24, spaceBefore: 20)))));
        return grid;
    }
}
