using System.Linq.Expressions;

namespace DoiThoai.Web.Domain;

/// <summary>
/// Materialized paths of the unit tree ("/1/4/9/": the ids from the root down to the unit): the one place that
/// knows the format and decides what a subtree is, in memory and, through <see cref="InSubtree"/> and
/// <see cref="Near"/>, in queries.
/// </summary>
public static class UnitPath
{
    public const string Root = "/";

    /// <summary>A path no unit's path starts with: a filter on a unit that does not exist keeps nothing.</summary>
    public const string None = "-";
    private const char Separator = '/';

    public static string ChildOf(string parentPath, int id) => $"{parentPath}{id}{Separator}";

    /// <summary>True when <paramref name="unitPath"/> is the scope's unit itself or lies below it.</summary>
    public static bool IsWithin(string unitPath, string scopePath) =>
        unitPath.StartsWith(scopePath, StringComparison.Ordinal);

    /// <summary>
    /// True when the unit lies in the scope's subtree or above it: the catalogues a unit borrows (bodies, answer
    /// templates) come from its own subtree and from the units it belongs to.
    /// </summary>
    public static bool IsNear(string unitPath, string scopePath) =>
        IsWithin(unitPath, scopePath) || IsWithin(scopePath, unitPath);

    public static int Depth(string path) => Ids(path).Count;

    /// <summary>The ids on the path, from the root down to the unit itself.</summary>
    public static IReadOnlyList<int> Ids(string path) =>
        path.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    /// <summary>The path of a unit after the subtree at <paramref name="oldPrefix"/> moved to <paramref name="newPrefix"/>.</summary>
    public static string Rebase(string path, string oldPrefix, string newPrefix) =>
        IsWithin(path, oldPrefix) ? newPrefix + path[oldPrefix.Length..] : path;

    /// <summary><see cref="IsWithin"/> for the database: the units of the subtree at <paramref name="scopePath"/>.</summary>
    public static Expression<Func<AdministrativeUnit, bool>> InSubtree(string scopePath) =>
        u => u.Path.StartsWith(scopePath);

    /// <summary>The unit at <paramref name="unitPath"/> and the units above it, for the database.</summary>
    public static Expression<Func<AdministrativeUnit, bool>> AtOrAbove(string unitPath) =>
        u => unitPath.StartsWith(u.Path);

    /// <summary><see cref="IsNear"/> for the database: the subtree at <paramref name="scopePath"/> and the units above it.</summary>
    public static Expression<Func<AdministrativeUnit, bool>> Near(string scopePath) =>
        u => u.Path.StartsWith(scopePath) || scopePath.StartsWith(u.Path);
}
