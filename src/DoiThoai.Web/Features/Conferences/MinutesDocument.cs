using DocumentFormat.OpenXml;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using static DoiThoai.Web.Documents.WordBody;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// The minutes (biên bản) as a Word document: the template of the issuing body's kind (Party, State, Front; see
/// <see cref="Domain.Documents.OfficialFormat"/>) gives the header, the secretary's and chair's signature blocks and
/// the recipients; this class writes only the body, put where the template's <c>NoiDung</c> control stands.
/// </summary>
public static partial class MinutesDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string FileName(ConferenceDetails c) => $"bien-ban-{c.HeldOn:yyyy-MM-dd}-{Slug.From(c.Title, 60)}.docx";

    public static byte[] Create(ConferenceDetails c, OfficialDocument heading, byte[] template) =>
        WordTemplate.Fill(template, heading.Fields(), Body(c));

    /// <summary>The body's sections in order. A new section of the record is one more line here.</summary>
    public static IEnumerable<OpenXmlElement> Body(ConferenceDetails c) =>
    [
        Line($"{c.Kind.Label()} {(c.Record.HeldOnUnknown ? c.Record.ReviewedPeriod : $"ngày {c.HeldOn:dd/MM/yyyy}")}", italic: true, center: true, spaceBefore: 0),
        Line(FinalityMark(c.Finality), bold: true, italic: true, center: true),
        .. TimePlaceAndParticipants(c),
        .. Proceedings(c),
        .. OpinionsAndPetitions(c),
        .. Conclusions(c),
        .. AmendmentList(c.Amendments),
    ];

    private static IEnumerable<OpenXmlElement> TimePlaceAndParticipants(ConferenceDetails c)
    {
        yield return Section("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
        yield return Line($"Thời gian: {c.WhenText}.");
        yield return Line($"Địa điểm: {c.Place ?? "…"}.");
        if (c.Organizer is not null) yield return Line($"Cơ quan tổ chức: {c.Organizer}.");
        foreach (var l in c.LegalBases) yield return Line($"Căn cứ {l}.");
        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            var people = c.InRole(role).ToList();
            if (people.Count > 0)
                yield return Line($"{role.Label()}: {string.Join("; ", people.Select(p => p.Position is null ? p.Name : $"đồng chí {p.Name}, {p.Position}"))}.");
        }
        if (c.Organizations.Count > 0)
            yield return Line($"Tổ chức tham dự ({c.Organizations.Count}): {string.Join("; ", c.Organizations)}.");
    }

    private static IEnumerable<OpenXmlElement> Proceedings(ConferenceDetails c)
    {
        yield return Section("II. NỘI DUNG");
        if (!string.IsNullOrWhiteSpace(c.Summary)) yield return Line(c.Summary);
        foreach (var s in c.Speeches)
            yield return Line($"{s.Order}. {s.Kind.Label()} – {s.Who}: {s.Summary}");
        foreach (var line in Record(c)) yield return line;
    }

    private static IEnumerable<OpenXmlElement> OpinionsAndPetitions(ConferenceDetails c)
    {
        yield return Section("III. Ý KIẾN, KIẾN NGHỊ");
        yield return Line($"Tại hội nghị có {c.OpinionCount} ý kiến, {c.PetitionCount} kiến nghị, đề xuất, chất vấn; " +
                          $"{c.AnsweredOnTheSpotCount} nội dung được trả lời tại hội nghị.");
        foreach (var p in c.Petitions)
        {
            var raisedBy = p.RaisedBy is null ? "" : $" ({p.RaisedBy})";
            yield return Line($"{p.Order}. [{p.Kind.Label()}{(p.Topic is null ? "" : $" – {p.Topic}")}] {p.Content}{raisedBy}");
            if (p.Answer is not null)
                yield return Line($"Trả lời{(p.AnsweredBy is null ? "" : $" của {p.AnsweredBy}")}: {p.Answer}", italic: true, indent: true);
        }
    }

    private static IEnumerable<OpenXmlElement> Conclusions(ConferenceDetails c)
    {
        yield return Section("IV. KẾT LUẬN");
        if (!string.IsNullOrWhiteSpace(c.ConclusionText)) yield return Line(c.ConclusionText);
        foreach (var i in c.ConclusionItems)
            yield return Line($"{i.Order}. {i.Content} Chủ trì thực hiện: {i.Responsible ?? "chưa giao"}" + CoordinatorsText(i) +
                              $"{(i.Deadline is { } d ? $"; thời hạn {d:dd/MM/yyyy}" : "")}.");
    }

    private static string FinalityMark(FinalityView finality) =>
        MinutesFinality.Wording(finality.State) +
        (finality.IsFinal && finality.FinalizedAtUtc is { } at ? $" (hoàn thiện ngày {VietnamTime.ToLocal(at):dd/MM/yyyy})" : "");

    /// <summary>Changes made after the minutes became final, each with its date, author, reason and content.</summary>
    private static IEnumerable<OpenXmlElement> AmendmentList(IReadOnlyList<AmendmentLine> amendments)
    {
        if (amendments.Count == 0) yield break;
        yield return Section("DANH SÁCH SỬA ĐỔI");
        for (var i = 0; i < amendments.Count; i++)
        {
            var a = amendments[i];
            yield return Line($"{i + 1}. Ngày {VietnamTime.ToLocal(a.AtUtc):dd/MM/yyyy HH:mm}, {a.UserName}. Lý do: {a.Reason}");
            yield return Line($"Nội dung sửa đổi: {a.Summary}", italic: true, indent: true);
        }
    }
}
