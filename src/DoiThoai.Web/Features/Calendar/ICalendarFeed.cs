using System.Text;
using DoiThoai.Web.Domain;

namespace DoiThoai.Web.Features.Calendar;

/// <summary>
/// The calendar as iCalendar (RFC 5545): one VEVENT per announced conference with a stable UID, DTSTART in UTC (from
/// Vietnam time) or as a whole day when no time is set, text escaped (backslash, semicolon, comma, line breaks) and
/// lines folded at 75 octets of UTF-8, every line ended by CRLF.
/// </summary>
public static class ICalendarFeed
{
    public static string Write(IEnumerable<CalendarEntry> entries, string site, DateTime nowUtc)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DoiThoai//Lich doi thoai//VI", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Escape("Lịch hội nghị đối thoại"), "X-WR-TIMEZONE:Asia/Ho_Chi_Minh" };
        foreach (var e in entries)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:conference-{e.ConferenceId}@{new Uri(site).Host}");
            lines.Add("DTSTAMP:" + Utc(e.PublishedAtUtc ?? nowUtc));
            if (e.StartsAt is { } at)
            {
                var start = TimeZoneInfo.ConvertTimeToUtc(e.HeldOn.ToDateTime(at), VietnamTime.Zone);
                lines.Add("DTSTART:" + Utc(start));
                lines.Add("DTEND:" + Utc(start.AddHours(3)));
            }
            else
            {
                lines.Add($"DTSTART;VALUE=DATE:{e.HeldOn:yyyyMMdd}");
                lines.Add($"DTEND;VALUE=DATE:{e.HeldOn.AddDays(1):yyyyMMdd}");
            }
            lines.Add("SUMMARY:" + Escape(e.Title));
            if (!string.IsNullOrWhiteSpace(e.Place)) lines.Add("LOCATION:" + Escape($"{e.Place}, {e.UnitName}"));
            lines.Add("DESCRIPTION:" + Escape($"Chủ đề: {e.Topic}\nNgười trả lời: {e.Answerers}\nĐơn vị: {e.UnitName}"));
            lines.Add($"URL:{site}/lich-doi-thoai/{e.ConferenceId}");
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    /// <summary>TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks written as \n.</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Lines longer than 75 octets go on as continuation lines that start with a space, never splitting a character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
