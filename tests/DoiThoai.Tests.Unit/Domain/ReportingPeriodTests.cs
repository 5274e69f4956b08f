using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Plans;

namespace DoiThoai.Tests.Unit.Domain;

public class ReportingPeriodTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 1, "2026-01-01", "2026-01-31")]
    [InlineData(2024, 2, "2024-02-01", "2024-02-29")]
    [InlineData(2025, 2, "2025-02-01", "2025-02-28")]
    [InlineData(2026, 12, "2026-12-01", "2026-12-31")]
    public void Month_covers_its_days(int year, int month, string from, string to)
    {
        var p = ReportingPeriod.Month(year, month);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (p.From, p.To));
        Assert.Equal(PeriodKind.Month, p.Kind);
    }

    [Theory]
    [InlineData(1, "2026-01-01", "2026-03-31")]
    [InlineData(2, "2026-04-01", "2026-06-30")]
    [InlineData(3, "2026-07-01", "2026-09-30")]
    [InlineData(4, "2026-10-01", "2026-12-31")]
    public void Quarter_covers_three_months(int quarter, string from, string to)
    {
        var p = ReportingPeriod.Quarter(2026, quarter);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (p.From, p.To));
    }

    [Fact]
    public void First_quarter_half_year_nine_months_and_year_start_in_january()
    {
        Assert.Equal((D(2026, 1, 1), D(2026, 3, 31)), (ReportingPeriod.FirstQuarter(2026).From, ReportingPeriod.FirstQuarter(2026).To));
        Assert.Equal((D(2026, 1, 1), D(2026, 6, 30)), (ReportingPeriod.HalfYear(2026).From, ReportingPeriod.HalfYear(2026).To));
        Assert.Equal((D(2026, 7, 1), D(2026, 12, 31)), (ReportingPeriod.HalfYear(2026, 2).From, ReportingPeriod.HalfYear(2026, 2).To));
        Assert.Equal((D(2026, 1, 1), D(2026, 9, 30)), (ReportingPeriod.NineMonths(2026).From, ReportingPeriod.NineMonths(2026).To));
        Assert.Equal((D(2026, 1, 1), D(2026, 12, 31)), (ReportingPeriod.WholeYear(2026).From, ReportingPeriod.WholeYear(2026).To));
    }

    [Fact]
    public void Boundaries_are_inclusive()
    {
        var q = ReportingPeriod.Quarter(2026, 2);
        Assert.True(q.Contains(D(2026, 4, 1)));
        Assert.True(q.Contains(D(2026, 6, 30)));
        Assert.False(q.Contains(D(2026, 3, 31)));
        Assert.False(q.Contains(D(2026, 7, 1)));
        Assert.Equal(91, q.Days);
    }

    [Fact]
    public void Month_quarter_and_half_compare_with_the_one_just_before_across_the_new_year()
    {
        Assert.Equal(ReportingPeriod.Month(2025, 12), ReportingPeriod.Month(2026, 1).Previous());
        Assert.Equal(ReportingPeriod.Month(2026, 4), ReportingPeriod.Month(2026, 5).Previous());
        Assert.Equal(ReportingPeriod.Quarter(2025, 4), ReportingPeriod.Quarter(2026, 1).Previous());
        Assert.Equal(ReportingPeriod.Quarter(2026, 2), ReportingPeriod.Quarter(2026, 3).Previous());
        Assert.Equal(ReportingPeriod.HalfYear(2025, 2), ReportingPeriod.HalfYear(2026, 1).Previous());
        Assert.Equal(ReportingPeriod.HalfYear(2026, 1), ReportingPeriod.HalfYear(2026, 2).Previous());
    }

    [Fact]
    public void Cumulative_periods_compare_with_the_same_period_a_year_before()
    {
        Assert.Equal(ReportingPeriod.FirstQuarter(2025), ReportingPeriod.FirstQuarter(2026).Previous());
        Assert.Equal(ReportingPeriod.NineMonths(2025), ReportingPeriod.NineMonths(2026).Previous());
        Assert.Equal(ReportingPeriod.WholeYear(2025), ReportingPeriod.WholeYear(2026).Previous());
    }

    [Fact]
    public void Custom_range_compares_with_the_range_of_the_same_length_just_before()
    {
        var p = ReportingPeriod.Custom(D(2026, 3, 10), D(2026, 3, 19));
        var previous = p.Previous()!;
        Assert.Equal((D(2026, 2, 28), D(2026, 3, 9)), (previous.From, previous.To));
        Assert.Equal(p.Days, previous.Days);
    }

    [Fact]
    public void No_previous_period_before_the_first_year()
    {
        Assert.Null(ReportingPeriod.WholeYear(ReportingPeriod.MinYear).Previous());
        Assert.Null(ReportingPeriod.Month(ReportingPeriod.MinYear, 1).Previous());
        Assert.NotNull(ReportingPeriod.Month(ReportingPeriod.MinYear, 2).Previous());
    }

    [Theory]
    [InlineData(PeriodKind.Month, 2026, 3, "tháng 03/2026")]
    [InlineData(PeriodKind.Quarter, 2026, 2, "quý II năm 2026")]
    [InlineData(PeriodKind.FirstQuarter, 2026, null, "quý I năm 2026")]
    [InlineData(PeriodKind.HalfYear, 2026, 1, "6 tháng đầu năm 2026")]
    [InlineData(PeriodKind.HalfYear, 2026, 2, "6 tháng cuối năm 2026")]
    [InlineData(PeriodKind.NineMonths, 2026, null, "9 tháng đầu năm 2026")]
    [InlineData(PeriodKind.Year, 2026, null, "năm 2026")]
    public void Names_are_written_as_reports_write_them(PeriodKind kind, int year, int? number, string name)
    {
        var (period, error) = ReportingPeriod.TryCreate(kind, year, number, null, null, Today);
        Assert.Null(error);
        Assert.Equal(name, period!.Name);
    }

    [Fact]
    public void Missing_year_and_number_default_to_today()
    {
        Assert.Equal(ReportingPeriod.Month(2026, 5), ReportingPeriod.TryCreate(PeriodKind.Month, null, null, null, null, Today).Period);
        Assert.Equal(ReportingPeriod.Quarter(2026, 2), ReportingPeriod.TryCreate(PeriodKind.Quarter, null, null, null, null, Today).Period);
        Assert.Equal(ReportingPeriod.WholeYear(2026), ReportingPeriod.TryCreate(PeriodKind.Year, null, null, null, null, Today).Period);
    }

    [Theory]
    [InlineData(PeriodKind.Month, 2026, 13, "Tháng phải từ 1 đến 12.")]
    [InlineData(PeriodKind.Quarter, 2026, 5, "Quý phải từ 1 đến 4.")]
    [InlineData(PeriodKind.HalfYear, 2026, 3, "Hãy chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.")]
    [InlineData(PeriodKind.Year, 1800, null, "Năm phải từ 1945 đến 2100.")]
    public void Wrong_choices_are_refused_in_vietnamese(PeriodKind kind, int year, int? number, string message)
    {
        var (period, error) = ReportingPeriod.TryCreate(kind, year, number, null, null, Today);
        Assert.Null(period);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Custom_range_needs_both_ends_in_order_and_not_too_long()
    {
        Assert.Equal("Hãy nhập ngày bắt đầu và ngày kết thúc.", ReportingPeriod.TryCreate(PeriodKind.Custom, null, null, D(2026, 1, 1), null, Today).Error);
        Assert.Equal("Ngày kết thúc phải sau ngày bắt đầu.", ReportingPeriod.TryCreate(PeriodKind.Custom, null, null, D(2026, 2, 1), D(2026, 1, 1), Today).Error);
        Assert.Equal("Khoảng thời gian không được dài quá 20 năm.", ReportingPeriod.TryCreate(PeriodKind.Custom, null, null, D(1990, 1, 1), D(2026, 1, 1), Today).Error);
        var one = ReportingPeriod.TryCreate(PeriodKind.Custom, null, null, D(2026, 1, 1), D(2026, 1, 1), Today).Period!;
        Assert.Equal(1, one.Days);
        Assert.Equal("từ ngày 01/01/2026 đến ngày 01/01/2026", one.Name);
    }

    [Theory]
    [InlineData(2026, 4, true, PlanEntryStatus.Held)]
    [InlineData(2026, 4, false, PlanEntryStatus.Late)]
    [InlineData(2026, 5, false, PlanEntryStatus.Pending)]
    [InlineData(2025, 12, false, PlanEntryStatus.Late)]
    [InlineData(2027, 1, false, PlanEntryStatus.Pending)]
    public void A_plan_entry_is_late_once_its_month_has_passed_unheld(int year, int month, bool held, PlanEntryStatus expected) =>
        Assert.Equal(expected, PlanSchedule.StatusOf(year, month, held, Today));
}
