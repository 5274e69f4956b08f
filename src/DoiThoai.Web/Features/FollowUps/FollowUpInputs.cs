using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.FollowUps;

public sealed class FollowUpFilter
{
    /// <summary>True: only what is assigned to my unit's bodies ("Việc của tôi"); false: everything in my scope.</summary>
    public bool Mine { get; set; } = true;
    public FollowUpState? State { get; set; }
    public bool OverdueOnly { get; set; }

    /// <summary>Open items whose deadline falls within the next <see cref="Deadlines.DueSoonDays"/> days (the staff home links here).</summary>
    public bool DueSoonOnly { get; set; }
    public bool OpenOnly { get; set; } = true;
    public FollowUpKind? Kind { get; set; }
    public string? Q { get; set; }

    /// <summary>Items of conferences held by this unit or below it (the dashboard's links use it).</summary>
    public int? UnitId { get; set; }

    /// <summary>Items of conferences held from/to these dates (the dashboard's links use them).</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>A topic by its name: the units' catalogues share names, and the name stands for all of them, as on <c>/kien-nghi</c>.</summary>
    public string? Topic { get; set; }

    /// <summary>The responsible body (cơ quan chủ trì) the items were given to.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>Items whose deadline falls from/to these dates ("Hạn từ … đến …").</summary>
    public DateOnly? DeadlineFrom { get; set; }
    public DateOnly? DeadlineTo { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>The column the list is ordered by (<see cref="FollowUpSort"/>), kept in the address by <c>&lt;th sort-key&gt;</c>.</summary>
    public string? Sort { get; set; }
    public string? Dir { get; set; }
}

/// <summary>The orders the follow-up list offers; each is read in the order of an index of the FollowUps table.</summary>
public static class FollowUpSort
{
    public const string Deadline = "Deadline";
    public const string State = "State";
    public const string Unit = "Unit";
    public const string HeldOn = "HeldOn";
}

public sealed record FollowUpRow(int Id, Guid Version, FollowUpKind Kind, string Content, FollowUpState State, string? Responsible, DateOnly? Deadline,
    FollowUpPriority Priority, int ProgressPercent, string ConferenceTitle, ConferenceWhen When, string UnitName, bool Overdue, bool DueSoon);

/// <summary>
/// A page of the list. <paramref name="SearchLimit"/>: set when more items hold the search words than the list reads
/// (<see cref="Search.ListSearch.Limit"/>): it lists the newest that many (the view says so).
/// </summary>
public sealed record FollowUpList(FollowUpFilter Filter, BoundedList<FollowUpRow> Page, DateOnly Today, int? SearchLimit = null)
{
    public bool SearchLimited => SearchLimit is not null;

    /// <summary>The filter's choices: the topic names of the scope's catalogues and the bodies its items may be given to.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<SelectListItem> Organizations { get; init; } = [];

    /// <summary>Set when the user may assign: the bodies a selection can be given to, and the form's values.</summary>
    public IReadOnlyList<SelectListItem>? BulkOrganizations { get; init; }
    public BulkAssignInput Bulk { get; init; } = new();

    /// <summary>Set when the user may act on many items at once: the operations allowed and the templates at hand.</summary>
    public IReadOnlyList<BatchOperation>? BatchOperations { get; init; }
    public IReadOnlyList<SelectListItem> BatchTemplates { get; init; } = [];
}

/// <summary>Many items assigned at once. Each selection is "id:version" so a stale list is refused, not applied.</summary>
public sealed class BulkAssignInput : AssignmentFields
{
    public List<string> Selected { get; set; } = [];

    public IReadOnlyList<(int Id, Guid Version)> Parsed() => ParseSelections(Selected);

    public static IReadOnlyList<(int Id, Guid Version)> ParseSelections(IEnumerable<string> selected) => selected
        .Select(s => (s ?? "").Split(':'))
        .Where(p => p.Length == 2 && int.TryParse(p[0], out _) && Guid.TryParse(p[1], out _))
        .Select(p => (int.Parse(p[0]), Guid.Parse(p[1])))
        .DistinctBy(p => p.Item1)
        .ToList();

    public AssignInput AsAssignment() => new() { ResponsibleOrganizationId = ResponsibleOrganizationId, Deadline = Deadline, Priority = Priority };
}

/// <summary>What an assignment says, one item or many: the body, the deadline, the priority.</summary>
public abstract class AssignmentFields
{
    [Display(Name = "Cơ quan chủ trì giải quyết")]
    [Required(ErrorMessage = "Hãy chọn cơ quan chủ trì giải quyết.")]
    public int? ResponsibleOrganizationId { get; set; }

