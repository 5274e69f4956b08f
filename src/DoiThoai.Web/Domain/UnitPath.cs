namespace DoiThoai.Web.Domain;

/// <summary>Materialized paths of the unit tree ("/1/4/9/"): the one place that decides what a subtree is.</summary>
public static class UnitPath
{
    public const string Root = "/";

    public static string ChildOf(string parentPath, int id) => $"{parentPath}{id}/";

    /// <summary>True when <paramref name="unitPath"/> is the scope's unit itself or lies below it.</summary>
    public static bool IsWithin(string unitPath, string scopePath) =>
        unitPath.StartsWith(scopePath, StringComparison.Ordinal);

    public static int Depth(string path) => path.Count(c => c == '/') - 1;
}
