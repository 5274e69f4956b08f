using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Tests.Unit.Domain;

public class MinutesOrderTests
{
    [Fact]
    public void Moving_up_swaps_the_row_with_the_one_before_it()
    {
        Assert.Equal([10, 30, 20, 40], MinutesOrder.Move([10, 20, 30, 40], 30, MoveDirection.Up));
    }

    [Fact]
    public void Moving_down_swaps_the_row_with_the_one_after_it()
    {
        Assert.Equal([20, 10, 30], MinutesOrder.Move([10, 20, 30], 10, MoveDirection.Down));
    }

    [Theory]
    [InlineData(10, MoveDirection.Up)]
    [InlineData(30, MoveDirection.Down)]
    public void A_row_at_the_edge_stays_where_it_is(int id, MoveDirection direction)
    {
        Assert.Equal([10, 20, 30], MinutesOrder.Move([10, 20, 30], id, direction));
    }

    [Fact]
    public void A_row_of_another_section_is_not_moved()
    {
        Assert.Null(MinutesOrder.Move([10, 20, 30], 99, MoveDirection.Up));
    }

    [Fact]
    public void The_numbers_are_the_places_from_one_without_gaps_whatever_the_numbers_were()
    {
        var numbers = MinutesOrder.Dense([7, 3, 12]);
        Assert.Equal([(7, 1), (3, 2), (12, 3)], numbers.Select(n => (n.Key, n.Value)).OrderBy(n => n.Item2));
    }
}
