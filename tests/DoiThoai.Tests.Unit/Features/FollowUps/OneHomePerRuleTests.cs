using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Unit.Features.FollowUps;

/// <summary>
/// An item's content and its answered states have one home in <c>Domain/FollowUp</c>. A copy written elsewhere drifts
/// (three lists once read the whole petition where a split item has its own text), so the sources are read for copies.
/// </summary>
public class OneHomePerRuleTests
{
    /// <summary>Each pattern, what it means, and a copy it must catch (so a pattern that matches nothing fails too).</summary>
    public static TheoryData<string, string, string> Copies => new()
    {
        // The content expression: FollowUpItem.ContentOf(f) is the one way to read it.
        { @"ContentText\s*\?\?", "an item's content written inline; call FollowUpItem.ContentOf",
            "var text = f.ContentText ?? f.Petition!.Content;" },
        { @"Petition\s*!?\s*\.\s*Content\s*:\s*[\w!.()]*ConclusionItem", "an item's content without its own wording; call FollowUpItem.ContentOf",
            "n.FollowUpItem!.Petition != null ? n.FollowUpItem.Petition.Content : n.FollowUpItem.ConclusionItem!.Content" },
        // The answered states: FollowUpStateMachine.IsAnswered / AnsweredStates / OpenStates.
        { @"FollowUpState\.Resolved\s*(\|\||&&|or\b|,)\s*[^;\n]{0,40}FollowUpState\.Explained", "the answered states listed again; ask FollowUpStateMachine",
            "f.State == FollowUpState.Resolved || f.State == FollowUpState.Explained || f.State == FollowUpState.Closed" },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void No_copy_of_a_follow_up_rule_outside_the_domain(string pattern, string what, string example)
    {
        Assert.Matches(pattern, example);
        var web = Path.Combine(RepositoryRoot(), "src", "DoiThoai.Web");
        var domain = Path.Combine(web, "Domain") + Path.DirectorySeparatorChar;
        var copies = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .Where(f => !f.StartsWith(domain) && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), pattern))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();
        Assert.True(copies.Count == 0, $"{what}: {string.Join(", ", copies)}");
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var folder = Path.GetDirectoryName(thisFile); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "DoiThoai.sln"))) return folder;
        throw new InvalidOperationException($"No DoiThoai.sln above {thisFile}.");
    }
}
