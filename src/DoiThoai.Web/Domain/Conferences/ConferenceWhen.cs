namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// When a conference took place, as every list and page shows it: the day (dd/MM/yyyy), or, for a period briefing the
/// minutes report without its day (ADR 0020), the period it reviews ("Quý I năm 2023") instead of the period's last day
/// that <see cref="Conference.HeldOn"/> holds for sorting. Lists project the five columns into it.
/// </summary>
public readonly record struct ConferenceWhen(DateOnly HeldOn, bool HeldOnUnknown = false, PeriodKind? PeriodKind = null, int? PeriodYear = null,
    int? PeriodNumber = null)
{
    /// <summary>The reviewed period, when one was recorded.</summary>
    public ReportingPeriod? Period =>
        PeriodKind is { } kind && ReportingPeriod.TryCreate(kind, PeriodYear, PeriodNumber, null, null, HeldOn) is ({ } period, _) ? period : null;

    /// <summary>What a date column shows: "28/06/2022", or "Quý I năm 2023" for a briefing without its day.</summary>
    public string Text => !HeldOnUnknown ? HeldOn.ToString("dd/MM/yyyy") : Period?.Title ?? "Chưa rõ ngày";

    /// <summary>What a sentence says after the conference's name: "ngày 28/06/2022", or "quý I năm 2023".</summary>
    public string Phrase => !HeldOnUnknown ? $"ngày {HeldOn:dd/MM/yyyy}" : Period?.Name ?? "chưa rõ ngày";

    public override string ToString() => Text;

    public static ConferenceWhen Of(Conference c) => new(c.HeldOn, c.HeldOnUnknown, c.ReviewedPeriodKind, c.ReviewedPeriodYear, c.ReviewedPeriodNumber);
}
