using DoiThoai.Web.Features.Calendar;

namespace DoiThoai.Tests.Unit.Features.Calendar;

public class ICalendarFeedTests
{
    [Theory]
    [InlineData("a,b;c\\d", "a\\,b\\;c\\\\d")]
    [InlineData("dòng 1\r\ndòng 2\ndòng 3", "dòng 1\\ndòng 2\\ndòng 3")]
    public void Text_is_escaped_as_RFC_5545_asks(string text, string escaped) => Assert.Equal(escaped, ICalendarFeed.Escape(text));

    [Fact]
    public void Long_Vietnamese_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var entry = new CalendarEntry(7, string.Concat(Enumerable.Repeat("Hội nghị đối thoại ", 12)), new DateOnly(2027, 3, 5), null,
            "Hội trường", "Phường Kỳ Phương", "Chủ đề", "Chủ tịch", true, new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var text = ICalendarFeed.Write([entry], "https://doithoai.example.vn", DateTime.UtcNow);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.Contains("SUMMARY:" + entry.Title, text.Replace("\r\n ", ""));
        Assert.Contains("DTSTART;VALUE=DATE:20270305\r\n", text);
        Assert.Contains("DTEND;VALUE=DATE:20270306\r\n", text);
        Assert.Contains("UID:conference-7@doithoai.example.vn\r\n", text);
        Assert.DoesNotContain("\uFFFD", text);
    }
}
