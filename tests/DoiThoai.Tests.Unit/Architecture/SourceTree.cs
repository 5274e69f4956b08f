using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Unit.Architecture;

/// <summary>The portal's source files as they sit in the repository, for the tests that read the code itself.</summary>
public static partial class SourceTree
{
    /// <summary>The repository's root: the first folder above the test's output that holds DoiThoai.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>src/DoiThoai.Web</c>.</summary>
    public static string Web => Path.Combine(Root, "src", "DoiThoai.Web");

    /// <summary>Every file under <c>src/</c> with one of <paramref name="extensions"/>, outside build output.</summary>
    public static IEnumerable<string> Files(params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj"));

    /// <summary>A path relative to the root, with forward slashes, as the known-exception lists name files.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The text without comments (C# line, block and Razor ones), so a name in a remark is not a use.</summary>
    public static string WithoutComments(string text) =>
        // Strings are matched too, and kept, so "*/*" or "http://" inside one starts no comment.
        CommentsAndStrings().Replace(text, m => m.Value[0] is '"' or '\'' ? m.Value : " ");

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'|@\*.*?\*@|/\*.*?\*/|//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "DoiThoai.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No DoiThoai.sln above {AppContext.BaseDirectory}: the architecture tests read the sources.");
    }
}
