using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Tests.Unit.Domain;

public class ConferenceFiguresCountTests
{
    private static readonly DateOnly June30 = new(2024, 6, 30);

    [Fact]
    public void Items_are_counted_by_state_and_open_deadlines_keep_their_earliest_and_latest()
    {
        var figures = new ConferenceFigures();
        figures.CountItem(FollowUpState.New, null, null);
        figures.CountItem(FollowUpState.Assigned, June30, null);
        figures.CountItem(FollowUpState.InProgress, June30.AddDays(40), null);
        figures.CountItem(FollowUpState.Transferred, June30.AddDays(-5), null);

        Assert.Equal((1, 1, 1, 1), (figures.ItemsNew, figures.ItemsAssigned, figures.ItemsInProgress, figures.ItemsTransferred));
        Assert.Equal(3, figures.OpenWithDeadline);
        Assert.Equal(June30.AddDays(-5), figures.EarliestOpenDeadline);
        Assert.Equal(June30.AddDays(40), figures.LatestOpenDeadline);
        Assert.Equal(0, figures.DoneWithDeadline);
    }

    [Fact]
    public void Done_items_with_a_deadline_count_late_when_done_on_a_later_vietnam_day()
    {
        var figures = new ConferenceFigures();
        figures.CountItem(FollowUpState.Resolved, June30, new DateTime(2024, 6, 30, 16, 59, 0, DateTimeKind.Utc)); // 23:59 in Hà Nội
        figures.CountItem(FollowUpState.Explained, June30, new DateTime(2024, 6, 30, 17, 0, 0, DateTimeKind.Utc)); // already 1 July
        figures.CountItem(FollowUpState.Closed, null, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal((1, 1, 1), (figures.ItemsResolved, figures.ItemsExplained, figures.ItemsClosed));
        Assert.Equal((2, 1), (figures.DoneWithDeadline, figures.DoneLate));
        Assert.Equal(0, figures.OpenWithDeadline);
        Assert.Null(figures.EarliestOpenDeadline);
    }
}
