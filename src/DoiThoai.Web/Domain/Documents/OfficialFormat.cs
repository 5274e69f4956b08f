using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Documents;

/// <summary>The kind of body that issues a document; each kind has its own presentation rules.</summary>
public enum IssuerKind
{
    /// <summary>Party committees and bodies: Hướng dẫn 36-HD/VPTW (2018).</summary>
    [Display(Name = "Cấp ủy, cơ quan Đảng")] Party = 1,

    /// <summary>People's Committees and other State bodies: Nghị định 30/2020/NĐ-CP.</summary>
    [Display(Name = "Ủy ban nhân dân, cơ quan nhà nước")] State = 2,

    /// <summary>Fatherland Front committees, issuing through their standing board.</summary>
    [Display(Name = "Ủy ban Mặt trận Tổ quốc")] Front = 3,
}

/// <summary>What is issued: the document's type name and the letters of its number ("BB", "BC").</summary>
public enum DocumentKind
{
    [Display(Name = "Biên bản")] Minutes = 1,
    [Display(Name = "Báo cáo")] Report = 2,
}

/// <summary>
/// The body that issues a document as the header names it: the superior body (optional) above the issuing body,
/// the abbreviation in the document's number, and the place name of the date line.
/// </summary>
public sealed record Issuer(IssuerKind Kind, string? Superior, string Body, string Abbreviation, string Place);

/// <summary>
/// The presentation rules of official documents, one place for every format: the header lines, the number,
/// the date line and the signer's capacity per issuer kind. Documents, pages and tests ask here.
/// </summary>
public static class OfficialFormat
{
    public const string PartyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Under a Party body's name, the guidance puts an asterisk instead of a rule.</summary>
    public const string PartyMark = "*";

    /// <summary>The Front's standing board issues the committee's documents.</summary>
    public const string FrontBoard = "Ban Thường trực";

    /// <summary>The lines at the top right: the Party's title, or the national title (one line) and the motto.</summary>
    public static IReadOnlyList<string> TitleLines(IssuerKind kind) =>
        kind == IssuerKind.Party ? [PartyTitle] : [NationalTitle, Motto];

