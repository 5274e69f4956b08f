using System.Text;
using DoiThoai.Tests.Shared;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>A field the action binds, with the type it expects.</summary>
public sealed record FuzzField(string Name, Type Type)
{
    public bool IsFile => Type == typeof(IFormFile) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(Type);
}

/// <summary>
/// Bad input, deterministic from one seed: oversized, malformed UTF-8 (sent as raw bytes), control and
/// direction characters, mark floods, HTML, wrong types and impossible dates. Values are bytes so that
/// byte sequences no .NET string can hold reach the server as they are.
/// </summary>
public sealed class FuzzInputs(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[][] MalformedUtf8 =
    [
        [0xED, 0xA0, 0x80],             // a lone high surrogate, encoded
        [0xED, 0xBF, 0xBF],             // a lone low surrogate, encoded
        [0xC0, 0xAF],                   // overlong "/"
        [0xE0, 0x80, 0xAF],             // overlong "/" in three bytes
        [0xF8, 0x88, 0x80, 0x80, 0x80], // five-byte form
        [0xFF, 0xFE, 0xFD],
        [0xC3],                         // truncated sequence
        [0x00],                         // NUL
    ];

    private static readonly string[] Nasty =
    [
        "\u202Egnp.exe", "\u200B\u200D\uFEFF", "A\u0000B", "\r\n\r\nX-Injected: 1", "😀🇻🇳👨‍👩‍👧‍👦",
        "Nguye\u0302\u0303n Va\u0306n A\u0301nh", "Đối thoại và kiến nghị", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE Conferences; --", "{{7*7}} @(1+1) ${7*7}",
        "../../../../etc/passwd", "%00%ff", "\t \t", " ", "null", "undefined", "NaN", "-0", "1e309",
    ];

    private static readonly string[] BadNumbers =
        ["abc", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999", "1.5", "1,5", "٣", "0x10", " 7 ", "+-1"];

    private static readonly string[] BadDates =
        ["2024-02-30", "2023-13-01", "0000-00-00", "9999-12-31", "31/12/2024", "2024-02-29T25:61", "yesterday", "-1", "1/1/1"];

    public int Next(int max) => _random.Next(max);

    /// <summary>One value for a field of <paramref name="type"/>; null leaves the field out.</summary>
    public byte[]? Value(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var roll = _random.Next(100);
        if (roll < 10) return null;
        if (roll < 14) return [];
        if (roll < 22) return Encoding.UTF8.GetBytes(new string((char)('a' + _random.Next(26)), 100 * 1024));
        if (roll < 32) return Malformed();
        if (roll < 45) return Encoding.UTF8.GetBytes(Nasty[_random.Next(Nasty.Length)]);
        if (roll < 52) return Encoding.UTF8.GetBytes(Flood());
        if (t == typeof(DateOnly) || t == typeof(DateTime)) return Ascii(roll < 80 ? BadDates[_random.Next(BadDates.Length)] : "2024-06-15");
        if (t == typeof(bool)) return Ascii(roll < 75 ? "maybe" : roll < 88 ? "true" : "false");
        if (t == typeof(Guid)) return Ascii(roll < 75 ? "not-a-guid" : Guid.Empty.ToString());
        if (t.IsEnum)
        {
            var names = Enum.GetNames(t);
            return Ascii(roll < 70 ? BadNumbers[_random.Next(BadNumbers.Length)] : names[_random.Next(names.Length)]);
        }
        if (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double))
            return Ascii(roll < 80 ? BadNumbers[_random.Next(BadNumbers.Length)] : _random.Next(1, 40).ToString());
        return Encoding.UTF8.GetBytes(RandomText(_random.Next(1, 300)));
    }

    /// <summary>
    /// A value in the path: the real one mostly, so the form is reached; otherwise whitespace (which model binding turns into
    /// null), control characters, malformed UTF-8, a negative, huge or lettered id, or a long segment. Already percent-encoded.
    /// </summary>
    public string RouteValue(string real) => _random.Next(20) switch
    {
        < 9 => real,
        9 => "-1",
        10 => "99999999999",
        11 => "abc",
        12 => "0",
        _ => BadSegments[_random.Next(BadSegments.Length)],
    };

    // No "%00": Kestrel answers 400 before the app, while the test server throws on the client side instead.
    private static readonly string[] BadSegments =
    [
        "%20", "%09", "%20%20%20", "%0A", "%0D%0A", "%0B%0C", "%C2%A0", "%E3%80%80", "%E2%80%8B", "%FF%FE", "%C0%AF", "%ED%A0%80",
        "%E2%80%AEgpj.exe", "%F0%9F%98%80", "..%2F..%2Fetc%2Fpasswd", "%2E", "%252F", "%3Cscript%3E", "a%22b", new string('a', 3000),
    ];

    /// <summary>
    /// A file for an upload field: random bytes, or (half the time) one of <see cref="OfficeAndImageFiles"/>: malformed and
    /// DTD-bearing Office packages, zips that lie about their sizes or unpack to far more than they weigh, and images cut short.
    /// </summary>
    public (byte[] Content, string Name, string ContentType) File()
    {
        if (_random.Next(2) == 0)
            return (Enumerable.Range(0, _random.Next(1, 4096)).Select(_ => (byte)_random.Next(256)).ToArray(),
                _random.Next(2) == 0 ? "anh\u202Egpj.exe" : "../../bien-ban.xlsx",
                _random.Next(2) == 0 ? "image/jpeg" : FileTypes.Xlsx.ContentType);
        var (name, content) = OfficeAndImageFiles.Value[_random.Next(OfficeAndImageFiles.Value.Count)];
        return (content, name, name.EndsWith(".docx", StringComparison.Ordinal) ? FileTypes.Docx.ContentType
            : name.EndsWith(".xlsx", StringComparison.Ordinal) ? FileTypes.Xlsx.ContentType : "image/jpeg");
    }

    /// <summary>Built once: the same bytes for every run.</summary>
    public static readonly Lazy<IReadOnlyList<(string Name, byte[] Content)>> OfficeAndImageFiles = new(() =>
    {
        string[] sheets = [MinutesImport.SpeechSheet, MinutesImport.PetitionSheet, MinutesImport.ItemSheet];
        var word = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>";
        var template = OfficeFiles.Workbook(string.Concat(Enumerable.Range(2, 30).Select(r => OfficeFiles.Row(r, "Kiến nghị", "Đề nghị sửa đường " + r, "", "", "Hội không có thật"))),
            sheetName: MinutesImport.PetitionSheet);
        var files = new List<(string, byte[])>
        {
            ("doctype-sheet.xlsx", OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "Kiến nghị", "&lol3;")), sheetName: MinutesImport.PetitionSheet, sheetPrologue: OfficeFiles.Doctype)),
            ("doctype-workbook.xlsx", OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "x")), sheetName: MinutesImport.SpeechSheet, workbookPrologue: OfficeFiles.Doctype)),
            ("doctype-shared.xlsx", OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
                $"<?xml version=\"1.0\"?>{OfficeFiles.Doctype}<sst xmlns=\"{OfficeFiles.Main}\"><si><t>&xxe;</t></si></sst>", MinutesImport.ItemSheet)),
            ("malformed-sheet.xlsx", OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Kiến nghị</is></c></row>", sheetName: MinutesImport.PetitionSheet)),
            ("not-xml.xlsx", OfficeFiles.Workbook("\u0001\u0002 <<<>>> &&", sheetName: MinutesImport.SpeechSheet)),
            ("bad-reference.xlsx", OfficeFiles.Workbook("<row r=\"-5\"><c r=\"ZZZZZZZZZZZZ2\" t=\"s\"><v>99999999999</v></c></row>", sheetName: MinutesImport.ItemSheet)),
            ("long-cell.xlsx", OfficeFiles.WorkbookWithLongCell(25_000_000, MinutesImport.SpeechSheet)),
            ("long-cell-lying.xlsx", OfficeFiles.WithDeclaredSizes(OfficeFiles.WorkbookWithLongCell(25_000_000, MinutesImport.SpeechSheet), 1_000_000)),
            ("many-rows.xlsx", OfficeFiles.WorkbookWithRows(6_000, MinutesImport.PetitionSheet, "Kiến nghị", "Đề nghị")),
            ("template-bad-rows.xlsx", template),
            ("cut.xlsx", template[..(template.Length / 2)]),
            ("doctype.docx", OfficeFiles.Document($"<?xml version=\"1.0\"?>{OfficeFiles.Doctype}{word.Replace("Biên bản", "&lol3;")}")),
            ("malformed.docx", OfficeFiles.Document("<w:document><w:body>")),
            ("word-as-workbook.xlsx", OfficeFiles.Document(word)),
            ("only-content-types.xlsx", OfficeFiles.Zip(("[Content_Types].xml", OfficeFiles.Doctype))),
            ("jpeg-cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00]),
            ("png-cut.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0x7F, 0xFF, 0xFF, 0xFF]),
            ("pdf-cut.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj <<"u8.ToArray()),
        };
        files.AddRange(sheets.Select(sheet => ($"good-{sheet.Length}.xlsx", OfficeFiles.Workbook(OfficeFiles.Row(2, "Kiến nghị", "Đề nghị sửa nhà văn hóa"), sheetName: sheet))));
        return files;
    });

    private byte[] Malformed()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("x"));
        for (var i = 0; i < _random.Next(1, 6); i++) bytes.AddRange(MalformedUtf8[_random.Next(MalformedUtf8.Length)]);
        bytes.AddRange(Encoding.UTF8.GetBytes("y"));
        return [.. bytes];
    }

    private string Flood() => "a" + new string('\u0301', _random.Next(500, 5000)) + "\u202E" + new string('\u0323', 200);

    private string RandomText(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append((char)_random.Next(0x20, 0x2FFF) is var c && char.IsSurrogate(c) ? '?' : c);
        return sb.ToString();
    }

    private static byte[] Ascii(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>The fields an action binds: its simple parameters and the properties of its input models, with their prefixes.</summary>
    public static IReadOnlyList<FuzzField> FieldsOf(ControllerActionDescriptor action)
    {
        var fields = new List<FuzzField>();
        foreach (var parameter in action.Parameters.Concat(action.BoundProperties))
        {
            if (parameter.BindingInfo?.BindingSource?.Id is "Services" or "Header") continue;
            if (parameter.Name == "id") continue;
            var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            if (IsSimple(parameter.ParameterType) || new FuzzField(name, parameter.ParameterType).IsFile)
            {
                fields.Add(new FuzzField(name, parameter.ParameterType));
                continue;
            }
            var prefix = parameter.BindingInfo?.BinderModelName is { } p ? p + "." : "";
            foreach (var property in parameter.ParameterType.GetProperties().Where(p => p.CanWrite))
            {
                var type = property.PropertyType;
                if (IsSimple(type) || new FuzzField("", type).IsFile) fields.Add(new FuzzField(prefix + property.Name, type));
                else if (type.IsGenericType && type.GetGenericArguments()[0] is var element && IsSimple(element))
                {
                    fields.Add(new FuzzField($"{prefix}{property.Name}[0]", element));
                    fields.Add(new FuzzField($"{prefix}{property.Name}", element));
                }
            }
        }
        return fields;
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }
}

/// <summary>Builds form bodies byte by byte, so malformed UTF-8 is sent as it is.</summary>
public static class RawForm
{
    public static string Encode(byte[] value)
    {
        var sb = new StringBuilder(value.Length * 3);
        foreach (var b in value)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.')
                sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    public static string Query(IEnumerable<(string Name, byte[] Value)> fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Encode(f.Value)}"));
}
