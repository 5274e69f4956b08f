using System.Globalization;
using System.Text;
using System.Xml;

namespace DoiThoai.Web.Infrastructure.Excel;

public static partial class Xlsx
{
    /// <summary>Reading the cells of a row: each cell's text within the cell limit, read in chunks.</summary>
    private sealed partial class WorkbookReader
    {
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
    }
}
