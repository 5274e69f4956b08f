namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// How a document is cited, in the order administrative writing uses: type, number (or "không số"), date, issuer,
/// summary: "Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân phường Kỳ Phương về ...". Parts that are not
/// known are left out rather than invented, so two unnumbered documents still differ by their date or summary.
/// </summary>
public static class LegalCitation
{
    public static string Format(string? documentType, string? number, DateOnly? issuedOn, string issuingBody, string? summary)
    {
        // Without a known type the number leads, as entries typed before types were recorded always read.
        var type = string.IsNullOrWhiteSpace(documentType) ? null : documentType.Trim();
        var text = IsUnnumbered(number) ? $"{type ?? "Văn bản"} không số"
            : type is null ? number!.Trim() : $"{type} số {number!.Trim()}";
        if (issuedOn is { } date) text += $" ngày {date:dd/MM/yyyy}";
        if (!string.IsNullOrWhiteSpace(issuingBody)) text += $" của {issuingBody.Trim()}";
        if (!string.IsNullOrWhiteSpace(summary)) text += $" {About(summary.Trim().Normalize())}";
        return text;
    }

    /// <summary>No number, or the words "không số" typed in its place.</summary>
    public static bool IsUnnumbered(string? number) =>
        string.IsNullOrWhiteSpace(number) || VietnameseText.Fold(number) is "khong so" or "ks";

    /// <summary>A summary begins with "về" once, whether or not it was typed with it.</summary>
    private static string About(string summary) =>
        VietnameseText.Fold(summary).StartsWith("ve ", StringComparison.Ordinal) ? "về" + summary[2..] : $"về {summary}";
}
