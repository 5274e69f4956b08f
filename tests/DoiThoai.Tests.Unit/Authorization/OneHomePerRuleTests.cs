using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Unit.Authorization;

/// <summary>
/// Reads the sources: role checks live in Authorization (views receive what the user may do), and only
/// Domain/UnitPath reads the unit path format, so neither rule gets copied back into a page or a query.
/// </summary>
public partial class OneHomePerRuleTests
{
    [Fact]
    public void No_view_names_a_role()
    {
        var offenders = Sources("*.cshtml").Where(f => RoleInView().IsMatch(f.Text)).Select(f => f.Name).ToList();
        Assert.True(offenders.Count == 0, "These views name a role; give the page what the user may do instead: " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_attribute_or_service_spells_a_role_check_outside_Authorization()
    {
        var offenders = Sources("*.cs")
            .Where(f => !f.Name.StartsWith("Authorization/") && RoleCheck().IsMatch(f.Text))
            .Select(f => f.Name).ToList();
        Assert.True(offenders.Count == 0, "Ask AccessPolicy or a named policy instead of checking roles in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Only_UnitPath_reads_the_unit_path_format()
    {
        var offenders = Sources("*.cs")
            .Where(f => f.Name != "Domain/UnitPath.cs" && !f.Name.StartsWith("Data/Migrations"))
            // Zip part names in a workbook are paths too, not unit paths.
            .Where(f => f.Name != "Infrastructure/Excel/XlsxReading.cs")
            .Where(f => InlineUnitPath().IsMatch(f.Text))
            .Select(f => f.Name).ToList();
        Assert.True(offenders.Count == 0, "Use UnitPath or ScopeQueries instead of reading the path in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scan_finds_what_it_looks_for()
    {
        Assert.Contains(Sources("*.cshtml"), f => f.Name == "Features/Staff/Index.cshtml");
        Assert.Contains(Sources("*.cs"), f => f.Name == "Domain/UnitPath.cs");
        Assert.Matches(RoleInView(), "@if (User.IsInRole(\"Editor\"))");
        Assert.Matches(RoleInView(), "@if (Model.Scope.IsAdministrator)");
        Assert.Matches(RoleCheck(), "[Authorize(Roles = \"Administrator\")]");
        Assert.Matches(RoleCheck(), "if (scope.Roles.Contains(Roles.FrontStaff))");
        Assert.Matches(InlineUnitPath(), "query.Where(p => p.Unit!.Path.StartsWith(scope.Path))");
        Assert.Matches(InlineUnitPath(), "unitPath.StartsWith(t.Unit!.Path)");
        Assert.Matches(InlineUnitPath(), "path.Split('/', StringSplitOptions.RemoveEmptyEntries)");
        Assert.DoesNotMatch(InlineUnitPath(), "query.InSubtree(path)");
    }

    [GeneratedRegex(@"\bIsInRole\b|\bIsAdministrator\b|\bRoles\.\w|""(Administrator|DistrictStaff|WardStaff|FrontStaff|Leader|Editor)""")]
    private static partial Regex RoleInView();

    [GeneratedRegex(@"Authorize\s*\(\s*Roles\s*=|\bIsInRole\s*\(|\.Roles\.(Contains|Overlaps)\s*\(\s*Roles\.")]
    private static partial Regex RoleCheck();

    [GeneratedRegex(@"Path\.(StartsWith|Split|EndsWith)\(|StartsWith\([^()]*\.Path\b|Split\('/'")]
    private static partial Regex InlineUnitPath();

    private static IEnumerable<(string Name, string Text)> Sources(string pattern)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "DoiThoai.Web");
        return Directory.GetFiles(web, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(web, f).Replace('\\', '/'), File.ReadAllText(f)));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var folder = Path.GetDirectoryName(thisFile); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "DoiThoai.sln"))) return folder;
        throw new InvalidOperationException($"No DoiThoai.sln above {thisFile}.");
    }
}
