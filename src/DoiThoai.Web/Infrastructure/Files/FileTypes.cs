using System.IO.Compression;

namespace DoiThoai.Web.Infrastructure.Files;

/// <summary>A kind of file the portal accepts, known by its content and never by its name or the browser's word.</summary>
public sealed record FileType(string Extension, string ContentType, string Label);

/// <summary>
/// Recognises accepted files by their first bytes (and, for Office files, by the package inside),
/// so a program renamed to <c>.pdf</c> or a page renamed to <c>.jpg</c> is refused.
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new(".pdf", "application/pdf", "PDF");
    public static readonly FileType Jpeg = new(".jpg", "image/jpeg", "ảnh JPEG");
    public static readonly FileType Png = new(".png", "image/png", "ảnh PNG");
    public static readonly FileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)");
    public static readonly FileType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)");

    /// <summary>What a progress update may carry: documents and photos.</summary>
    public static readonly IReadOnlyList<FileType> Documents = [Pdf, Jpeg, Png, Docx, Xlsx];

    public static string Accept(IEnumerable<FileType> types) => string.Join(",", types.Select(t => t.Extension));

    /// <summary>The accepted type the content is, or null. The stream must be seekable; it is left at its start.</summary>
    public static FileType? Detect(Stream content, IEnumerable<FileType> allowed)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        FileType? found = null;
        if (head.StartsWith("%PDF-"u8)) found = Pdf;
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) found = Jpeg;
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) found = Png;
        else if (head.StartsWith("PK\u0003\u0004"u8)) found = OfficePackage(content);
        content.Position = 0;
        return found is not null && allowed.Contains(found) ? found : null;
    }

    /// <summary>A .docx or .xlsx is a zip whose main part says which it is; any other zip is refused.</summary>
    private static FileType? OfficePackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
