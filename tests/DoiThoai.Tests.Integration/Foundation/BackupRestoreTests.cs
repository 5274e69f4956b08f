using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Infrastructure;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>A portal started on a restored copy of another portal's database.</summary>
public sealed class RestoredPortal(string databasePath) : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
    };
}

public class BackupRestoreTests(SqlitePortalFactory factory) : IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public async Task An_online_backup_restores_into_a_portal_that_finds_every_record()
    {
        // Work done through the portal just before the backup must be in it.
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var kyAnh = await factory.WithDbAsync(db => Task.FromResult(db.Units.Single(u => u.Code == "HT-KA").Id));
        var created = await district.PostFormAsync("/Topics/Create", "/Topics/Create",
            [new("Input.Name", "Sao lưu và khôi phục dữ liệu"), new("Input.UnitId", kyAnh.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var backup = Path.Combine(factory.Folder, "backups", "doithoai-backup.db");
        var connectionString = $"Data Source={factory.DatabasePath}";
        // Taken while the portal is running and a reader is busy with it.
        var reading = district.GetStringAsync("/Conferences");
        await SqliteBackup.CreateAsync(connectionString, backup);
        await reading;
        await Assert.ThrowsAsync<IOException>(() => SqliteBackup.CreateAsync(connectionString, backup));
        Assert.False(File.Exists(backup + "-wal"));

        var restoredPath = Path.Combine(factory.Folder, "restored", "portal.db");
        Directory.CreateDirectory(Path.GetDirectoryName(restoredPath)!);
        SqliteBackup.Restore(backup, $"Data Source={restoredPath}");
        Assert.Equal(DatabaseFile.CountRows(factory.DatabasePath), DatabaseFile.CountRows(restoredPath));

        await using var restored = new RestoredPortal(restoredPath);
        var client = await restored.SignedInClientAsync(Demo.DistrictStaff);
        var topics = WebUtility.HtmlDecode(await client.GetStringAsync("/Topics"));
        Assert.Contains("Sao lưu và khôi phục dữ liệu", topics);
        var conferences = WebUtility.HtmlDecode(await client.GetStringAsync("/Conferences"));
        Assert.Contains("Đối thoại giữa Đảng ủy phường", conferences);
    }
}
