using System.Net;
using System.Net.Http.Headers;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Faults;

/// <summary>Rows of every table an import writes to, across all conferences (soft-deleted ones too).</summary>
public sealed record ImportFootprint(int Speeches, int Petitions, int Items, int FollowUps, int Events, int Topics, int People, int Amendments, int Audit)
{
    public static async Task<ImportFootprint> ReadAsync(AppDbContext db) => new(
        await db.Speeches.IgnoreQueryFilters().CountAsync(),
        await db.Petitions.IgnoreQueryFilters().CountAsync(),
        await db.ConclusionItems.IgnoreQueryFilters().CountAsync(),
        await db.FollowUps.IgnoreQueryFilters().CountAsync(),
        await db.FollowUpEvents.IgnoreQueryFilters().CountAsync(),
        await db.Topics.IgnoreQueryFilters().CountAsync(),
        await db.People.IgnoreQueryFilters().CountAsync(),
        await db.Amendments.CountAsync(),
        await db.AuditEntries.CountAsync());
}

/// <summary>An Excel import of minutes that fails or is killed half-way leaves no row of it behind.</summary>
public class InterruptedImportTests(FaultPortal portal) : IClassFixture<FaultPortal>
{
    public const string ImportPath = "/Minutes/Import";

    public static async Task<int> NewConferenceAsync(PortalFactory portal, string title) => await portal.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        var conference = new Conference { Title = title, UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = new DateOnly(2026, 3, 2) };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    });

    /// <summary>Three speeches, three petitions (one with a new topic) and two conclusion items: dozens of writes.</summary>
    public static byte[] Workbook() => Xlsx.Write(
    [
        new SheetData(MinutesImport.SpeechSheet, ["Loại phát biểu", "Người phát biểu", "Chức vụ", "Thay mặt tổ chức", "Tóm tắt nội dung"],
        [
            ["Báo cáo", "Lê Văn Chương", "Bí thư Đảng ủy", "", "Báo cáo kết quả quý I"],
            ["Tham luận", "", "", "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", "Ý kiến của Mặt trận"],
            ["Tham luận", "Trần Thị Hoa", "Chủ tịch Hội Phụ nữ", "", "Ý kiến về nước sạch"],
        ]),
        new SheetData(MinutesImport.PetitionSheet, ["Loại", "Nội dung", "Lĩnh vực", "Người nêu", "Tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị", "Người trả lời"],
        [
            ["Kiến nghị", "Đề nghị sửa nhà văn hóa tổ dân phố số 2", "Thiết chế văn hóa cơ sở", "", "Hội Nông dân phường Kỳ Phương", "Ủy ban nhân dân phường Kỳ Phương", "", ""],
            ["Chất vấn", "Vì sao chậm chi phụ cấp?", "Chế độ phụ cấp khi nhập dở", "Nguyễn Văn A", "", "", "Sẽ chi trong tháng 4", "Lê Văn Chương"],
            ["Kiến nghị", "Đề nghị lắp đèn đường tổ dân phố số 5", "", "Phạm Văn B", "", "Ủy ban nhân dân phường Kỳ Phương", "", ""],
        ]),
        new SheetData(MinutesImport.ItemSheet, ["Nội dung kết luận", "Cơ quan chủ trì thực hiện", "Thời hạn (dd/MM/yyyy)"],
        [
            ["Sửa nhà văn hóa tổ dân phố số 2", "Ủy ban nhân dân phường Kỳ Phương", "30/06/2026"],
            ["Lắp đèn đường tổ dân phố số 5", "Ủy ban nhân dân phường Kỳ Phương", "31/07/2026"],
        ]),
    ]);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string token, CancellationToken cancellationToken = default)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Workbook());
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx.ContentType);
        content.Add(file, "file", "bien-ban.xlsx");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"{ImportPath}/{id}", content, cancellationToken);
    }

    [Theory]
    [InlineData(0)]   // the first insert
    [InlineData(3)]   // inside the second speech
    [InlineData(11)]  // among the petitions
    [InlineData(20)]  // among the conclusion items
    public async Task A_crash_in_the_middle_of_an_import_answers_the_error_page_and_leaves_no_row(int writesBeforeTheCrash)
    {
        var id = await NewConferenceAsync(portal, $"Hội nghị nhập dở {writesBeforeTheCrash}");
        var client = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        var token = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
        var before = await portal.WithDbAsync(ImportFootprint.ReadAsync);
        var crashesBefore = portal.Crash.Crashes;

        portal.Crash.CrashAfter(ImportPath, writesBeforeTheCrash);
        var response = await UploadAsync(client, id, token);
        portal.Crash.Disarm();

        Assert.Equal(crashesBefore + 1, portal.Crash.Crashes);
        Assert.Equal(writesBeforeTheCrash + 1, portal.Crash.WritesSeen);
        // A whole error page, in Vietnamese, with nothing of the exception in it.
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.Contains("</html>", html);
        Assert.DoesNotContain("Simulated", html);
        Assert.DoesNotContain("Exception", html);

        Assert.Equal(before, await portal.WithDbAsync(ImportFootprint.ReadAsync));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Speeches.IgnoreQueryFilters().CountAsync(s => s.ConferenceId == id)));

        // The same file, sent again with nothing failing, imports whole: the crash alone stopped it.
        var again = await UploadAsync(client, id, await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var imported = await portal.WithDbAsync(async db => (
            await db.Speeches.CountAsync(s => s.ConferenceId == id),
            await db.Petitions.CountAsync(p => p.ConferenceId == id),
            await db.ConclusionItems.CountAsync(i => i.ConferenceId == id)));
        Assert.Equal((3, 3, 2), imported);
    }

    [Fact]
    public async Task The_whole_import_makes_more_writes_than_the_crash_points_above()
    {
        // Guards the theory: its last crash point must fall inside the import, not after it.
        var id = await NewConferenceAsync(portal, "Hội nghị đếm số lần ghi");
        var client = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        var token = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
        portal.Crash.CrashAfter(ImportPath, int.MaxValue);
        var response = await UploadAsync(client, id, token);
        var writes = portal.Crash.WritesSeen;
        portal.Crash.Disarm();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(writes > 21, $"the import made {writes} writes");
    }
}

