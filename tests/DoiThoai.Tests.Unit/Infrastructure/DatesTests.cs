using DoiThoai.Web.Infrastructure.Forms;

namespace DoiThoai.Tests.Unit.Infrastructure;

public class DatesTests
{
    [Theory]
    [InlineData("01/12/2026", 2026, 12, 1)]
    [InlineData("1/2/2026", 2026, 2, 1)]
    [InlineData(" 29/02/2024 ", 2024, 2, 29)]
    [InlineData("2026-12-01", 2026, 12, 1)]
    public void A_day_typed_dd_MM_yyyy_or_iso_is_read_as_that_day(string text, int year, int month, int day)
    {
        Assert.True(Dates.TryParse(text, typeof(DateOnly?), DateInputKind.Date, out var value, out var error));
        Assert.Null(error);
        Assert.Equal(new DateOnly(year, month, day), value);
    }

    [Theory]
    [InlineData("31/02/2026", "Ngày 31/02/2026 không tồn tại.")]
    [InlineData("29/02/2025", "Ngày 29/02/2025 không tồn tại.")]
    [InlineData("2026-02-30", "Ngày 30/02/2026 không tồn tại.")]
    [InlineData("0/3/2026", "Ngày 00/03/2026 không tồn tại.")]
    [InlineData("12/13/2026", "Tháng 13 không tồn tại: hãy nhập ngày theo dạng dd/mm/yyyy.")]
    [InlineData("12-01-2026", "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 15/03/2026.")]
    [InlineData("hôm qua", "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 15/03/2026.")]
    public void A_day_that_does_not_exist_or_is_not_a_day_is_refused_in_vietnamese(string text, string message)
    {
        Assert.False(Dates.TryParse(text, typeof(DateOnly), DateInputKind.Date, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Times_and_moments_are_read_as_typed_in_vietnam()
    {
        Assert.True(Dates.TryParse("7:30", typeof(TimeOnly?), DateInputKind.Time, out var time, out _));
        Assert.Equal(new TimeOnly(7, 30), time);
        Assert.True(Dates.TryParse("01/12/2026 14:05", typeof(DateTime?), DateInputKind.DateAndTime, out var moment, out _));
        Assert.Equal(new DateTime(2026, 12, 1, 14, 5, 0), moment);
        Assert.True(Dates.TryParse("2026-12-01T14:05", typeof(DateTime), DateInputKind.DateAndTime, out var iso, out _));
        Assert.Equal(new DateTime(2026, 12, 1, 14, 5, 0), iso);
        Assert.False(Dates.TryParse("25:00", typeof(TimeOnly), DateInputKind.Time, out _, out var error));
        Assert.Equal("Hãy nhập giờ theo dạng hh:mm, ví dụ 07:30.", error);
        Assert.False(Dates.TryParse("31/04/2026 08:00", typeof(DateTime), DateInputKind.DateAndTime, out _, out var dayError));
        Assert.Equal("Ngày 31/04/2026 không tồn tại.", dayError);
    }

    [Fact]
    public void Values_are_written_back_the_way_they_are_typed()
    {
        Assert.Equal("01/12/2026", Dates.Format(new DateOnly(2026, 12, 1), DateInputKind.Date));
        Assert.Equal("07:30", Dates.Format(new TimeOnly(7, 30), DateInputKind.Time));
        Assert.Equal("01/12/2026 14:05", Dates.Format(new DateTime(2026, 12, 1, 14, 5, 0), DateInputKind.DateAndTime));
        Assert.Equal("", Dates.Format(null, DateInputKind.Date));
    }

    [Theory]
    [InlineData(typeof(DateOnly?), null, DateInputKind.Date)]
    [InlineData(typeof(TimeOnly), null, DateInputKind.Time)]
    [InlineData(typeof(DateTime?), "DateTime", DateInputKind.DateAndTime)]
    [InlineData(typeof(DateTime), "Date", DateInputKind.Date)]
    [InlineData(typeof(DateTimeOffset?), null, DateInputKind.DateAndTime)]
    public void The_kind_of_field_follows_the_property_type(Type type, string? dataType, DateInputKind kind) =>
        Assert.Equal(kind, Dates.KindOf(type, dataType));

    [Fact]
    public void Other_types_are_not_dates() => Assert.Null(Dates.KindOf(typeof(string)));
}
