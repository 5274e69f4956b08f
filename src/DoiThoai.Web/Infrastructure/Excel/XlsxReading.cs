using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>
/// How much of an uploaded workbook the portal reads (settings <c>Import:MaxRows</c>, <c>Import:MaxCellCharacters</c>,
/// <c>Import:MaxUncompressedBytes</c>, <c>Import:MaxErrorsListed</c>). A small zip can unpack to gigabytes,
/// so the bounds apply to what is unpacked, not to the upload.
/// </summary>
public sealed class ImportLimits
{
    public int MaxRows { get; set; } = 5_000;
    public int MaxCellCharacters { get; set; } = 4_000;
    public long MaxUncompressedBytes { get; set; } = 20 * 1024 * 1024;
    public int MaxErrorsListed { get; set; } = 50;
}

public static class ImportLimitsServices
{
    public static IServiceCollection AddImportLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection("Import").Get<ImportLimits>() ?? new ImportLimits());
}

/// <summary>A workbook past one of the <see cref="ImportLimits"/>; the message is Vietnamese and meant for the person who sent it.</summary>
public sealed class WorkbookTooLargeException(string message) : Exception(message);

public static partial class Xlsx
{
    private const int MaxColumns = 100;
    private const int MaxExcelColumns = 16_384;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Reads the rows below the header of the named sheets (every sheet when <paramref name="sheets"/> is null), as a
    /// stream: parts are unpacked through a byte budget and parsed with <see cref="XmlReader"/> (no DTD, no resolver).
    /// Throws <see cref="WorkbookTooLargeException"/> past a limit and <see cref="InvalidDataException"/> for a file that
    /// is not a sound workbook. Only non-empty rows are kept. Columns past the hundredth are not read.
    /// </summary>
    public static Dictionary<string, List<SheetRow>> Read(Stream stream, ImportLimits? limits = null, IReadOnlyCollection<string>? sheets = null)
    {
        limits ??= new ImportLimits();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return new WorkbookReader(zip, limits).Read(sheets);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or ArgumentException or NotSupportedException
                                       or FormatException or OverflowException)
        {
            throw new InvalidDataException("Not a sound .xlsx workbook.", e);
        }
    }

    private sealed class WorkbookReader(ZipArchive zip, ImportLimits limits)
    {
        private const string OfficeDocument = "/officeDocument";
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        private readonly Dictionary<string, ZipArchiveEntry> _entries = zip.Entries
            .GroupBy(e => e.FullName.TrimStart('/'), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        private readonly char[] _chunk = new char[4096];
        private long _budget = limits.MaxUncompressedBytes;
        private int _rows;

        public Dictionary<string, List<SheetRow>> Read(IReadOnlyCollection<string>? wanted)
        {
            var workbookPath = Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal)).Target
                ?? throw new InvalidDataException("The package names no workbook.");
            var folder = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
            var parts = Relationships($"{folder}_rels/{workbookPath[folder.Length..]}.rels", folder);
            var targets = parts.ToDictionary(r => r.Id, r => r.Target);
            var sheets = SheetsOf(workbookPath)
                .Where(s => wanted is null || wanted.Contains(s.Name, StringComparer.OrdinalIgnoreCase))
                .Select(s => (s.Name, Path: targets.GetValueOrDefault(s.RelationshipId)))
                .Where(s => s.Path is not null && _entries.ContainsKey(s.Path))
                .ToList();
            var sharedPath = parts.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;

            // The sizes the zip declares are only a first, cheap refusal; the budget counts every byte actually unpacked.
            var declared = sheets.Sum(s => _entries[s.Path!].Length) + (sharedPath is not null && _entries.TryGetValue(sharedPath, out var part) ? part.Length : 0);
            if (declared > limits.MaxUncompressedBytes) throw TooLarge();

            var shared = sharedPath is null ? [] : SharedStrings(sharedPath);
            var result = new Dictionary<string, List<SheetRow>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, path) in sheets) result[name] = Rows(name, path!, shared);
            return result;
        }

        private XmlReader Open(string path)
        {
            if (!_entries.TryGetValue(path, out var entry)) throw new InvalidDataException($"The package has no part {path}.");
            return XmlReader.Create(new BudgetStream(entry.Open(), this), Settings);
        }

        private List<(string Id, string Type, string Target)> Relationships(string path, string folder)
        {
            var list = new List<(string, string, string)>();
            if (!_entries.ContainsKey(path)) return list;
            using var reader = Open(path);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                if (reader.GetAttribute("TargetMode") == "External") continue;
                var target = reader.GetAttribute("Target") ?? "";
                list.Add((reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", PartPath(target.StartsWith('/') ? target : folder + target)));
            }
            return list;
        }

        /// <summary>"xl/worksheets/../sharedStrings.xml" is "xl/sharedStrings.xml".</summary>
        private static string PartPath(string path)
        {
            var segments = new List<string>();
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
                else if (segment != ".") segments.Add(segment);
            }
            return string.Join('/', segments);
        }

        private List<(string Name, string RelationshipId)> SheetsOf(string workbookPath)
        {
            var list = new List<(string, string)>();
            using var reader = Open(workbookPath);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "workbook")
                throw new InvalidDataException("The main part is not a workbook.");
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
                var id = "";
                while (reader.MoveToNextAttribute())
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0) id = reader.Value;
                reader.MoveToElement();
                list.Add((reader.GetAttribute("name") ?? "", id));
            }
            return list;
        }

        /// <summary>The table of shared strings; a string past the cell limit is kept as null, refused only if a read cell uses it.</summary>
        private List<string?> SharedStrings(string path)
        {
            var list = new List<string?>();
            using var reader = Open(path);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
                    list.Add(reader.IsEmptyElement ? "" : Text(reader, skipRest: true));
            return list;
        }

        private List<SheetRow> Rows(string sheet, string path, List<string?> shared)
        {
            var rows = new List<SheetRow>();
            using var reader = Open(path);
            var number = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") continue;
                number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : number + 1;
                var cells = reader.IsEmptyElement ? [] : Cells(reader, sheet, number, shared);
                if (number <= 1 || cells.All(string.IsNullOrWhiteSpace)) continue;
                if (++_rows > limits.MaxRows)
                    throw new WorkbookTooLargeException(
                        $"Tệp có hơn {limits.MaxRows.ToString("N0", Vietnamese)} dòng dữ liệu; mỗi lần chỉ nhập tối đa {limits.MaxRows.ToString("N0", Vietnamese)} dòng. Hãy chia thành nhiều tệp.");
                rows.Add(new SheetRow(number, cells));
            }
            return rows;
        }

        /// <summary>The cells of the row the reader is on, up to the row's end.</summary>
        private List<string> Cells(XmlReader reader, string sheet, int number, List<string?> shared)
        {
            var cells = new List<string>();
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
                var reference = reader.GetAttribute("r");
                var column = reference is null ? cells.Count : ColumnIndex(reference);
                var type = reader.GetAttribute("t");
                var text = reader.IsEmptyElement ? "" : CellText(reader, type, shared);
                if (column >= MaxColumns) continue;
                if (text is null)
                    throw new WorkbookTooLargeException(
                        $"Ô {ColumnName(column)}{number} của trang \"{sheet}\" dài hơn {limits.MaxCellCharacters.ToString("N0", Vietnamese)} ký tự cho phép.");
                while (cells.Count < column) cells.Add("");
                if (cells.Count == column) cells.Add(text);
                else cells[column] = text;
            }
            return cells;
        }

        /// <summary>A cell's shown text: its value, a shared string, or its inline string; null when past the cell limit.</summary>
        private string? CellText(XmlReader reader, string? type, List<string?> shared)
        {
            string? value = "";
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement) continue;
                // A cell past the limit ends the read at once: the whole file is refused.
                if (reader.LocalName is "v" or "is" && (value = Text(reader, skipRest: false)) is null) return null;
            }
            if (type == "s" && value is not null)
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "";
            return value;
        }

        /// <summary>
        /// The text of the element the reader is on: all of a <c>v</c>, or the <c>t</c> runs of an <c>si</c> or <c>is</c> leaving out
        /// phonetic runs. Read in chunks so that a huge cell is never held whole; null when longer than the cell limit, and then
        /// the reader is left inside the element unless <paramref name="skipRest"/> (a shared string no read cell may use).
        /// </summary>
        private string? Text(XmlReader reader, bool skipRest)
        {
            var text = new StringBuilder();
            var tooLong = false;
            var depth = reader.Depth;
            var whole = reader.LocalName is "v" or "t";
            int run = -1, phonetic = -1;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    if (reader.LocalName == "rPh" && phonetic < 0) phonetic = reader.Depth;
                    else if (reader.LocalName == "t" && run < 0) run = reader.Depth;
                    continue;
                }
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.Depth == phonetic) phonetic = -1;
                    if (reader.Depth == run) run = -1;
                    continue;
                }
                if (!(whole || run >= 0 && phonetic < 0)) continue;
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
                if (!reader.CanReadValueChunk)
                {
                    tooLong |= text.Length + reader.Value.Length > limits.MaxCellCharacters;
                    if (tooLong && !skipRest) return null;
                    if (!tooLong) text.Append(reader.Value);
                    continue;
                }
                int read;
                while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    tooLong |= text.Length + read > limits.MaxCellCharacters;
                    if (tooLong && !skipRest) return null;
                    if (!tooLong) text.Append(_chunk, 0, read);
                }
            }
            return tooLong ? null : text.ToString();
        }

        private WorkbookTooLargeException TooLarge() => new(
            $"Tệp khi giải nén lớn hơn {(limits.MaxUncompressedBytes / 1024d / 1024d).ToString("0.##", Vietnamese)} MB cho phép. Hãy bỏ bớt dòng hoặc chia thành nhiều tệp.");

        /// <summary>"C7" is column 2 (0-based); a reference past Excel's last column is not a workbook's.</summary>
        private static int ColumnIndex(string reference)
        {
            var index = 0;
            foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
            {
                index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
                if (index > MaxExcelColumns) throw new InvalidDataException("A cell reference past the last column.");
            }
            return Math.Max(0, index - 1);
        }

        /// <summary>Counts the bytes unpacked from every part against one budget and stops the moment it is spent.</summary>
        private sealed class BudgetStream(Stream inner, WorkbookReader owner) : Stream
        {
            public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
            public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

            private int Count(int read)
            {
                owner._budget -= read;
                if (owner._budget < 0) throw owner.TooLarge();
                return read;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) inner.Dispose();
                base.Dispose(disposing);
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
