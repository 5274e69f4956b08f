using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.Plans;

/// <summary>
/// A unit's yearly dialogue plan (kế hoạch tổ chức đối thoại năm): the dialogues it intends to hold,
/// each with a topic, a month and who leads it. One plan per unit and year.
/// </summary>
public class DialoguePlan : DomainRecord, IUnitScoped
{
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public int Year { get; set; }

    /// <summary>The number and date of the document that adopted the plan ("Kế hoạch số 12/KH-UBND").</summary>
    public string? DocumentNumber { get; set; }
    public string? Note { get; set; }

    public List<PlanEntry> Entries { get; set; } = [];

    public int OwningUnitId => UnitId;
}

/// <summary>One intended dialogue of a plan. Once held, the conference is linked here.</summary>
public class PlanEntry : DomainRecord, IUnitScoped, IAuditedPart
{
    public int PlanId { get; set; }
    public DialoguePlan? Plan { get; set; }

    /// <summary>The plan's unit, kept here so scope checks and counts need no join.</summary>
    public int UnitId { get; set; }
    public int Month { get; set; }
    public string Topic { get; set; } = "";

    /// <summary>Who leads the dialogue (chủ trì): a person or a body, as written in the plan.</summary>
    public string LeadBy { get; set; } = "";

    /// <summary>The conference that carried out this entry; null while not held.</summary>
    public int? ConferenceId { get; set; }
    public Conference? Conference { get; set; }

    public int OwningUnitId => UnitId;
    public string AuditRootType => nameof(DialoguePlan);
    public int AuditRootId => PlanId;
}

/// <summary>Where a plan entry stands: held once a conference is linked, late once its month has passed unheld.</summary>
public enum PlanEntryStatus
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Chưa đến kỳ")] Pending = 1,
    [System.ComponentModel.DataAnnotations.Display(Name = "Đã tổ chức")] Held = 2,
    [System.ComponentModel.DataAnnotations.Display(Name = "Chậm so với kế hoạch")] Late = 3,
}

/// <summary>The one rule of plan progress. A month is written as a number year × 12 + month so the database can compare it.</summary>
public static class PlanSchedule
{
    public static int MonthNumber(int year, int month) => year * 12 + month;

    /// <summary>Entries planned in a month with a number below this and still not held are late.</summary>
    public static int LateBefore(DateOnly today) => MonthNumber(today.Year, today.Month);

    public static PlanEntryStatus StatusOf(int year, int month, bool held, DateOnly today) =>
        held ? PlanEntryStatus.Held
        : MonthNumber(year, month) < LateBefore(today) ? PlanEntryStatus.Late
        : PlanEntryStatus.Pending;
}
