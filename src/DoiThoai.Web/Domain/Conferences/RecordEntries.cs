using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A figure the minutes cite from another activity ("326 ý kiến" gathered at the Front's consultations on a draft law).
/// It is kept apart from the conference's own opinions and petitions, so no count of this conference includes it.
/// </summary>
public class CitedFigure : ConferencePart
{
    public int Order { get; set; }

    /// <summary>What was counted ("ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)").</summary>
    public string What { get; set; } = "";
    public int Count { get; set; }

    /// <summary>The activity it comes from ("các hội nghị lấy ý kiến nhân dân của Ủy ban MTTQ").</summary>
    public string? Source { get; set; }
}

/// <summary>One result or limitation a report at the conference lists, with its figure where it gives one.</summary>
public class MinutesFinding : ConferencePart
{
    public int Order { get; set; }
    public FindingKind Kind { get; set; }
    public string Content { get; set; } = "";

    /// <summary>The figure as the report writes it: "27 mô hình dân vận khéo", "35/55 công đoàn cơ sở".</summary>
    public string? Figure { get; set; }
}

public enum FindingKind
{
    [Display(Name = "Kết quả")] Result = 1,
    [Display(Name = "Hạn chế")] Limitation = 2,
}

/// <summary>A body that coordinates a conclusion item led by its responsible organization ("MTTQ và các đoàn thể").</summary>
public class ConclusionItemCoordinator
{
    public int Id { get; set; }
    public int ConclusionItemId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
