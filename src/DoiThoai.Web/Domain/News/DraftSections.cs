using System.Text;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.News;

/// <summary>The parts of a conference draft written from the minutes' rows, as encoded HTML the editor accepts.</summary>
public static class DraftSections
{
    public static void Speeches(StringBuilder body, IReadOnlyList<SpeechFact> speeches)
    {
        if (speeches.Count == 0) return;
        Paragraph(body, "Tại hội nghị:");
        List(body, speeches.Select(SpeechLine));
    }

    /// <summary>
    /// "Đồng chí Lê Văn A – Chủ tịch Hội Nông dân, thay mặt Hội Nông dân phường, tham luận về …". Without a name, the
    /// body's representative ("Đại diện Hội Nông dân phường"); known by neither, "Đại biểu": a blank name or body is
    /// treated as none, so the draft never reads "Đại diện  tham luận".
    /// </summary>
    public static string SpeechLine(SpeechFact speech)
    {
        var (speaker, body) = (Clean(speech.Speaker), Clean(speech.OnBehalfOf));
        var who = speaker is not null ? $"Đồng chí {speaker}" : body is not null ? $"Đại diện {body}" : "Đại biểu";
        if (speaker is not null && body is not null) who += $", thay mặt {body},";
        var line = $"{who} {Verb(speech.Kind)}";
        return string.IsNullOrWhiteSpace(speech.Summary) ? line + "." : $"{line}: {EndSentence(speech.Summary.Trim())}";
    }

    /// <summary>The first petitions in full with their answers; how many more there are, without listing them.</summary>
    public static void Petitions(StringBuilder body, IReadOnlyList<PetitionFact> petitions, int quoted)
    {
        if (petitions.Count == 0) return;
        Paragraph(body, petitions.Any(p => !string.IsNullOrWhiteSpace(p.Answer))
            ? "Một số ý kiến, kiến nghị tiêu biểu và nội dung trả lời tại hội nghị:"
            : "Một số ý kiến, kiến nghị tiêu biểu:");
        List(body, petitions.Take(quoted).Select(PetitionLine));
        if (petitions.Count > quoted)
            Paragraph(body, $"{petitions.Count - quoted:00} ý kiến, kiến nghị khác được tổng hợp, chuyển các cơ quan có trách nhiệm xem xét, trả lời.");
    }

    public static string PetitionLine(PetitionFact petition)
    {
        var line = EndSentence(petition.Content.Trim());
        if (!string.IsNullOrWhiteSpace(petition.RaisedBy)) line += $" ({petition.Kind.Label().ToLowerInvariant()} của {petition.RaisedBy})";
        if (!string.IsNullOrWhiteSpace(petition.Answer))
            line += $" Trả lời{(string.IsNullOrWhiteSpace(petition.AnsweredBy) ? "" : $" của đồng chí {ConferenceDraft.ShortName(petition.AnsweredBy)}")}: {EndSentence(petition.Answer.Trim())}";
        return line;
    }

    /// <summary>"Rà soát hộ nghèo. Giao: Ủy ban nhân dân phường; thời hạn: 30/09/2022."</summary>
    public static string ConclusionLine(ConclusionFact item)
    {
        var line = EndSentence(item.Content.Trim());
        var duty = new List<string>();
        if (!string.IsNullOrWhiteSpace(item.Responsible)) duty.Add($"giao {item.Responsible}");
        if (item.Deadline is { } deadline) duty.Add($"thời hạn {deadline:dd/MM/yyyy}");
        return duty.Count == 0 ? line : $"{line} ({string.Join(", ", duty)})";
    }

    public static void Paragraph(StringBuilder body, string text) => body.Append("<p>").Append(Encode(text)).Append("</p>");

    public static void List(StringBuilder body, IEnumerable<string> items)
    {
        var lines = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        if (lines.Count == 0) return;
        body.Append("<ul>");
        foreach (var line in lines) body.Append("<li>").Append(Encode(line)).Append("</li>");
        body.Append("</ul>");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Verb(SpeechKind kind) => kind switch
    {
        SpeechKind.Report => "trình bày báo cáo",
        SpeechKind.Contribution => "tham luận",
        SpeechKind.DirectingSpeech => "phát biểu chỉ đạo",
        SpeechKind.AnswerAndExplanation => "tiếp thu, giải trình",
        SpeechKind.Conclusion => "phát biểu kết luận",
        _ => "phát biểu ý kiến",
    };

    private static string EndSentence(string text) => text.Length == 0 || ".!?…".Contains(text[^1]) ? text : text + ".";

    /// <summary>Only the characters that mean markup; Vietnamese letters stay as they are.</summary>
    public static string Encode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
