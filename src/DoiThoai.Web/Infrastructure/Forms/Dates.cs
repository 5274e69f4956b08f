using System.Globalization;
using System.Text.RegularExpressions;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>What a date field holds: a day, a time of day, or both.</summary>
public enum DateInputKind
{
    Date,
    Time,
    DateAndTime,
}

/// <summary>
/// The one place that says how dates are typed and read in the portal: dd/MM/yyyy, HH:mm and dd/MM/yyyy HH:mm,
/// whatever the browser's language (ADR 0014). The tag helper, the model binder and the client check all read it.
/// </summary>
public static partial class Dates
{
    public const string DateFormat = "dd/MM/yyyy";
    public const string TimeFormat = "HH:mm";
    public const string DateAndTimeFormat = "dd/MM/yyyy HH:mm";

    // Also accepted: ISO forms, so old links, bookmarks and query strings (From=2026-01-01) keep working.
    private static readonly string[] DateForms = ["d/M/yyyy", "yyyy-MM-dd"];
    private static readonly string[] TimeForms = ["H:mm", "H:mm:ss"];
    private static readonly string[] DateAndTimeForms =
        ["d/M/yyyy H:mm", "d/M/yyyy", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static DateInputKind? KindOf(Type type, string? dataTypeName = null)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(DateOnly)) return DateInputKind.Date;
        if (underlying == typeof(TimeOnly)) return DateInputKind.Time;
        if (underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset))
            return dataTypeName == "Date" ? DateInputKind.Date : DateInputKind.DateAndTime;
        return null;
    }

    public static string Placeholder(DateInputKind kind) => kind switch
    {
        DateInputKind.Date => "dd/mm/yyyy",
        DateInputKind.Time => "hh:mm",
        _ => "dd/mm/yyyy hh:mm",
    };

    /// <summary>The HTML pattern: the shape only; whether the day exists is checked by the server and the client script.</summary>
    public static string Pattern(DateInputKind kind) => kind switch
    {
        DateInputKind.Date => @"\d{1,2}/\d{1,2}/\d{4}",
        DateInputKind.Time => @"\d{1,2}:\d{2}",
        _ => @"\d{1,2}/\d{1,2}/\d{4}( \d{1,2}:\d{2})?",
    };

    public static string Example(DateInputKind kind) => kind switch
    {
        DateInputKind.Date => "15/03/2026",
        DateInputKind.Time => "07:30",
        _ => "15/03/2026 07:30",
    };

    /// <summary>The message when the text is not a date of the expected shape.</summary>
    public static string ShapeError(DateInputKind kind) => kind switch
    {
        DateInputKind.Date => $"Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ {Example(kind)}.",
        DateInputKind.Time => $"Hãy nhập giờ theo dạng hh:mm, ví dụ {Example(kind)}.",
        _ => $"Hãy nhập ngày giờ theo dạng dd/mm/yyyy hh:mm, ví dụ {Example(kind)}.",
    };

    public static string Format(object? value, DateInputKind kind) => value switch
    {
        DateOnly day => day.ToString(DateFormat, CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString(TimeFormat, CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString(kind == DateInputKind.Date ? DateFormat : DateAndTimeFormat, CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString(kind == DateInputKind.Date ? DateFormat : DateAndTimeFormat, CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>Reads what was typed; on failure, says why in Vietnamese ("Ngày 31/02/2026 không tồn tại.").</summary>
    public static bool TryParse(string text, Type type, DateInputKind kind, out object? value, out string? error)
    {
        text = text.Trim();
        value = null;
        error = null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var forms = kind switch { DateInputKind.Date => DateForms, DateInputKind.Time => TimeForms, _ => DateAndTimeForms };
        if (underlying == typeof(TimeOnly))
        {
            if (TimeOnly.TryParseExact(text, forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) value = time;
        }
        else if (DateTime.TryParseExact(text, forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            // Boxed one by one: a conditional expression would turn every DateTime into a DateTimeOffset.
            if (underlying == typeof(DateOnly)) value = DateOnly.FromDateTime(moment);
            else if (underlying == typeof(DateTimeOffset)) value = new DateTimeOffset(moment);
            else value = moment;
        }
        if (value is not null) return true;
        error = NonexistentDay(text) ?? ShapeError(kind);
        return false;
    }

    // The right shape but no such day (31/02, 29/02 of a common year, month 13): say which day does not exist.
    private static string? NonexistentDay(string text)
    {
        int day, month, year;
        if (DayShape().Match(text) is { Success: true } typed)
            (day, month, year) = (int.Parse(typed.Groups[1].Value), int.Parse(typed.Groups[2].Value), int.Parse(typed.Groups[3].Value));
        else if (IsoDayShape().Match(text) is { Success: true } iso)
            (day, month, year) = (int.Parse(iso.Groups[3].Value), int.Parse(iso.Groups[2].Value), int.Parse(iso.Groups[1].Value));
        else return null;
        if (month is < 1 or > 12) return $"Tháng {month} không tồn tại: hãy nhập ngày theo dạng dd/mm/yyyy.";
        return year is >= 1 and <= 9999 && (day < 1 || day > DateTime.DaysInMonth(year, month))
            ? $"Ngày {day:00}/{month:00}/{year} không tồn tại."
            : null;
    }

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})\b")]
    private static partial Regex DayShape();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDayShape();
}
