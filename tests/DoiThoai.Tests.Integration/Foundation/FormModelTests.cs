using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>
/// A view whose model is a value tuple loses the element names at run time: <c>asp-for="Input.Password"</c>
/// renders <c>name="Item2.Password"</c>, which no action binds, and the form silently does nothing.
/// </summary>
public class FormModelTests
{
    [Fact]
    public void No_view_that_renders_form_fields_has_a_tuple_model()
    {
        var views = Path.Combine(RepositoryRoot(), "src", "DoiThoai.Web");
        var offenders = Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path =>
            {
                var text = File.ReadAllText(path);
                return Regex.IsMatch(text, @"^@model\s*\(", RegexOptions.Multiline)
                       && Regex.IsMatch(text, @"<(input|select|textarea)\b|asp-for=", RegexOptions.IgnoreCase);
            })
            .Select(path => Path.GetRelativePath(views, path))
            .ToList();
        Assert.True(offenders.Count == 0, "Views with a tuple model and form fields: " + string.Join(", ", offenders));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var folder = Path.GetDirectoryName(thisFile); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "DoiThoai.sln"))) return folder;
        throw new InvalidOperationException($"No DoiThoai.sln above {thisFile}.");
    }
}
