using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Web.Documents;

/// <summary>
/// Fills a .docx template: each field is a block content control (tagged <c>CoQuanBanHanh</c>, <c>SoKyHieu</c>...)
/// holding one paragraph that gives the field its look; the paragraph is repeated once per line of the value and
/// the control removed, so the file a clerk opens is plain text. The body is put where the <c>NoiDung</c> control is.
/// </summary>
public static class WordTemplate
{
    public const string BodyTag = "NoiDung";

    /// <summary>The fields every template must hold, minutes or report (a minutes template also names the secretary).</summary>
    public static IReadOnlyList<string> RequiredTags(Domain.Documents.DocumentKind kind) => kind == Domain.Documents.DocumentKind.Minutes
        ? [.. HeaderTags, BodyTag, Tags.Recipients, Tags.Capacity, Tags.SignerName, Tags.Secretary]
        : [.. HeaderTags, BodyTag, Tags.Recipients, Tags.Capacity, Tags.SignerName];

    private static readonly string[] HeaderTags = [Tags.Superior, Tags.Body, Tags.Number, Tags.DateLine, Tags.DocumentName, Tags.Title];

    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, IReadOnlyList<string>> fields, IEnumerable<OpenXmlElement> body)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!.Document!;
            foreach (var control in main.Descendants<SdtBlock>().ToList())
            {
                var tag = TagOf(control);
                if (tag == BodyTag) Replace(control, body.ToList());
                else Replace(control, Lines(control, fields.GetValueOrDefault(tag ?? "") ?? []));
            }
            foreach (var cell in main.Descendants<TableCell>().Where(c => !c.Elements<Paragraph>().Any() && !c.Elements<Table>().Any()))
                cell.Append(new Paragraph());
            main.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Why an uploaded file cannot serve as a template of this kind, or null when it can.</summary>
    public static string? Problem(Stream file, Domain.Documents.DocumentKind kind)
    {
        try
        {
            using var document = WordprocessingDocument.Open(file, false);
            var tags = document.MainDocumentPart?.Document?.Descendants<SdtBlock>().Select(TagOf).OfType<string>().ToHashSet() ?? [];
            var missing = RequiredTags(kind).Where(t => !tags.Contains(t)).ToList();
            return missing.Count == 0 ? null : $"Mẫu thiếu các trường (điều khiển nội dung có thẻ): {string.Join(", ", missing)}.";
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return "Tệp không phải văn bản Word (.docx) hợp lệ.";
        }
    }

    public static string? TagOf(SdtBlock control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    /// <summary>The control's paragraph once per line, each holding the line in the first run's formatting.</summary>
    private static List<OpenXmlElement> Lines(SdtBlock control, IReadOnlyList<string> lines)
    {
        var prototype = control.SdtContentBlock?.GetFirstChild<Paragraph>();
        if (prototype is null) return [];
        var look = prototype.Descendants<RunProperties>().FirstOrDefault();
        return [.. lines.Select(line =>
        {
            var paragraph = new Paragraph(prototype.ParagraphProperties?.CloneNode(true) ?? new ParagraphProperties());
            paragraph.Append(new Run(look?.CloneNode(true) ?? new RunProperties(), new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
            return (OpenXmlElement)paragraph;
        })];
    }

    private static void Replace(SdtBlock control, IReadOnlyList<OpenXmlElement> elements)
    {
        foreach (var element in elements) control.InsertBeforeSelf(element);
        control.Remove();
    }
}

/// <summary>The tags of a template's fields, as an administrator sets them in Word (Developer → Properties → Tag).</summary>
public static class Tags
{
    public const string Superior = "CoQuanCapTren";
    public const string Body = "CoQuanBanHanh";
    public const string Number = "SoKyHieu";
    public const string DateLine = "DiaDanhNgay";
    public const string DocumentName = "TenLoaiVanBan";
    public const string Title = "TrichYeu";
    public const string Recipients = "NoiNhan";
    public const string Capacity = "ThamQuyenKy";
    public const string SignerPosition = "ChucVuNguoiKy";
    public const string SignerName = "NguoiKy";
    public const string Secretary = "ThuKy";
}
