using DocumentFormat.OpenXml;
using static DoiThoai.Web.Documents.WordBody;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The Word file's paragraphs for what the minutes record beyond their rows (ADR 0020), kept apart from the layout.</summary>
public static partial class MinutesDocument
{
    /// <summary>Who spoke in number, the unit's place, the period, cited figures (apart from this conference's), results, limitations.</summary>
    private static IEnumerable<OpenXmlElement> Record(ConferenceDetails c)
    {
        var r = c.Record;
        yield return Line($"Số người phát biểu: {c.SpeakersText}.");
        if (r.UnitPlace is { } place) yield return Line($"Đơn vị tổ chức: {place}.");
        if (r.ReviewedPeriod is { } period) yield return Line($"Kỳ được xem xét: {period}.");
        if (r.CitedFigures.Count > 0)
        {
            yield return Line("Số liệu dẫn từ hoạt động khác (không tính vào số ý kiến, kiến nghị của hội nghị này):", italic: true);
            foreach (var f in r.CitedFigures)
                yield return Line($"- {f.Count} {f.What}{(f.Source is null ? "" : $" (từ {f.Source})")}.", indent: true);
        }
        foreach (var line in Findings("Kết quả:", r.Results.ToList())) yield return line;
        foreach (var line in Findings("Hạn chế:", r.Limitations.ToList())) yield return line;
    }

    private static IEnumerable<OpenXmlElement> Findings(string title, IReadOnlyList<FindingLine> findings)
    {
        if (findings.Count == 0) yield break;
        yield return Line(title, bold: true);
        // A finding typed as a sentence keeps its own full stop rather than gaining a second.
        foreach (var f in findings) yield return Line($"- {f.Text.TrimEnd().TrimEnd('.')}.", indent: true);
    }

    private static string CoordinatorsText(ConclusionLine item) =>
        item.Coordinators.Count == 0 ? "" : $"; phối hợp: {string.Join(", ", item.Coordinators)}";
}
