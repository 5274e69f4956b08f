using System.Text.RegularExpressions;

namespace DoiThoai.Tests.Unit.Architecture;

/// <summary>
/// Feature folders depend on each other in one direction only, so a feature can be read, moved or deleted from the
/// bottom up (issue 14, "Done means"). A folder X depends on Y when a file in <c>Features/X</c> (code or view) names
/// the namespace <c>DoiThoai.Web.Features.Y</c>, a view path <c>Features/Y/</c>, or a type declared only in
/// <c>Features/Y</c>. Read from the sources, comments left out, so views count as much as code.
/// </summary>
public partial class FeatureCycleTests
{
    [Fact]
    public void No_cycle_between_feature_folders()
    {
        var graph = FeatureGraph.Read();
        var cycles = graph.Cycles().Select(c => string.Join(" ↔ ", c) + ": " + graph.Explain(c)).ToList();
        Assert.True(cycles.Count == 0, $"Feature folders in a cycle: {string.Join("; ", cycles)}");
    }

    [Fact]
    public void The_reading_finds_dependencies_between_features()
    {
        // Guards the regular expressions: every feature reads Shared's pieces or another feature's, so an empty graph means a broken reading.
        var graph = FeatureGraph.Read();
        Assert.True(graph.Edges.Values.Sum(e => e.Count) > 10, "Fewer than ten dependencies between features: the source reading is broken.");
    }

    /// <summary>Which feature folder depends on which, with one piece of evidence per dependency.</summary>
    private sealed partial class FeatureGraph(Dictionary<string, Dictionary<string, string>> edges)
    {
        public Dictionary<string, Dictionary<string, string>> Edges { get; } = edges;

        public static FeatureGraph Read()
        {
            var featuresRoot = Path.Combine(SourceTree.Web, "Features");
            var features = Directory.GetDirectories(featuresRoot).Select(Path.GetFileName).OfType<string>().ToList();
            var files = features.ToDictionary(f => f, f => Directory.EnumerateFiles(Path.Combine(featuresRoot, f), "*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cshtml", StringComparison.Ordinal))
                .Select(p => (Path: SourceTree.Relative(p), Text: SourceTree.WithoutComments(File.ReadAllText(p))))
                .ToList());

            // A type name counts only when one feature declares it and nothing outside the features does.
            var declaredBy = features.SelectMany(f => files[f].Where(x => x.Path.EndsWith(".cs", StringComparison.Ordinal))
                    .SelectMany(x => Declaration().Matches(x.Text).Select(m => (Type: m.Groups[1].Value, Feature: f))))
                .Distinct()
                .ToList();
            var declaredOutside = SourceTree.Files(".cs")
                .Where(p => !SourceTree.Relative(p).Contains("/Features/", StringComparison.Ordinal))
                .SelectMany(p => Declaration().Matches(SourceTree.WithoutComments(File.ReadAllText(p))).Select(m => m.Groups[1].Value))
                .ToHashSet();
            var owner = declaredBy.GroupBy(d => d.Type)
                .Where(g => g.Count() == 1 && !declaredOutside.Contains(g.Key))
                .ToDictionary(g => g.Key, g => g.Single().Feature);

            var edges = features.ToDictionary(f => f, _ => new Dictionary<string, string>());
            foreach (var from in features)
            foreach (var (path, text) in files[from])
            {
                foreach (var to in features.Where(to => to != from))
                {
                    if (edges[from].ContainsKey(to)) continue;
                    if (Regex.IsMatch(text, $@"\bFeatures[./]{to}\b"))
                        edges[from][to] = $"{path} names Features.{to}";
                }
                foreach (Match word in Identifier().Matches(text))
                {
                    if (owner.TryGetValue(word.Value, out var to) && to != from && !edges[from].ContainsKey(to))
                        edges[from][to] = $"{path} uses {word.Value}";
                }
            }
            return new FeatureGraph(edges);
        }

        public FeatureGraph Without(IEnumerable<(string From, string To)> removed)
        {
            var copy = Edges.ToDictionary(e => e.Key, e => new Dictionary<string, string>(e.Value));
            foreach (var (from, to) in removed)
                if (copy.TryGetValue(from, out var targets)) targets.Remove(to);
            return new FeatureGraph(copy);
        }

        /// <summary>The strongly connected groups of two or more folders (Tarjan), each sorted by name.</summary>
        public List<List<string>> Cycles()
        {
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var result = new List<List<string>>();
            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                foreach (var next in Edges[node].Keys)
                {
                    if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                    else if (stack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
                }
                if (low[node] != index[node]) return;
                var group = new List<string>();
                string member;
                do { member = stack.Pop(); group.Add(member); } while (member != node);
                if (group.Count > 1) result.Add([.. group.Order(StringComparer.Ordinal)]);
            }
            foreach (var node in Edges.Keys.Order(StringComparer.Ordinal))
                if (!index.ContainsKey(node)) Visit(node);
            return result;
        }

        /// <summary>The evidence for each dependency inside a group.</summary>
        public string Explain(IReadOnlyCollection<string> group) => string.Join(", ", group
            .SelectMany(from => Edges[from].Where(e => group.Contains(e.Key)).Select(e => $"{from} → {e.Key} ({e.Value})")));

        // A private or protected nested type is no one else's to use; leaving it out keeps a same-named property from counting.
        [GeneratedRegex(@"(?<!\b(?:private|protected)\s+(?:(?:sealed|static|abstract|partial|readonly|ref|record)\s+)*)\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
        private static partial Regex Declaration();

        [GeneratedRegex(@"\b[A-Z]\w*\b")]
        private static partial Regex Identifier();
    }
}
