namespace DoiThoai.Web.Domain;

/// <summary>
/// A unit's place in the tree as an address writes it, from the unit up: "phường Kỳ Phương, thị xã Kỳ Anh, tỉnh Hà Tĩnh".
/// </summary>
public static class UnitPlace
{
    /// <param name="fromTheUnitUp">The unit first, then its parent, up to the top.</param>
    public static string Of(IEnumerable<(UnitKind Kind, string Name)> fromTheUnitUp) =>
        string.Join(", ", fromTheUnitUp.Select(u => $"{Lower(u.Kind.Label())} {u.Name}"));

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
