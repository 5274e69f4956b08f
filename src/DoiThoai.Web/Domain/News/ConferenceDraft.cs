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
    int ConclusionItemCount)
{
    /// <summary>The purpose and content in the secretary's words.</summary>
    public string? Purpose { get; init; }
    /// <summary>The legal bases as they are cited, in the minutes' order.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];
    public IReadOnlyList<SpeechFact> Speeches { get; init; } = [];
    public IReadOnlyList<PetitionFact> Petitions { get; init; } = [];
    public IReadOnlyList<ConclusionFact> ConclusionItems { get; init; } = [];
}

/// <summary>A speech in the speaking order: who spoke (name – position), for which body, what about.</summary>
public sealed record SpeechFact(SpeechKind Kind, string? Speaker, string? OnBehalfOf, string Summary);

/// <summary>An opinion or petition as raised, with the answer given at the conference when there was one.</summary>
public sealed record PetitionFact(PetitionKind Kind, string Content, string? RaisedBy, string? Answer, string? AnsweredBy);

public sealed record ConclusionFact(string Content, string? Responsible, DateOnly? Deadline);

/// <summary>A Vietnamese first draft of a post, for the editor to finish: the facts in order, no embellishment.</summary>
public sealed record NewsDraft(string Title, string Lead, string BodyHtml, NewsCategory Category, string Tags);

/// <summary>
/// Writes a draft an editor only needs to polish: the summary (sapo) says who held what and what came of it; the
/// body then gives what the sapo does not repeat: the legal bases and purpose, who chaired and directed, who spoke on
/// what, the figures, the main petitions with their answers, and the conclusions with who carries them out.
/// </summary>
public static class ConferenceDraft
{
    /// <summary>The petitions quoted in full; the others are only counted, so a long minutes stays a readable post.</summary>
    public const int QuotedPetitions = 10;

    public static NewsDraft From(ConferenceFacts facts)
    {
        var body = new StringBuilder();
        Opening(body, facts);
        People(body, facts);
        DraftSections.Speeches(body, facts.Speeches);
        Raised(body, facts);
        DraftSections.Petitions(body, facts.Petitions, QuotedPetitions);
        Conclusions(body, facts);

        var category = facts.Kind is ConferenceKind.Briefing or ConferenceKind.WorkingSession ? NewsCategory.Briefing : NewsCategory.Dialogue;
        var tags = NewsTags.Normalize(string.Join(",", new[] { facts.Kind.Label(), facts.UnitName }.Concat(facts.Topics.Take(3).Select(t => t.Replace(",", "")))));
        return new NewsDraft(facts.Title, Lead(facts), body.ToString(), category, tags);
    }

    /// <summary>Who held it, when, where and who chaired, then what came of it in figures.</summary>
    public static string Lead(ConferenceFacts facts)
    {
        var lead = $"Ngày {facts.HeldOn:dd/MM/yyyy}, {Host(facts)} tổ chức {Kind(facts)}" + (string.IsNullOrWhiteSpace(facts.Place) ? "" : $" tại {facts.Place}");
        if (facts.Chairs.Count > 0) lead += $" do đồng chí {string.Join(" và đồng chí ", facts.Chairs)} chủ trì";
        lead += ".";
        var outcome = new List<string>();
        if (Raised(facts) is { } raised) outcome.Add($"các đại biểu đã nêu {raised}");
        if (ConclusionCount(facts) > 0) outcome.Add($"hội nghị thống nhất {ConclusionCount(facts):00} nội dung kết luận");
        if (outcome.Count > 0) lead += $" Tại hội nghị, {string.Join("; ", outcome)}.";
        return lead;
    }

    /// <summary>The title, the legal bases and the purpose: what the sapo leaves out, so the body never repeats it.</summary>
    private static void Opening(StringBuilder body, ConferenceFacts facts)
    {
        var opening = $"{UpperFirst(Kind(facts))} “{facts.Title}”";
        opening += facts.LegalBases.Count > 0 ? $" được tổ chức căn cứ {string.Join("; ", facts.LegalBases)}." : $" do {Host(facts)} tổ chức.";
        DraftSections.Paragraph(body, opening);
        if (!string.IsNullOrWhiteSpace(facts.Purpose)) DraftSections.Paragraph(body, facts.Purpose.Trim());
    }

    private static void People(StringBuilder body, ConferenceFacts facts)
    {
        if (facts.Chairs.Count > 0) DraftSections.Paragraph(body, $"Chủ trì hội nghị: đồng chí {string.Join("; đồng chí ", facts.Chairs)}.");
        if (facts.Guests.Count > 0) DraftSections.Paragraph(body, $"Tham dự và chỉ đạo có đồng chí {string.Join("; đồng chí ", facts.Guests)}.");
        if (facts.Organizations.Count > 0) DraftSections.Paragraph(body, $"Tham dự hội nghị có đại diện {string.Join(", ", facts.Organizations)}.");
    }

    private static void Raised(StringBuilder body, ConferenceFacts facts)
    {
        if (Raised(facts) is not { } raised) return;
        DraftSections.Paragraph(body, $"Các đại biểu đã nêu {raised}" + (facts.Topics.Count > 0 ? ", tập trung vào các nhóm vấn đề:" : "."));
        DraftSections.List(body, facts.Topics);
    }

    private static void Conclusions(StringBuilder body, ConferenceFacts facts)
    {
        if (!string.IsNullOrWhiteSpace(facts.Conclusion))
            DraftSections.Paragraph(body, (facts.Chairs.Count > 0 ? $"Kết luận hội nghị, đồng chí {ShortName(facts.Chairs[0])} nêu rõ: " : "Kết luận hội nghị: ") + facts.Conclusion.Trim());
        if (ConclusionCount(facts) == 0) return;
        DraftSections.Paragraph(body, $"Hội nghị thống nhất {ConclusionCount(facts):00} nội dung kết luận, giao các cơ quan, đơn vị tổ chức thực hiện và báo cáo kết quả" +
                                      (facts.ConclusionItems.Count > 0 ? ":" : "."));
        DraftSections.List(body, facts.ConclusionItems.Select(DraftSections.ConclusionLine));
    }

    private static string? Raised(ConferenceFacts facts)
    {
        var raised = new List<string>();
        if (facts.OpinionCount > 0) raised.Add($"{facts.OpinionCount:00} ý kiến");
        if (facts.PetitionCount > 0) raised.Add($"{facts.PetitionCount:00} kiến nghị, đề xuất");
        return raised.Count > 0 ? string.Join(" và ", raised) : null;
    }

    private static int ConclusionCount(ConferenceFacts facts) => Math.Max(facts.ConclusionItemCount, facts.ConclusionItems.Count);
    private static string Host(ConferenceFacts facts) => string.IsNullOrWhiteSpace(facts.Organizer) ? facts.UnitName : facts.Organizer;
    private static string Kind(ConferenceFacts facts) => LowerFirst(facts.Kind.Label());
    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Lê Văn Chương – Bí thư Đảng ủy" → "Lê Văn Chương".</summary>
    public static string ShortName(string person) => person.Split(" – ")[0];
}
