using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>The lists' heavy queries are answered from an index, not by reading every row of a big table (issue 17).</summary>
public class ListQueryPlanTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>SQLite's plan of the query EF sends, its parameters left unbound (the plan does not depend on them).</summary>
    private static async Task<string> PlanAsync(AppDbContext db, IQueryable query)
    {
        var sql = string.Join("\n", query.ToQueryString().Split('\n').Where(l => !l.StartsWith("--") && !l.StartsWith(".param")));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task The_minutes_drafts_count_reads_the_covering_index_not_the_conferences()
    {
        var plan = await factory.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Path).SingleAsync();
            var query = db.Conferences.InSubtree(path).Where(c => c.MinutesState == MinutesState.Draft).Select(c => c.Id);
            return await PlanAsync(db, query);
        });
        Assert.Contains("COVERING INDEX IX_Conferences_UnitId_MinutesState_IsDeleted_HeldOn", plan);
        Assert.DoesNotContain("SCAN c\n", plan + "\n");
    }

    [Fact]
    public async Task A_topics_petitions_are_counted_from_the_index_alone()
    {
        var plan = await factory.WithDbAsync(db =>
        {
            int[] ids = [1, 2, 3];
            return PlanAsync(db, db.Petitions.Where(p => p.TopicId != null && ids.Contains(p.TopicId.Value))
                .GroupBy(p => p.TopicId).Select(g => new { g.Key, Count = g.Count() }));
        });
        Assert.Contains("COVERING INDEX IX_Petitions_TopicId_IsDeleted", plan);
    }

    [Fact]
    public async Task A_long_dashboard_reads_a_units_months_in_one_range_of_the_key()
    {
        var plan = await factory.WithDbAsync(db =>
        {
            int[] ids = [1, 2];
            var (from, to) = (new DateOnly(2016, 1, 1), new DateOnly(2026, 1, 1));
            return PlanAsync(db, db.UnitMonthFigures.Where(m => ids.Contains(m.UnitId) && m.Month >= from && m.Month < to)
                .GroupBy(m => m.UnitId).Select(g => new { g.Key, Sum = g.Sum(m => m.Opinions) }));
        });
        Assert.Contains("USING INDEX sqlite_autoindex_UnitMonthFigures_1 (UnitId=? AND Month>? AND Month<?)", plan);
    }
}
