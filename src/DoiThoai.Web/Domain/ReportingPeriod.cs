using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain;

/// <summary>The kinds of period offices report on (báo cáo tháng, quý, 6 tháng, 9 tháng, năm, tùy chọn).</summary>
public enum PeriodKind
{
    [Display(Name = "Tháng")] Month = 1,
    [Display(Name = "Quý")] Quarter = 2,
    [Display(Name = "Quý I")] FirstQuarter = 3,
    [Display(Name = "6 tháng")] HalfYear = 4,
    [Display(Name = "9 tháng")] NineMonths = 5,
    [Display(Name = "Năm")] Year = 6,
    [Display(Name = "Tùy chọn")] Custom = 7,
}

/// <summary>
/// A reporting period: its first and last day (both included), its kind and its name as a report writes it.
/// <para>The comparable previous period: a month, a quarter or a half-year is compared with the one just before
/// it; the first quarter, nine months and a year (cumulative from January) with the same period of the year
/// before (cùng kỳ năm trước); a custom range with the range of the same length that ends the day before it.</para>
/// </summary>
public sealed record ReportingPeriod
{
    public const int MinYear = 1945;
    public const int MaxYear = 2100;

    /// <summary>The longest custom range, so one request cannot ask for centuries.</summary>
    public const int MaxCustomDays = 366 * 20;

    public PeriodKind Kind { get; }
    public int Year { get; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2) within the year; 0 for the other kinds.</summary>
    public int Number { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    private ReportingPeriod(PeriodKind kind, int year, int number, DateOnly from, DateOnly to)
    {
        Kind = kind;
        Year = year;
        Number = number;
        From = from;
        To = to;
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        var start = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, year, month, start, start.AddMonths(1).AddDays(-1));
    }

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(PeriodKind.Quarter, year, quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod FirstQuarter(int year)
    {
        CheckYear(year);
        return new(PeriodKind.FirstQuarter, year, 0, new DateOnly(year, 1, 1), new DateOnly(year, 3, 31));
    }

    /// <summary>Half 1 is January to June (6 tháng đầu năm), half 2 July to December (6 tháng cuối năm).</summary>
    public static ReportingPeriod HalfYear(int year, int half = 1)
    {
        CheckYear(year);
        if (half is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(half));
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new(PeriodKind.HalfYear, year, half, start, start.AddMonths(6).AddDays(-1));
    }

    public static ReportingPeriod NineMonths(int year)
    {
        CheckYear(year);
        return new(PeriodKind.NineMonths, year, 0, new DateOnly(year, 1, 1), new DateOnly(year, 9, 30));
    }

    public static ReportingPeriod WholeYear(int year)
    {
        CheckYear(year);
        return new(PeriodKind.Year, year, 0, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public static ReportingPeriod Custom(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));
        CheckYear(from.Year);
        CheckYear(to.Year);
        if (to.DayNumber - from.DayNumber + 1 > MaxCustomDays) throw new ArgumentException("The range is too long.", nameof(to));
        return new(PeriodKind.Custom, from.Year, 0, from, to);
    }

    /// <summary>
    /// Builds a period from what a form sends; null and a Vietnamese reason when it does not make one.
    /// Missing year or number default to those of <paramref name="today"/>.
    /// </summary>
    public static (ReportingPeriod? Period, string? Error) TryCreate(PeriodKind kind, int? year, int? number, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var y = year ?? today.Year;
        if (kind != PeriodKind.Custom && y is < MinYear or > MaxYear) return (null, $"Năm phải từ {MinYear} đến {MaxYear}.");
        switch (kind)
        {
            case PeriodKind.Month:
                var month = number ?? today.Month;
                return month is < 1 or > 12 ? (null, "Tháng phải từ 1 đến 12.") : (Month(y, month), null);
            case PeriodKind.Quarter:
                var quarter = number ?? (today.Month - 1) / 3 + 1;
                return quarter is < 1 or > 4 ? (null, "Quý phải từ 1 đến 4.") : (Quarter(y, quarter), null);
            case PeriodKind.FirstQuarter:
                return (FirstQuarter(y), null);
            case PeriodKind.HalfYear:
                var half = number ?? 1;
                return half is < 1 or > 2 ? (null, "Hãy chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.") : (HalfYear(y, half), null);
            case PeriodKind.NineMonths:
                return (NineMonths(y), null);
            case PeriodKind.Year:
                return (WholeYear(y), null);
            case PeriodKind.Custom:
                if (from is not { } start || to is not { } end) return (null, "Hãy nhập ngày bắt đầu và ngày kết thúc.");
                if (end < start) return (null, "Ngày kết thúc phải sau ngày bắt đầu.");
                if (start.Year < MinYear || end.Year > MaxYear) return (null, $"Ngày phải trong khoảng năm {MinYear} đến {MaxYear}.");
                if (end.DayNumber - start.DayNumber + 1 > MaxCustomDays) return (null, "Khoảng thời gian không được dài quá 20 năm.");
                return (Custom(start, end), null);
            default:
                return (null, "Hãy chọn loại kỳ báo cáo.");
        }
    }

    /// <summary>The comparable period before this one (see the type's remarks); null when it would fall before <see cref="MinYear"/>.</summary>
    public ReportingPeriod? Previous()
    {
        if (Kind == PeriodKind.Custom)
        {
            var end = From.AddDays(-1);
            var start = end.AddDays(-(Days - 1));
            return start.Year < MinYear ? null : Custom(start, end);
        }
        if (Kind == PeriodKind.Month && Number == 1 || Kind == PeriodKind.Quarter && Number == 1 || Kind == PeriodKind.HalfYear && Number == 1
            || Kind is PeriodKind.FirstQuarter or PeriodKind.NineMonths or PeriodKind.Year)
        {
            if (Year - 1 < MinYear) return null;
        }
        return Kind switch
        {
            PeriodKind.Month => Number == 1 ? Month(Year - 1, 12) : Month(Year, Number - 1),
            PeriodKind.Quarter => Number == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Number - 1),
            PeriodKind.HalfYear => Number == 1 ? HalfYear(Year - 1, 2) : HalfYear(Year, 1),
            PeriodKind.FirstQuarter => FirstQuarter(Year - 1),
            PeriodKind.NineMonths => NineMonths(Year - 1),
            _ => WholeYear(Year - 1),
        };
    }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The period as a report names it: "quý II năm 2026", "6 tháng đầu năm 2026"...</summary>
    public string Name => Kind switch
    {
        PeriodKind.Month => $"tháng {Number:00}/{Year}",
        PeriodKind.Quarter => $"quý {Roman(Number)} năm {Year}",
        PeriodKind.FirstQuarter => $"quý I năm {Year}",
        PeriodKind.HalfYear => Number == 1 ? $"6 tháng đầu năm {Year}" : $"6 tháng cuối năm {Year}",
        PeriodKind.NineMonths => $"9 tháng đầu năm {Year}",
        PeriodKind.Year => $"năm {Year}",
        _ => $"từ ngày {From:dd/MM/yyyy} đến ngày {To:dd/MM/yyyy}",
    };

    /// <summary>The name with a capital first letter, for a heading.</summary>
    public string Title => char.ToUpperInvariant(Name[0]) + Name[1..];

    public string RangeText => $"{From:dd/MM/yyyy} – {To:dd/MM/yyyy}";

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => n.ToString() };

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear) throw new ArgumentOutOfRangeException(nameof(year));
    }
}
