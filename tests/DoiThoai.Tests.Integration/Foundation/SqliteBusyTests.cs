using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>The portal waiting only a moment for a busy database, so the "still busy" path can be reached.</summary>
public sealed class ImpatientPortal : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SqliteBusyTimeoutMs"] = "200" };
}

/// <summary>A write while another writer holds SQLite: it waits and is saved, or it fails whole and says so.</summary>
public class SqliteBusyTests(SqlitePortalFactory factory, ImpatientPortal impatient) : IClassFixture<SqlitePortalFactory>, IClassFixture<ImpatientPortal>
{
    /// <summary>Holds SQLite's write lock from another connection until disposed, as a long import elsewhere would.</summary>
    private sealed class WriteLock : IDisposable
    {
        private readonly SqliteConnection _connection;

        public WriteLock(string databasePath)
        {
            _connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
            _connection.Open();
            using var begin = _connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        public void Dispose()
        {
            using (var commit = _connection.CreateCommand())
            {
                commit.CommandText = "COMMIT;";
                commit.ExecuteNonQuery();
            }
            _connection.Dispose();
        }
    }

    private static async Task<HttpResponseMessage> CreateTopicAsync(HttpClient client, int unitId, string name)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Topics/Create");
        return await client.PostAsync("/Topics/Create", new FormUrlEncodedContent(
            [new("Input.Name", name), new("Input.UnitId", unitId.ToString()), new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task A_write_waits_for_the_other_writer_and_is_saved()
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var kyAnh = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync());
        var token = await district.GetAntiforgeryTokenAsync("/Topics/Create");

        Task<HttpResponseMessage> posting;
        using (new WriteLock(factory.DatabasePath))
        {
            posting = district.PostAsync("/Topics/Create", new FormUrlEncodedContent(
                [new("Input.Name", "Ghi khi cơ sở dữ liệu bận"), new("Input.UnitId", kyAnh.ToString()), new("__RequestVerificationToken", token)]));
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            Assert.False(posting.IsCompleted, "The write should be waiting for the lock.");
        }
        Assert.Equal(HttpStatusCode.Redirect, (await posting).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Topics.CountAsync(t => t.Name == "Ghi khi cơ sở dữ liệu bận")));
    }

    [Fact]
    public async Task A_write_still_blocked_fails_whole_with_a_vietnamese_message_and_can_be_sent_again()
    {
        var district = await impatient.SignedInClientAsync(Demo.DistrictStaff);
        var kyAnh = await impatient.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync());
        var auditBefore = await impatient.WithDbAsync(db => db.AuditEntries.CountAsync());
        var token = await district.GetAntiforgeryTokenAsync("/Topics/Create");

        HttpResponseMessage refused;
        using (new WriteLock(impatient.DatabasePath))
        {
            refused = await district.PostAsync("/Topics/Create", new FormUrlEncodedContent(
                [new("Input.Name", "Ghi lúc bận quá lâu"), new("Input.UnitId", kyAnh.ToString()), new("__RequestVerificationToken", token)]));
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Hệ thống đang bận", page);
        Assert.Contains("chưa được lưu", page);
        Assert.DoesNotContain("SqliteException", page);

        // Nothing half-written: neither the topic nor its audit entry.
        Assert.Equal(0, await impatient.WithDbAsync(db => db.Topics.CountAsync(t => t.Name == "Ghi lúc bận quá lâu")));
        Assert.Equal(auditBefore, await impatient.WithDbAsync(db => db.AuditEntries.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await CreateTopicAsync(district, kyAnh, "Ghi lúc bận quá lâu")).StatusCode);
        Assert.Equal(1, await impatient.WithDbAsync(db => db.Topics.CountAsync(t => t.Name == "Ghi lúc bận quá lâu")));
    }
}
