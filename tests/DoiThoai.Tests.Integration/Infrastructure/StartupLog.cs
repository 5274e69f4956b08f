using System.Runtime.CompilerServices;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>
/// One line per portal start (time, factory, milliseconds, "template" when it began from a copy of the template,
/// "own file" when it built or reused its own) and one for the template's build, in
/// <c>TestResults/fixture-startup.tsv</c> of this project, so the cost of a start can be followed on a loaded
/// machine where the whole run's time says little (docs/performance.md, "Test suite").
/// </summary>
public static class StartupLog
{
    private static readonly Lock Gate = new();

    public static string FilePath { get; } = Path.Combine(ProjectFolder(), "TestResults", "fixture-startup.tsv");

    public static void Write(string factory, TimeSpan elapsed, bool fromTemplate)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, $"{DateTime.UtcNow:O}\t{factory}\t{elapsed.TotalMilliseconds:F0}\t{(fromTemplate ? "template" : "own file")}\n");
        }
    }

    // The source folder as compiled; when the build ran elsewhere, fall back to the output folder.
    private static string ProjectFolder([CallerFilePath] string thisFile = "")
    {
        var project = Path.GetDirectoryName(Path.GetDirectoryName(thisFile));
        return project is not null && File.Exists(Path.Combine(project, "DoiThoai.Tests.Integration.csproj"))
            ? project
            : AppContext.BaseDirectory;
    }
}
