using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DoiThoai.Tests.Integration.Scaling;

/// <summary>
/// What SQL Server refuses when the migrations are applied and SQLite accepts, checked on the SQL Server model
/// without a server: CI runs on SQLite only.
/// </summary>
public class SqlServerModelTests
{
    private static IModel Model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        return db.GetService<IDesignTimeModel>().Model;
    }

    [Fact]
    public void No_key_or_index_is_on_a_max_length_column()
    {
        // SQL Server cannot index nvarchar(max) or varbinary(max) (error 1919).
        var model = Model();
        var bad = model.GetEntityTypes()
            .SelectMany(t => t.GetIndexes().Select(i => (t, i.Properties)).Concat(t.GetKeys().Select(k => (t, k.Properties))))
            .SelectMany(x => x.Properties.Select(p => (Table: x.t.GetTableName(), Column: p.GetColumnName(), Type: p.GetColumnType())))
            .Where(c => c.Type.Contains("(max)", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Select(c => $"{c.Table}.{c.Column} {c.Type}")
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths_or_a_cascade_cycle()
    {
        // SQL Server refuses a foreign key that makes two cascading paths or a cycle (error 1785); SQLite does not care.
        var model = Model();
        var edges = model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetRootType().GetTableName()!, To: fk.DeclaringEntityType.GetRootType().GetTableName()!))
            .ToList();
        Assert.NotEmpty(edges);

        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string table, HashSet<string> onPath)
            {
                foreach (var edge in edges.Where(e => e.From == table))
                {
                    if (!onPath.Add(edge.To))
                    {
                        problems.Add($"cycle through {edge.To}");
                        continue;
                    }
                    paths[edge.To] = paths.GetValueOrDefault(edge.To) + 1;
                    Walk(edge.To, onPath);
                    onPath.Remove(edge.To);
                }
            }
            Walk(start, [start]);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{start} → {p.Key}: {p.Value} cascade paths"));
        }
        Assert.Empty(problems.Distinct());
    }
}