    /// <summary>The lines at the top left, upper case: the superior body, the issuing body (and the Party's asterisk).</summary>
    public static IReadOnlyList<string> IssuerLines(Issuer issuer)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(issuer.Superior)) lines.Add(Upper(issuer.Kind == IssuerKind.State ? Abbreviated(issuer.Superior) : issuer.Superior));
        lines.Add(Upper(issuer.Body));
        if (issuer.Kind == IssuerKind.Party) lines.Add(PartyMark);
        return lines;
    }

    /// <summary>
    /// "Số 12-BB/ĐU" for the Party (no colon, a hyphen before the type); "Số: 12/BB-UBND" for the State and
    /// "Số: 12/BB-MTTQ-BTT" for the Front. A number not yet given is left as dots to be written by hand.
    /// </summary>
    public static string Number(Issuer issuer, DocumentKind document, string? number)
    {
        var n = string.IsNullOrWhiteSpace(number) ? "……" : number.Trim();
        var letters = Letters(document);
        return issuer.Kind == IssuerKind.Party
            ? $"Số {n}-{letters}/{issuer.Abbreviation}"
            : $"Số: {n}/{letters}-{issuer.Abbreviation}";
    }

    public static string Letters(DocumentKind document) => document == DocumentKind.Minutes ? "BB" : "BC";

    /// <summary>
    /// "Kỳ Phương, ngày 28 tháng 6 năm 2022": a leading zero only on days below 10 and on months 1 and 2
    /// ("ngày 05 tháng 02"), as both Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW write dates; every document and
    /// printable page writes its date line here.
    /// </summary>
    public static string DateLine(string place, DateOnly date) => $"{place}, {Date(date)}";

    /// <summary>"ngày 05 tháng 02 năm 2025": the date of a date line without its place.</summary>
    public static string Date(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00") : date.Month.ToString())} năm {date.Year}";

    /// <summary>What a clerk writes by hand in a date line not yet known: "ngày …… tháng …… năm ……".</summary>
    public const string Blank = "……";

    /// <summary>
    /// The date line of a document whose day is not known (a briefing recorded by its period alone): the day and
    /// month are left blank for the signer's office, never filled with a made-up day; the year when it is sure.
    /// </summary>
    public static string UndatedLine(string place, int? year) => $"{place}, ngày {Blank} tháng {Blank} năm {year?.ToString() ?? Blank}";

    /// <summary>
    /// Who the signer signs for. A Party committee signs "T/M" (Hướng dẫn 36-HD/VPTW, 1.7.1): a commune's committee
    /// "T/M ĐẢNG ỦY", a district's or province's through its standing committee "T/M BAN THƯỜNG VỤ". State bodies and
    /// the Front sign "TM." (Nghị định 30/2020, Phụ lục I): "TM. ỦY BAN NHÂN DÂN", the Front's "TM. BAN THƯỜNG TRỰC".
    /// </summary>
    public static string SignerCapacity(Issuer issuer) => issuer.Kind switch
    {
        IssuerKind.Party => issuer.Body.StartsWith("Đảng ủy", StringComparison.OrdinalIgnoreCase) ? "T/M ĐẢNG ỦY" : "T/M BAN THƯỜNG VỤ",
        IssuerKind.State => "TM. ỦY BAN NHÂN DÂN",
        _ => "TM. BAN THƯỜNG TRỰC",
    };

    public const string SecretaryTitle = "THƯ KÝ";
    public const string ChairTitle = "CHỦ TRÌ";

    /// <summary>
    /// The chair's signature block of minutes. Minutes are signed by their secretary and their chair in their own
    /// names (Nghị định 30/2020, Phụ lục III, mẫu biên bản: "THƯ KÝ" and "CHỦ TỌA", here "CHỦ TRÌ" as the record
    /// says), with no "TM." line and no position. Only when the body signs them collectively does the chair sign for
    /// it as on any other document: the capacity ("T/M ĐẢNG ỦY"), then the position.
    /// </summary>
    public static IReadOnlyList<string> ChairLines(string? capacity, string? position) =>
        string.IsNullOrWhiteSpace(capacity) ? [ChairTitle]
        : string.IsNullOrWhiteSpace(position) ? [Upper(capacity)] : [Upper(capacity), Upper(position)];

    /// <summary>The capacity an export form opens with: none on minutes (see <see cref="ChairLines"/>), the issuer's on a report.</summary>
    public static string DefaultCapacity(Issuer issuer, DocumentKind document) =>
        document == DocumentKind.Minutes ? "" : SignerCapacity(issuer);

    /// <summary>The usual abbreviation in the number: ĐU, HU, TU for Party committees, UBND, MTTQ-BTT.</summary>
    public static string DefaultAbbreviation(IssuerKind kind, string body) => kind switch
    {
        IssuerKind.Party when body.StartsWith("Huyện ủy", StringComparison.OrdinalIgnoreCase) => "HU",
        IssuerKind.Party when body.StartsWith("Thị ủy", StringComparison.OrdinalIgnoreCase)
                              || body.StartsWith("Tỉnh ủy", StringComparison.OrdinalIgnoreCase)
                              || body.StartsWith("Thành ủy", StringComparison.OrdinalIgnoreCase) => "TU",
        IssuerKind.Party => "ĐU",
        IssuerKind.State => "UBND",
        _ => "MTTQ-BTT",
    };

    /// <summary>"Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình" is headed "Ủy ban MTTQ Việt Nam phường Thanh Bình".</summary>
    public static string FrontCommittee(string name)
    {
        var shortened = name.Replace("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam", StringComparison.OrdinalIgnoreCase);
        return shortened != name ? shortened : name.Replace("Mặt trận Tổ quốc", "MTTQ Việt Nam", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Nghị định 30/2020 (Phụ lục I) lets the superior body's name shorten the usual phrases, "UBND TỈNH HÀ TĨNH", so it
    /// keeps to one line of the header's left column; the issuing body and the recipients keep the full name.
    /// </summary>
    public static string Abbreviated(string superior) => superior
        .Replace("Ủy ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase)
        .Replace("Hội đồng nhân dân", "HĐND", StringComparison.OrdinalIgnoreCase);

    /// <summary>Header lines are upper case in every format, with Vietnamese rules for the letters (Đ, Ư...).</summary>
    public static string Upper(string text) => text.Trim().ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
