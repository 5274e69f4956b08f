using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>The Word file's paragraphs for what the minutes record beyond their rows (ADR 0020), kept apart from the layout.</summary>
public static partial class MinutesDocument
{
    /// <summary>Who spoke in number, the unit's place, the period, cited figures (apart from this conference's), results, limitations.</summary>
    private static void AppendRecord(Body body, ConferenceDetails c)
    {
        var r = c.Record;
        body.Append(Paragraph($"Số người phát biểu: {c.SpeakersText}."));
        if (r.UnitPlace is { } place) body.Append(Paragraph($"Đơn vị tổ chức: {place}."));
        if (r.ReviewedPeriod is { } period) body.Append(Paragraph($"Kỳ được xem xét: {period}."));
        if (r.CitedFigures.Count > 0)
        {
            body.Append(Paragraph("Số liệu dẫn từ hoạt động khác (không tính vào số ý kiến, kiến nghị của hội nghị này):", italic: true));
            foreach (var f in r.CitedFigures)
                body.Append(Paragraph($"- {f.Count} {f.What}{(f.Source is null ? "" : $" (từ {f.Source})")}.", indent: true));
        }
        AppendFindings(body, "Kết quả:", r.Results.ToList());
        AppendFindings(body, "Hạn chế:", r.Limitations.ToList());
    }

    private static void AppendFindings(Body body, string title, IReadOnlyList<FindingLine> findings)
    {
        if (findings.Count == 0) return;
        body.Append(Paragraph(title, bold: true));
        foreach (var f in findings) body.Append(Paragraph($"- {f.Text}.", indent: true));
    }

    private static string CoordinatorsText(ConclusionLine item) =>
        item.Coordinators.Count == 0 ? "" : $"; phối hợp: {string.Join(", ", item.Coordinators)}";
}
