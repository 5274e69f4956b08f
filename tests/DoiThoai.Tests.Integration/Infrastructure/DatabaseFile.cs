using Microsoft.Data.Sqlite;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>Looks at a SQLite file directly, outside the portal.</summary>
public static class DatabaseFile
{
    /// <summary>
    /// Every table's row count; fails the test when the file is not sound. Opened for writing (never created), so
    /// a write-ahead log left by a killed process is recovered as the portal would on its next start.
    /// </summary>
    public static Dictionary<string, long> CountRows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=False");
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", (string?)check.ExecuteScalar());
        }
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        return tables.ToDictionary(t => t, t =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{t}\"";
            return (long)count.ExecuteScalar()!;
        });
    }
}
