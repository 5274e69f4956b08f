using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Web.Documents;

/// <summary>
/// What heads and closes an official document: the issuer, number, date, title, who signs and in what capacity,
/// and the recipients. The minutes and the report fill their template's fields from here; every line's wording
/// comes from <see cref="OfficialFormat"/>. The print view shows the same header and closing from here.
/// </summary>
/// <param name="IssuedOn">The date of issue; null when it is not known (a briefing recorded by its period alone).</param>
public sealed record OfficialDocument(
    Issuer Issuer, DocumentKind Kind, string? Number, DateOnly? IssuedOn, string Title,
    string? Capacity, string? SignerPosition, string? SignerName, IReadOnlyList<string> Recipients, string? Secretary = null)
{
    /// <summary>The record kept in the "Lưu" line of every document: the clerical office (văn thư).</summary>
    public const string Archive = "Lưu: VT.";

    public string NumberLine => OfficialFormat.Number(Issuer, Kind, Number);
    /// <summary>The year an undated document's date line may still state; null leaves it blank too.</summary>
    public int? UndatedYear { get; init; }

    public string DateLine => IssuedOn is { } date ? OfficialFormat.DateLine(Issuer.Place, date) : OfficialFormat.UndatedLine(Issuer.Place, UndatedYear);

    /// <summary>"- Đảng bộ thị xã Kỳ Anh (để báo cáo);" one line per recipient, then "- Lưu: VT.".</summary>
    public IReadOnlyList<string> RecipientLines => [.. Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => $"- {r.Trim().TrimEnd(';', '.')};"), $"- {Archive}"];

    /// <summary>The chair's signature block of minutes, above the signature: "CHỦ TRÌ" unless the body signs collectively.</summary>
    public IReadOnlyList<string> ChairLines => OfficialFormat.ChairLines(Capacity, SignerPosition);

    /// <summary>The template's fields; a field with no line (no superior body) disappears with its paragraph.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields()
    {
        var issuerLines = OfficialFormat.IssuerLines(Issuer);
        var hasSuperior = !string.IsNullOrWhiteSpace(Issuer.Superior);
        return new Dictionary<string, IReadOnlyList<string>>
        {
            [Tags.Superior] = hasSuperior ? [issuerLines[0]] : [],
            [Tags.Body] = [issuerLines[hasSuperior ? 1 : 0]],
            [Tags.Number] = [NumberLine],
            [Tags.DateLine] = [DateLine],
            [Tags.DocumentName] = [Kind == DocumentKind.Minutes ? "BIÊN BẢN" : "BÁO CÁO"],
            [Tags.Title] = [Title],
            [Tags.Recipients] = RecipientLines,
            // On minutes the capacity field holds the chair's whole block and the position has no line of its own.
            [Tags.Capacity] = Kind == DocumentKind.Minutes ? ChairLines
                : string.IsNullOrWhiteSpace(Capacity) ? [] : [OfficialFormat.Upper(Capacity)],
            [Tags.SignerPosition] = Kind == DocumentKind.Minutes || string.IsNullOrWhiteSpace(SignerPosition) ? [] : [OfficialFormat.Upper(SignerPosition)],
            [Tags.SignerName] = [SignerName?.Trim() ?? ""],
            [Tags.Secretary] = [Secretary?.Trim() ?? ""],
        };
    }

    /// <summary>The recipients a document goes to unless the person exporting it says otherwise.</summary>
    public static IReadOnlyList<string> DefaultRecipients(Issuer issuer, DocumentKind kind) =>
        [.. SuperiorOf(issuer) is { } above ? [$"{above} (để báo cáo)"] : Array.Empty<string>(),
         .. kind == DocumentKind.Minutes ? ["Các cơ quan, tổ chức dự hội nghị"] : Array.Empty<string>()];

    /// <summary>The body reported to: the superior line of a Party or State header; for the Front, the committee above is not named.</summary>
    private static string? SuperiorOf(Issuer issuer) => issuer.Kind == IssuerKind.Front ? null : issuer.Superior;
}
