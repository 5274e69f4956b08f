using System.Text;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.News;

/// <summary>What a draft is written from: the conference record and counts computed from its minutes.</summary>
public sealed record ConferenceFacts(
    ConferenceKind Kind,
    string Title,
    DateOnly HeldOn,
    string? Place,
    string? Organizer,
    string UnitName,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> Guests,
    IReadOnlyList<string> Organizations,
    int OpinionCount,
    int PetitionCount,
    IReadOnlyList<string> Topics,
    string? Conclusion,
    int ConclusionItemCount);

/// <summary>A Vietnamese first draft of a post, for the editor to finish: the facts in order, no embellishment.</summary>
public sealed record NewsDraft(string Title, string Lead, string BodyHtml, NewsCategory Category, string Tags);

public static class ConferenceDraft
{
    public static NewsDraft From(ConferenceFacts facts)
    {
        var date = facts.HeldOn.ToString("dd/MM/yyyy");
        var kind = LowerFirst(facts.Kind.Label());
        var host = string.IsNullOrWhiteSpace(facts.Organizer) ? facts.UnitName : facts.Organizer;
        var lead = $"Ngày {date}, {host} tổ chức {kind}" + (string.IsNullOrWhiteSpace(facts.Place) ? "." : $" tại {facts.Place}.");
        if (facts.Chairs.Count > 0) lead = lead[..^1] + $" do đồng chí {string.Join(" và đồng chí ", facts.Chairs)} chủ trì.";

        var body = new StringBuilder();
        Paragraph(body, $"Ngày {date}, {host} tổ chức {kind} “{facts.Title}”" + (string.IsNullOrWhiteSpace(facts.Place) ? "." : $" tại {facts.Place}."));
        if (facts.Chairs.Count > 0) Paragraph(body, $"Chủ trì hội nghị: đồng chí {string.Join("; đồng chí ", facts.Chairs)}.");
        if (facts.Guests.Count > 0) Paragraph(body, $"Tham dự và chỉ đạo có đồng chí {string.Join("; đồng chí ", facts.Guests)}.");
        if (facts.Organizations.Count > 0) Paragraph(body, $"Tham dự hội nghị có đại diện {string.Join(", ", facts.Organizations)}.");

        var raised = new List<string>();
        if (facts.OpinionCount > 0) raised.Add($"{facts.OpinionCount:00} ý kiến");
        if (facts.PetitionCount > 0) raised.Add($"{facts.PetitionCount:00} kiến nghị, đề xuất");
        if (raised.Count > 0)
        {
            Paragraph(body, $"Tại hội nghị, các đại biểu đã nêu {string.Join(" và ", raised)}" +
                            (facts.Topics.Count > 0 ? ", tập trung vào các nhóm vấn đề:" : "."));
            if (facts.Topics.Count > 0)
            {
                body.Append("<ul>");
                foreach (var topic in facts.Topics) body.Append("<li>").Append(Encode(topic)).Append("</li>");
                body.Append("</ul>");
            }
        }
        if (!string.IsNullOrWhiteSpace(facts.Conclusion))
            Paragraph(body, (facts.Chairs.Count > 0 ? $"Kết luận hội nghị, đồng chí {ShortName(facts.Chairs[0])} nêu rõ: " : "Kết luận hội nghị: ") + facts.Conclusion.Trim());
        if (facts.ConclusionItemCount > 0)
            Paragraph(body, $"Hội nghị thống nhất {facts.ConclusionItemCount:00} nội dung kết luận, giao các cơ quan, đơn vị tổ chức thực hiện và báo cáo kết quả.");

        var category = facts.Kind is ConferenceKind.Briefing or ConferenceKind.WorkingSession ? NewsCategory.Briefing : NewsCategory.Dialogue;
        var tags = NewsTags.Normalize(string.Join(",", new[] { facts.Kind.Label(), facts.UnitName }.Concat(facts.Topics.Take(3).Select(t => t.Replace(",", "")))));
        return new NewsDraft(facts.Title, lead, body.ToString(), category, tags);
    }

    private static void Paragraph(StringBuilder body, string text) => body.Append("<p>").Append(Encode(text)).Append("</p>");

    /// <summary>Only the characters that mean markup; Vietnamese letters stay as they are.</summary>
    private static string Encode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"Lê Văn Chương – Bí thư Đảng ủy" → "Lê Văn Chương".</summary>
    private static string ShortName(string chair) => chair.Split(" – ")[0];
}
