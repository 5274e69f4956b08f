using Microsoft.Data.Sqlite;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Online backup of the SQLite database with SQLite's own backup API: a consistent copy taken page by page
/// while the portal keeps serving (writers wait briefly, nothing is lost), into a single file with no
/// WAL beside it. Restoring is copying that file back while the portal is stopped.
/// </summary>
public static class SqliteBackup
{
    public static async Task CreateAsync(string connectionString, string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target)) throw new IOException($"Tệp '{target}' đã có; hãy chọn tên khác để không ghi đè bản sao lưu cũ.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync();
        var temporary = target + ".part";
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            // A backup is one self-contained file: no write-ahead log beside it.
            await using var journal = destination.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteNonQueryAsync();
        }
        File.Move(temporary, target);
    }

    /// <summary>Puts a backup in place of the database file; the portal must be stopped.</summary>
    public static void Restore(string backupPath, string connectionString)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(backupPath)) throw new FileNotFoundException($"Không có tệp sao lưu '{backupPath}'.");
        SqliteConnection.ClearAllPools();
        foreach (var leftover in new[] { database + "-wal", database + "-shm" })
            if (File.Exists(leftover)) File.Delete(leftover);
        File.Copy(backupPath, database, overwrite: true);
    }
}