    [Display(Name = "Thời hạn")]
    [Required(ErrorMessage = "Hãy nhập thời hạn.")]
    [DataType(DataType.Date)]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Mức ưu tiên")]
    public FollowUpPriority Priority { get; set; } = FollowUpPriority.Normal;
}

public sealed class AssignInput : AssignmentFields
{
    public Guid Version { get; set; }

    [Display(Name = "Cơ quan phối hợp")]
    public List<int> CoordinatorIds { get; set; } = [];
}

public sealed class ActInput
{
    public Guid Version { get; set; }

    [Required(ErrorMessage = "Hãy chọn thao tác.")]
    public FollowUpAction? Action { get; set; }

    [Display(Name = "Kết quả, lý do hoặc ghi chú")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string? Text { get; set; }
}

public sealed class ProgressInput
{
    public Guid Version { get; set; }

    [Display(Name = "Nội dung tiến độ")]
    [Required(ErrorMessage = "Hãy nhập nội dung cập nhật.")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string Text { get; set; } = "";

    [Display(Name = "Mức hoàn thành (%)")]
    [Range(0, 100, ErrorMessage = "Mức hoàn thành từ 0 đến 100.")]
    public int Percent { get; set; }

    [Display(Name = "Tài liệu, hình ảnh kèm theo")]
    public List<IFormFile> Files { get; set; } = [];
}

public sealed class MonitorInput
{
    [Display(Name = "Ghi chú giám sát")]
    [Required(ErrorMessage = "Hãy nhập ghi chú giám sát.")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string Note { get; set; } = "";

    [Display(Name = "Đánh giá")]
    public FrontAssessment? Assessment { get; set; }
}

public sealed class SplitInput
{
    public Guid Version { get; set; }

    [Display(Name = "Các nội dung, mỗi dòng một nội dung")]
    [Required(ErrorMessage = "Hãy nhập các nội dung, mỗi dòng một nội dung.")]
    [StringLength(20000, ErrorMessage = "Nội dung quá dài.")]
    public string Lines { get; set; } = "";

    public IReadOnlyList<string> Parts() =>
        Lines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

public sealed class MergeInput
{
    public Guid Version { get; set; }

    [Display(Name = "Gộp vào nội dung số")]
    [Required(ErrorMessage = "Hãy nhập số của nội dung cùng ý để gộp vào.")]
    public int? TargetId { get; set; }
}

public sealed class PrepareInput
{
    public Guid Version { get; set; }
    public FollowUpAction PreparedAction { get; set; } = FollowUpAction.Resolve;

    [Display(Name = "Trả lời chuẩn bị sẵn")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string? Answer { get; set; }
}

public sealed class RaiserEmailInput
{
    public Guid Version { get; set; }

    [Display(Name = "E-mail người nêu")]
    [EmailAddress(ErrorMessage = "E-mail không đúng dạng.")]
    [StringLength(256, ErrorMessage = "E-mail không được dài quá 256 ký tự.")]
    public string? Email { get; set; }
}

/// <summary>What a batch does to every selected item.</summary>
public enum BatchOperation
{
    [Display(Name = "Trả lời (đã giải quyết)")] Resolve = 1,
    [Display(Name = "Giải trình (không tiếp thu)")] Explain = 2,
    [Display(Name = "Chuẩn bị trả lời, chưa công bố")] Prepare = 3,
    [Display(Name = "Công bố các trả lời đã chuẩn bị")] GivePrepared = 4,
    [Display(Name = "Bắt đầu giải quyết")] Start = 5,
    [Display(Name = "Đóng sau khi Mặt trận kiểm tra")] Close = 6,
}

/// <summary>Many items answered or moved at once. Each selection is "id:version", so a stale list is refused.</summary>
public sealed class BatchInput
{
    public List<string> Selected { get; set; } = [];

    [Display(Name = "Thao tác")]
    [Required(ErrorMessage = "Hãy chọn thao tác.")]
    public BatchOperation? Operation { get; set; }

    [Display(Name = "Mẫu trả lời")]
    public int? TemplateId { get; set; }

    [Display(Name = "Nội dung trả lời")]
    [StringLength(4000, ErrorMessage = "Nội dung không được dài quá 4000 ký tự.")]
    public string? Text { get; set; }

    [Display(Name = "Công khai kết quả trên cổng thông tin")]
    public bool Publish { get; set; }

    public IReadOnlyList<(int Id, Guid Version)> Parsed() => BulkAssignInput.ParseSelections(Selected);
}

/// <summary>What a batch did, item by item, for the result page.</summary>
public sealed record BatchResult(string Operation, IReadOnlyList<BatchResultLine> Items);

public sealed record BatchResultLine(int Id, string Content, FollowUpState State, string? Answer);
