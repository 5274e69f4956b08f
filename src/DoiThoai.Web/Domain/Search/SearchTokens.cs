namespace DoiThoai.Web.Domain.Search;

/// <summary>
/// The tokens of <see cref="SearchEntry.Tags"/>. A record carries the id of every unit on its unit's path (and on
/// its responsible body's, for a follow-up item), so "u" + the user's unit id matches exactly the records of the
/// user's subtree (<see cref="UnitPath.IsWithin"/>): the scope is decided by the index's own match.
/// </summary>
public static class SearchTokens
{
    public static string Unit(int unitId) => $"u{unitId}";
    public static string Kind(SearchKind kind) => $"k{(int)kind}";
    public static string Year(int year) => $"y{year}";

    /// <summary>
    /// Carried by the records that lead to an answer the public may read (an answer's own entry, its petition's or its
    /// conclusion item's): the public page looks for words among them alone, not among every record of the district.
    /// </summary>
    public const string PublicAnswer = "pub";

    public static string Of(SearchKind kind, DateOnly heldOn, params string?[] unitPaths) =>
        string.Join(' ', unitPaths.Where(p => p is not null).SelectMany(p => UnitPath.Ids(p!)).Distinct().Select(Unit)
            .Append(Kind(kind)).Append(Year(heldOn.Year)));
}
