namespace DoiThoai.Web.Domain.Conferences;

public enum MoveDirection
{
    Up = 1,
    Down = 2,
}

/// <summary>
/// The order of a minutes section (speeches, opinions and petitions, conclusion items, participants): the rows as
/// they stand, one moved a place up or down, numbered 1, 2, 3… without gaps. The page, the print view and the Word
/// file number rows by this order, so a gap left by a removed row would show as a missing number.
/// </summary>
public static class MinutesOrder
{
    /// <summary>
    /// The ids in their new order after moving <paramref name="id"/> one place; unchanged at the edge of the section;
    /// null when the id is not in the section.
    /// </summary>
    public static IReadOnlyList<int>? Move(IReadOnlyList<int> ids, int id, MoveDirection direction)
    {
        var from = ids.ToList().IndexOf(id);
        if (from < 0) return null;
        var to = direction == MoveDirection.Up ? from - 1 : from + 1;
        var order = ids.ToList();
        if (to < 0 || to >= order.Count) return order;
        (order[from], order[to]) = (order[to], order[from]);
        return order;
    }

    /// <summary>The order number of each row: its place in the section, from 1.</summary>
    public static IReadOnlyDictionary<int, int> Dense(IReadOnlyList<int> ids) =>
        ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index + 1);
}

/// <summary>A row of a minutes section that keeps its place in the section's order.</summary>
public interface IOrderedPart
{
    int Order { get; set; }
}