/// <summary>
/// The process killed while an import is half saved: the database file is copied as it stands at that moment (what
/// a crash leaves on disk) and opened as SQLite would open it after the crash; then the portal is torn down mid-save.
/// </summary>
public sealed class KilledImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "killed-" + Guid.NewGuid().ToString("N"));

    private sealed class OwnFilePortal(string databaseFile) : FaultPortal
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={databaseFile}" };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Waits for the write lock, so any writer still busy has committed or rolled back, then lets go.</summary>
    private static void WaitForWriters(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=60");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_process_killed_mid_import_leaves_a_database_without_a_row_of_it()
    {
        var token = TestContext.Current.CancellationToken;
        var databaseFile = Path.Combine(_folder, "portal.db");
        var portal = new OwnFilePortal(databaseFile);
        var id = await InterruptedImportTests.NewConferenceAsync(portal, "Hội nghị nhập khi máy chủ tắt đột ngột");
        var client = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        var antiforgery = await client.GetAntiforgeryTokenAsync($"/Minutes/Edit/{id}");
        WaitForWriters(databaseFile);
        var before = DatabaseFile.CountRows(databaseFile);

        // Nine writes of the import are done (speeches, their audit entries); the tenth is frozen.
        var release = new TaskCompletionSource();
        var held = portal.Crash.HoldAfter(InterruptedImportTests.ImportPath, 9, release.Task);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(token);
        var posting = InterruptedImportTests.UploadAsync(client, id, antiforgery, abandon.Token);
        Assert.Same(held, await Task.WhenAny(held, posting));

        // What a kill leaves on disk right now: the database file and its write-ahead log, no shared memory.
        var snapshot = Path.Combine(_folder, "killed", "portal.db");
        Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
        File.Copy(databaseFile, snapshot);
        if (File.Exists(databaseFile + "-wal")) File.Copy(databaseFile + "-wal", snapshot + "-wal");
        Assert.Equal(before, DatabaseFile.CountRows(snapshot));

        // Then the portal goes down abruptly: the client gives up and the host is disposed with the save still frozen.
        await abandon.CancelAsync();
        await portal.DisposeAsync();
        release.SetResult();
        // Whatever the torn-down host made of the request, it was not a success.
        HttpStatusCode? answered = null;
        try { answered = (await posting).StatusCode; } catch (Exception) { /* torn down with the host: no answer */ }
        Assert.NotEqual(HttpStatusCode.Redirect, answered);

        WaitForWriters(databaseFile);
        Assert.Equal(before, DatabaseFile.CountRows(databaseFile));
        Assert.Equal(10, portal.Crash.WritesSeen);
    }
}
