using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Notices;

/// <summary>
/// The notice list and the bell over years of notices (issue 17): the bell counts to 99 and then says "99+", the list
/// counts exactly to 10,000 and opens 50 pages, newest first or oldest first, for a wide scope (the province) and a
/// narrow one (a ward) alike.
/// </summary>
public sealed class NoticeListTests : IDisposable
{
    private static readonly DateOnly Today = new(2024, 1, 15);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "notice-list-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Adds <paramref name="count"/> overdue notices on one item, deadlines one day apart from 01/01/2000 and each raised
    /// the day after its deadline, so that a row's deadline tells where it must stand in the list.
    /// </summary>
    private static Task<int> AddNoticesAsync(PortalFactory portal, int itemId, int count) => portal.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {count})
        INSERT INTO FollowUpNotices (FollowUpItemId, Kind, Deadline, CreatedAtUtc, EmailRecipients, EmailedAtUtc)
        SELECT {itemId}, {(int)NoticeKind.Overdue}, date('2000-01-01', '+' || i || ' days'), date('2000-01-02', '+' || i || ' days') || ' 01:00:00', 0,
               date('2000-01-02', '+' || i || ' days') || ' 01:00:00'
        FROM n
        """));

    private static Task<List<int>> KyPhuongUnitsAsync(AppDbContext db) => db.Units.IgnoreQueryFilters()
        .Where(u => u.Path.StartsWith(db.Units.Where(w => w.Code == "HT-KA-KPH").Select(w => w.Path).First())).Select(u => u.Id).ToListAsync();

    private static Task<int> KyPhuongItemAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var units = await KyPhuongUnitsAsync(db);
        return await db.FollowUps.Where(f => units.Contains(f.UnitId)).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
    });

    /// <summary>The notices in a ward's scope, counted straight from the records: its items by their unit or the unit answering.</summary>
    private static Task<int> NoticesOfKyPhuongAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var units = await KyPhuongUnitsAsync(db);
        return await db.FollowUpNotices.CountAsync(n => units.Contains(n.FollowUpItem!.UnitId)
            || (n.FollowUpItem.ResponsibleUnitId != null && units.Contains(n.FollowUpItem.ResponsibleUnitId.Value)));
    });

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    private static string CountLine(string html) =>
        Regex.Match(Decoded(html), "data-testid=\"notice-count\">([^<]*)<").Groups[1].Value;

    /// <summary>The deadlines of the page's rows, top to bottom, as shown (dd/MM/yyyy).</summary>
    private static List<string> Deadlines(string html) =>
        Regex.Matches(Decoded(html), "<tr [^>]*data-testid=\"notice\">.*?</tr>", RegexOptions.Singleline)
            .Select(row => Regex.Matches(row.Value, @"\d\d/\d\d/\d\d\d\d").Last().Value).ToList();

    private static string Day(int offset) => new DateOnly(2000, 1, 1).AddDays(offset).ToString("dd/MM/yyyy");

    [Fact]
    public async Task A_wards_bell_says_99_plus_past_99_unread_while_the_list_counts_exactly_newest_first()
    {
        await using var portal = new NoticePortal(_folder, Today);
        await portal.ScanAsync();
        await AddNoticesAsync(portal, await KyPhuongItemAsync(portal), 150);
        var expected = await NoticesOfKyPhuongAsync(portal);
        Assert.True(expected > 150);
        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);

        var home = Decoded(await ward.GetStringAsync("/Staff"));
        Assert.Matches("data-testid=\"notice-bell\"[^>]*aria-label=\"Thông báo \\(hơn 99 chưa đọc\\)\"", home);
        Assert.Contains(">99+</span>", home);

        var list = await ward.GetStringAsync("/Notices");
        Assert.Equal($"{VietnameseNumber.Format(expected)} thông báo · 99+ mới", CountLine(list));
        // The scan's notices were raised today, after every added one; the added ones follow, newest first.
        var deadlines = Deadlines(list);
        Assert.Equal(20, deadlines.Count);
        var scanned = expected - 150;
        Assert.Equal(Enumerable.Range(0, 20 - scanned).Select(i => Day(149 - i)), deadlines.Skip(scanned));

        // Oldest first, page 2: the 21st to the 40th added notice, in order.
        var oldest = await ward.GetStringAsync("/Notices?Sort=Created&Dir=asc&Page=2");
        Assert.Equal(Enumerable.Range(20, 20).Select(Day), Deadlines(oldest));
    }

    [Fact]
    public async Task Past_ten_thousand_the_list_says_so_and_opens_fifty_pages_for_the_province_and_a_ward_alike_and_another_ward_sees_none()
    {
        await using var portal = new NoticePortal(_folder, Today);
        await AddNoticesAsync(portal, await KyPhuongItemAsync(portal), BoundedList<long>.CountLimit + 50);
        var admin = await portal.SignedInClientAsync(Demo.Admin);

        var first = await admin.GetStringAsync("/Notices");
        Assert.Equal("Hơn 10.000 thông báo · 99+ mới", CountLine(first));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => Day(BoundedList<long>.CountLimit + 49 - i)), Deadlines(first));

        var deep = Decoded(await admin.GetStringAsync("/Notices?Page=80"));
        Assert.Contains("data-testid=\"page-limit\"", deep);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => Day(BoundedList<long>.CountLimit + 49 - 49 * 20 - i)), Deadlines(deep));

        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal($"Hơn 10.000 thông báo · 99+ mới", CountLine(await ward.GetStringAsync("/Notices")));
        var other = await portal.SignedInClientAsync(Demo.ThanhBinhWard);
        var none = Decoded(await other.GetStringAsync("/Notices"));
        Assert.Equal("0 thông báo · 0 mới", CountLine(none));
        Assert.Empty(Deadlines(none));
    }
}
