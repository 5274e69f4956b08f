using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>Reading a workbook as a bounded stream: the package, its sheets and rows (the cells: XlsxReading.Cells.cs).</summary>
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

    private sealed partial class WorkbookReader(ZipArchive zip, ImportLimits limits)
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

        private WorkbookTooLargeException TooLarge() => new(
            $"Tệp khi giải nén lớn hơn {(limits.MaxUncompressedBytes / 1024d / 1024d).ToString("0.##", Vietnamese)} MB cho phép. Hãy bỏ bớt dòng hoặc chia thành nhiều tệp.");

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
