using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// The minutes (biên bản) as a Word document laid out as Nghị định 30/2020/NĐ-CP asks of administrative
/// documents: A4, Times New Roman, the issuing body and number on the left, the national title and motto
/// on the right, then place and date, the title, the body.
/// </summary>
public static partial class MinutesDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Font = "Times New Roman";

    public static string FileName(ConferenceDetails c) => $"bien-ban-{c.HeldOn:yyyy-MM-dd}-{Slug.From(c.Title, 60)}.docx";

    public static byte[] Create(ConferenceDetails c)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main);

            body.Append(HeaderTable(c));
            body.Append(Paragraph("BIÊN BẢN", bold: true, size: 28, center: true, spaceBefore: 240));
            body.Append(Paragraph(c.Title, bold: true, size: 28, center: true));
            body.Append(Paragraph($"{c.Kind.Label()} {(c.Record.HeldOnUnknown ? c.Record.ReviewedPeriod : $"ngày {c.HeldOn:dd/MM/yyyy}")}", italic: true, center: true));
            body.Append(Paragraph(FinalityMark(c.Finality), bold: true, italic: true, size: 26, center: true));

            Section(body, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
            body.Append(Paragraph($"Thời gian: {c.WhenText}."));
            body.Append(Paragraph($"Địa điểm: {c.Place ?? "…"}."));
            if (c.Organizer is not null) body.Append(Paragraph($"Cơ quan tổ chức: {c.Organizer}."));
            foreach (var l in c.LegalBases) body.Append(Paragraph($"Căn cứ {l}."));
            foreach (var role in Enum.GetValues<ParticipantRole>())
            {
                var people = c.InRole(role).ToList();
                if (people.Count > 0)
                    body.Append(Paragraph($"{role.Label()}: {string.Join("; ", people.Select(p => p.Position is null ? p.Name : $"đồng chí {p.Name}, {p.Position}"))}."));
            }
            if (c.Organizations.Count > 0)
                body.Append(Paragraph($"Tổ chức tham dự ({c.Organizations.Count}): {string.Join("; ", c.Organizations)}."));

            Section(body, "II. NỘI DUNG");
            if (!string.IsNullOrWhiteSpace(c.Summary)) body.Append(Paragraph(c.Summary));
            foreach (var s in c.Speeches)
                body.Append(Paragraph($"{s.Order}. {s.Kind.Label()} – {s.Who}: {s.Summary}"));
            AppendRecord(body, c);

            Section(body, "III. Ý KIẾN, KIẾN NGHỊ");
            body.Append(Paragraph($"Tại hội nghị có {c.OpinionCount} ý kiến, {c.PetitionCount} kiến nghị, đề xuất, chất vấn; " +
                                  $"{c.AnsweredOnTheSpotCount} nội dung được trả lời tại hội nghị."));
            foreach (var p in c.Petitions)
            {
                var raisedBy = p.RaisedBy is null ? "" : $" ({p.RaisedBy})";
                body.Append(Paragraph($"{p.Order}. [{p.Kind.Label()}{(p.Topic is null ? "" : $" – {p.Topic}")}] {p.Content}{raisedBy}"));
                if (p.Answer is not null)
                    body.Append(Paragraph($"Trả lời{(p.AnsweredBy is null ? "" : $" của {p.AnsweredBy}")}: {p.Answer}", italic: true, indent: true));
            }

            Section(body, "IV. KẾT LUẬN");
            if (!string.IsNullOrWhiteSpace(c.ConclusionText)) body.Append(Paragraph(c.ConclusionText));
            foreach (var i in c.ConclusionItems)
                body.Append(Paragraph($"{i.Order}. {i.Content} Chủ trì thực hiện: {i.Responsible ?? "chưa giao"}" + CoordinatorsText(i) +
                                      $"{(i.Deadline is { } d ? $"; thời hạn {d:dd/MM/yyyy}" : "")}."));

            body.Append(SignatureTable(c));
            AmendmentList(body, c.Amendments);
            body.Append(PageSetup());
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string FinalityMark(FinalityView finality) =>
        MinutesFinality.Wording(finality.State) +
        (finality.IsFinal && finality.FinalizedAtUtc is { } at ? $" (hoàn thiện ngày {VietnamTime.ToLocal(at):dd/MM/yyyy})" : "");

    /// <summary>Changes made after the minutes became final, each with its date, author, reason and content.</summary>
    private static void AmendmentList(Body body, IReadOnlyList<AmendmentLine> amendments)
    {
        if (amendments.Count == 0) return;
        Section(body, "DANH SÁCH SỬA ĐỔI");
        for (var i = 0; i < amendments.Count; i++)
        {
            var a = amendments[i];
            body.Append(Paragraph($"{i + 1}. Ngày {VietnamTime.ToLocal(a.AtUtc):dd/MM/yyyy HH:mm}, {a.UserName}. Lý do: {a.Reason}"));
            body.Append(Paragraph($"Nội dung sửa đổi: {a.Summary}", italic: true, indent: true));
        }
    }

    private static Table HeaderTable(ConferenceDetails c)
    {
        var left = new TableCell(
            Paragraph((c.Organizer ?? c.UnitName).ToUpperInvariant(), bold: true, size: 26, center: true),
            Paragraph("Số: ……/BB", size: 26, center: true));
        var right = new TableCell(
            Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24, center: true),
            Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, center: true, underline: true),
            Paragraph($"{PlaceName(c.UnitName)}, ngày {c.HeldOn.Day:00} tháng {c.HeldOn.Month:00} năm {c.HeldOn.Year}", italic: true, size: 26, center: true));
        left.Append(CellWidth(40));
        right.Append(CellWidth(60));
        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableRow(left, right));
    }

    private static Table SignatureTable(ConferenceDetails c)
    {
        var chair = c.InRole(ParticipantRole.Chair).FirstOrDefault();
        var secretary = c.InRole(ParticipantRole.Secretary).FirstOrDefault();
        var left = new TableCell(Paragraph("THƯ KÝ", bold: true, center: true, spaceBefore: 360),
            Paragraph("(Ký, ghi rõ họ tên)", italic: true, center: true), Paragraph(" "), Paragraph(" "),
            Paragraph(secretary?.Name ?? "", bold: true, center: true));
        var right = new TableCell(Paragraph("CHỦ TRÌ HỘI NGHỊ", bold: true, center: true, spaceBefore: 360),
            Paragraph("(Ký, ghi rõ họ tên)", italic: true, center: true), Paragraph(" "), Paragraph(" "),
            Paragraph(chair?.Name ?? "", bold: true, center: true));
        left.Append(CellWidth(50));
        right.Append(CellWidth(50));
        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }), new TableRow(left, right));
    }

    /// <summary>"Phường Kỳ Phương" is written "Kỳ Phương" in the place line.</summary>
    private static string PlaceName(string unitName)
    {
        foreach (var kind in Enum.GetValues<UnitKind>().OrderByDescending(k => k.Label().Length))
            if (unitName.StartsWith(kind.Label() + " ", StringComparison.Ordinal)) return unitName[(kind.Label().Length + 1)..];
        return unitName;
    }

    private static TableCellProperties CellWidth(int percent) =>
        new(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = (percent * 50).ToString() });

    private static void Section(Body body, string title) => body.Append(Paragraph(title, bold: true, spaceBefore: 200));

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, int size = 28, bool center = false,
        bool underline = false, int spaceBefore = 60, bool indent = false)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
            new FontSize { Val = size.ToString() });
        if (bold) runProperties.Append(new Bold());
        if (italic) runProperties.Append(new Italic());
        if (underline) runProperties.Append(new Underline { Val = UnderlineValues.Single });
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "60" },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both });
        if (indent) properties.Append(new Indentation { Left = "567" });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "28" },
            new Languages { Val = "vi-VN" }))));
    }

    /// <summary>A4 with the margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.</summary>
    private static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 720U, Footer = 720U, Gutter = 0U });
}
