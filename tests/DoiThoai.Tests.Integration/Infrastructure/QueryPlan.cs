using System.Data.Common;
using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>SQLite's plan of a query EF wrote, one line per step ("SEARCH f USING INDEX …"), for tests that a list stays indexed.</summary>
public static class QueryPlan
{
    /// <summary>
    /// Runs EXPLAIN QUERY PLAN on the text of <c>ToQueryString()</c>: its ".param set @name value" lines become the
    /// command's parameters, the rest is the statement.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(AppDbContext db, string queryString)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var lines = queryString.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = ValueOf(parts[1]);
            command.Parameters.Add(parameter);
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }

    private static object ValueOf(string literal) =>
        literal.StartsWith('\'') ? literal[1..^1].Replace("''", "'")
        : long.TryParse(literal, out var number) ? number
        : literal == "NULL" ? DBNull.Value
        : literal;
}
