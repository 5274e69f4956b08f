using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>Lists show a period briefing reported without its day by the period it reviews, never by the period's last day.</summary>
public class ConferenceWhenTests
{
    [Fact]
    public void A_conference_with_its_day_shows_the_day()
    {
        var when = new ConferenceWhen(new DateOnly(2022, 6, 28));
        Assert.Equal(("28/06/2022", "ngày 28/06/2022"), (when.Text, when.Phrase));
        Assert.Equal("28/06/2022", $"{when}");
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, "2023-03-31", "Quý I năm 2023", "quý I năm 2023")]
    [InlineData(PeriodKind.HalfYear, 1, "2023-06-30", "6 tháng đầu năm 2023", "6 tháng đầu năm 2023")]
    [InlineData(PeriodKind.Month, 3, "2023-03-31", "Tháng 03/2023", "tháng 03/2023")]
    [InlineData(PeriodKind.Year, null, "2023-12-31", "Năm 2023", "năm 2023")]
    public void A_period_briefing_without_its_day_shows_its_period(PeriodKind kind, int? number, string end, string text, string phrase)
    {
        var when = new ConferenceWhen(DateOnly.Parse(end), HeldOnUnknown: true, kind, 2023, number);
        Assert.Equal((text, phrase), (when.Text, when.Phrase));
        Assert.DoesNotContain(end[..4], when.Text.Replace("2023", ""));
    }

    [Fact]
    public void A_known_day_wins_over_the_period_it_reviews_and_a_missing_period_says_the_day_is_unknown()
    {
        Assert.Equal("15/04/2023", new ConferenceWhen(new DateOnly(2023, 4, 15), false, PeriodKind.Quarter, 2023, 1).Text);
        Assert.Equal("Chưa rõ ngày", new ConferenceWhen(new DateOnly(2023, 3, 31), HeldOnUnknown: true).Text);
    }

    [Fact]
    public void The_conference_reads_its_period_through_the_same_rule()
    {
        var conference = new Conference { HeldOn = new DateOnly(2023, 3, 31), HeldOnUnknown = true, ReviewedPeriodKind = PeriodKind.Quarter, ReviewedPeriodYear = 2023, ReviewedPeriodNumber = 1 };
        Assert.Equal("quý I năm 2023", conference.ReviewedPeriod!.Name);
        Assert.Equal("Quý I năm 2023", ConferenceWhen.Of(conference).Text);
    }
}
