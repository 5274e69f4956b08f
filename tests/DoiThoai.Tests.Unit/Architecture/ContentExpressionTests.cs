using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Unit.Architecture;

/// <summary>
/// An item's content has one expression, <c>FollowUpItem.ContentOf</c> in the domain (docs/architecture.md):
/// a copy elsewhere drifts, as the notices' and the public answers' copies did when they dropped a split item's text.
/// </summary>
public partial class ContentExpressionTests
{
    [Fact]
    public void No_file_outside_the_domain_writes_its_own_content_fallback()
    {
        var copies = SourceTree.Files(".cs", ".cshtml")
            .Where(f => !SourceTree.Relative(f).StartsWith("src/DoiThoai.Web/Domain/", StringComparison.Ordinal))
            .Where(f => ContentFallback().IsMatch(SourceTree.WithoutComments(File.ReadAllText(f))))
            .Select(SourceTree.Relative)
            .ToList();
        Assert.True(copies.Count == 0, $"Call FollowUpItem.ContentOf instead of `ContentText ??` in: {string.Join(", ", copies)}");
    }

    [Fact]
    public void The_domain_holds_the_one_expression()
    {
        var domain = SourceTree.Files(".cs").Where(f => SourceTree.Relative(f).StartsWith("src/DoiThoai.Web/Domain/", StringComparison.Ordinal));
        Assert.Contains(domain, f => ContentFallback().IsMatch(File.ReadAllText(f)));
    }

    [GeneratedRegex(@"ContentText\s*\?\?")]
    private static partial Regex ContentFallback();
}
