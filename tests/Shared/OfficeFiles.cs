using System.IO.Compression;
using System.Text;

namespace DoiThoai.Tests.Shared;

/// <summary>
/// Small Office packages written part by part in the tests (no binary fixtures), so that malformed, DTD-bearing,
/// oversized and lying files can be made as easily as good ones. Linked into the unit and integration tests.
/// </summary>
public static class OfficeFiles
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A "billion laughs" DTD: harmless only to a parser that refuses DTDs.</summary>
    public const string Doctype =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" +
        "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    public static byte[] Zip(params (string Path, string Content)[] parts) =>
        Package(parts.Select(p => (p.Path, (Action<TextWriter>)(w => w.Write(p.Content)))).ToArray());

    /// <summary>A zip whose parts are written by the given writers, so a huge part never has to be held whole.</summary>
    public static byte[] Package(params (string Path, Action<TextWriter> Write)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, write) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                write(writer);
            }
        return stream.ToArray();
    }

    /// <summary>A one-sheet workbook; <paramref name="sheetData"/> writes the inside of <c>sheetData</c>.</summary>
    public static byte[] Workbook(Action<TextWriter> sheetData, string? sharedStrings = null, string sheetName = "Trang 1",
        string? workbookPrologue = null, string? sheetPrologue = null) =>
        Package(
        [
            ("[Content_Types].xml", w => w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")),
            ("_rels/.rels", w => w.Write($"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Relations}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
            ("xl/workbook.xml", w => w.Write($"<?xml version=\"1.0\"?>{workbookPrologue}<workbook xmlns=\"{Main}\" xmlns:r=\"{Relations}\"><sheets>" +
                $"<sheet name=\"{System.Security.SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
            ("xl/_rels/workbook.xml.rels", w => w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Relations}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                (sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Relations}/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>")),
            ("xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\"?>{sheetPrologue}<worksheet xmlns=\"{Main}\"><sheetData>");
                sheetData(w);
                w.Write("</sheetData></worksheet>");
            }),
            .. sharedStrings is null ? Array.Empty<(string, Action<TextWriter>)>() : [("xl/sharedStrings.xml", w => w.Write(sharedStrings))],
        ]);

    public static byte[] Workbook(string sheetData, string? sharedStrings = null, string sheetName = "Trang 1") =>
        Workbook(w => w.Write(sheetData), sharedStrings, sheetName);

    /// <summary>A row of inline-string cells from column A.</summary>
    public static string Row(int number, params string[] cells) =>
        $"<row r=\"{number}\">" + string.Concat(cells.Select((c, i) =>
            $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";

    /// <summary>A header row and one cell of <paramref name="characters"/> letters, written in chunks: the "107 KB file, one 100 MB cell".</summary>
    public static byte[] WorkbookWithLongCell(long characters, string sheetName = "Trang 1") => Workbook(w =>
    {
        w.Write(Row(1, "Tiêu đề"));
        w.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        var chunk = new string('a', 64 * 1024);
        for (var left = characters; left > 0; left -= chunk.Length) w.Write(left >= chunk.Length ? chunk : chunk[..(int)left]);
        w.Write("</t></is></c></row>");
    }, sheetName: sheetName);

    /// <summary>A header row and <paramref name="rows"/> rows of one short cell each: the "300,000 rows".</summary>
    public static byte[] WorkbookWithRows(int rows, string sheetName = "Trang 1", params string[] cells) => Workbook(w =>
    {
        w.Write(Row(1, "Tiêu đề"));
        for (var r = 2; r <= rows + 1; r++) w.Write(Row(r, cells.Length == 0 ? ["x"] : cells));
    }, sheetName: sheetName);

    /// <summary>A Word document whose main part is <paramref name="documentXml"/>.</summary>
    public static byte[] Document(string documentXml) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relations}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ("word/document.xml", documentXml));

    /// <summary>The same zip, but every header claims each part unpacks to <paramref name="size"/> bytes.</summary>
    public static byte[] WithDeclaredSizes(byte[] zip, uint size)
    {
        var copy = (byte[])zip.Clone();
        for (var i = 0; i + 30 < copy.Length; i++)
        {
            var signature = BitConverter.ToUInt32(copy, i);
            if (signature == 0x04034b50) BitConverter.TryWriteBytes(copy.AsSpan(i + 22, 4), size);
            else if (signature == 0x02014b50) BitConverter.TryWriteBytes(copy.AsSpan(i + 24, 4), size);
        }
        return copy;
    }
}
