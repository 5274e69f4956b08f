using System.Text.RegularExpressions;

namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>What a template's fields are filled with, for one item.</summary>
public sealed record TemplateFields(string? Raiser, string Conference, DateOnly HeldOn, string? Responsible, string Content);

/// <summary>
/// Fills an answer template from an item's record. Fields are written in braces, in Vietnamese, and
/// matched without regard to case or diacritics ({nguoi neu} works as {người nêu}); an unknown field
/// is left as typed so the person sees it and edits it.
/// </summary>
public static partial class TemplateFiller
{
    public static readonly IReadOnlyList<string> FieldNames = ["người nêu", "hội nghị", "ngày hội nghị", "cơ quan chủ trì", "nội dung"];

    [GeneratedRegex(@"\{([^{}]{1,40})\}")]
    private static partial Regex Field();

    public static string Fill(string body, TemplateFields fields) => Field().Replace(body, match =>
        VietnameseText.Fold(match.Groups[1].Value).Trim() switch
        {
            "nguoi neu" => fields.Raiser ?? "người nêu kiến nghị",
            "hoi nghi" => fields.Conference,
            "ngay hoi nghi" => fields.HeldOn.ToString("dd/MM/yyyy"),
            "co quan chu tri" => fields.Responsible ?? "cơ quan có thẩm quyền",
            "noi dung" => fields.Content,
            _ => match.Value,
        });
}
