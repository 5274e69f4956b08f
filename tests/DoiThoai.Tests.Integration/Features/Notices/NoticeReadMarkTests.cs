using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Notices;

/// <summary>
/// "Đánh dấu tất cả là đã đọc" writes one mark per user instead of a reading per notice (issue 17): what it covers is
/// read, a notice recorded after it is new, a notice read on its own stays read, and other users' notices are untouched.
/// </summary>
public sealed partial class NoticeReadMarkTests : IDisposable
{
    private static readonly DateOnly Today = new(2024, 1, 15);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "notice-mark-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex("<a [^>]*data-testid=\"notice-bell\"[^>]*>")]
    private static partial Regex BellLink();

    [GeneratedRegex("<tr [^>]*data-testid=\"notice\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex NoticeRow();

    /// <summary>The bell's unread count as read aloud: "3", "hơn 99", or "" when it shows none.</summary>
    private static string Bell(string html)
    {
        var bell = BellLink().Match(html);
        Assert.True(bell.Success, "The menu has no notice bell.");
        return Regex.Match(bell.Value, "aria-label=\"Thông báo \\(([^)]*) chưa đọc\\)\"").Groups[1].Value;
    }

    /// <summary>The deadlines (dd/MM/yyyy) of the rows marked "Mới" on a page of the list.</summary>
    private static List<string> NewRows(string html) => NoticeRow().Matches(html).Where(r => r.Value.Contains(">Mới<"))
        .Select(r => Regex.Matches(r.Value, @"\d\d/\d\d/\d\d\d\d").Last().Value).ToList();

    private static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private static Task<int> KyPhuongItemAsync(PortalFactory portal) => ItemOfAsync(portal, "HT-KA-KPH");

    /// <summary>The first item of the unit with that code or of a unit below it.</summary>
    private static Task<int> ItemOfAsync(PortalFactory portal, string unitCode) => portal.WithDbAsync(async db =>
    {
        var path = await db.Units.Where(w => w.Code == unitCode).Select(w => w.Path).FirstAsync();
        var units = await db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync();
        return await db.FollowUps.Where(f => units.Contains(f.UnitId)).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
    });

    /// <summary>Records <paramref name="count"/> overdue notices on the item, raised now, deadlines one day apart from <paramref name="firstDeadline"/>.</summary>
    private static Task<List<long>> AddNoticesAsync(NoticePortal portal, int itemId, DateOnly firstDeadline, int count) => portal.WithDbAsync(async db =>
    {
        var notices = Enumerable.Range(0, count).Select(i => new FollowUpNotice
        {
            FollowUpItemId = itemId, Kind = NoticeKind.Overdue, Deadline = firstDeadline.AddDays(i), CreatedAtUtc = portal.Clock.GetUtcNow().UtcDateTime,
        }).ToList();
        db.FollowUpNotices.AddRange(notices);
        await db.SaveChangesAsync();
        return notices.Select(n => n.Id).ToList();
    });

    private static Task<HttpResponseMessage> MarkAllReadAsync(HttpClient client) => client.PostFormAsync("/Notices", "/Notices/MarkAllRead", []);

    [Fact]
    public async Task Marking_all_read_writes_one_mark_and_a_notice_recorded_after_it_is_new_while_other_users_keep_theirs()
    {
        await using var portal = new NoticePortal(_folder, Today);
        await portal.ScanAsync();
        var item = await KyPhuongItemAsync(portal);
        await AddNoticesAsync(portal, item, new DateOnly(2001, 1, 1), 120);
        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        var district = await portal.SignedInClientAsync(Demo.DistrictStaff);
        Assert.Equal("hơn 99", Bell(await PageAsync(ward, "/Staff")));
        Assert.Equal("hơn 99", Bell(await PageAsync(district, "/Staff")));

        var response = await MarkAllReadAsync(ward);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await PageAsync(ward, response.Headers.Location!.OriginalString);
        Assert.Contains("Đã đánh dấu hơn 99 thông báo là đã đọc.", list);
        Assert.Equal("", Bell(list));
        Assert.Contains("· 0 mới", list);
        Assert.Empty(NewRows(list));
        // One row for the ward's user, whatever the number of notices; no reading per notice.
        Assert.Equal((1, 0), await portal.WithDbAsync(async db => (await db.NoticeReadMarks.CountAsync(), await db.NoticeReadings.CountAsync())));
        Assert.Equal("hơn 99", Bell(await PageAsync(district, "/Staff")));

        portal.Clock.UtcNow = portal.Clock.UtcNow.AddMinutes(1);
        await AddNoticesAsync(portal, item, new DateOnly(2005, 5, 5), 1);
        list = await PageAsync(ward, "/Notices");
        Assert.Equal("1", Bell(list));
        Assert.Contains("· 1 mới", list);
        Assert.Equal(["05/05/2005"], NewRows(list));

        var other = await portal.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal("", Bell(await PageAsync(other, "/Staff")));
        Assert.Equal("hơn 99", Bell(await PageAsync(district, "/Staff")));
    }

    [Fact]
    public async Task A_notice_read_on_its_own_stays_read_past_the_mark_and_the_bell_says_99_plus_again_past_99_new()
    {
        await using var portal = new NoticePortal(_folder, Today);
        await portal.ScanAsync();
        var item = await KyPhuongItemAsync(portal);
        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.Redirect, (await MarkAllReadAsync(ward)).StatusCode);

        portal.Clock.UtcNow = portal.Clock.UtcNow.AddMinutes(1);
        var added = await AddNoticesAsync(portal, item, new DateOnly(2002, 2, 1), 2);
        // A reading of its own, as every notice read before the mark existed has.
        await portal.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == Demo.KyPhuongWard).Select(u => u.Id).SingleAsync();
            db.NoticeReadings.Add(new NoticeReading { FollowUpNoticeId = added[0], UserId = userId, ReadAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var list = await PageAsync(ward, "/Notices");
        Assert.Equal("1", Bell(list));
        Assert.Equal(["02/02/2002"], NewRows(list));

        Assert.Equal(HttpStatusCode.Redirect, (await MarkAllReadAsync(ward)).StatusCode);
        list = await PageAsync(ward, "/Notices");
        Assert.Equal("", Bell(list));
        Assert.Empty(NewRows(list));
        // A notice recorded since the mark about another town's item is not the ward's to read.
        await AddNoticesAsync(portal, await ItemOfAsync(portal, "HT-HL"), new DateOnly(2002, 6, 1), 1);
        Assert.Equal("", Bell(await PageAsync(ward, "/Staff")));

        await AddNoticesAsync(portal, item, new DateOnly(2003, 1, 1), 100);
        var home = await PageAsync(ward, "/Staff");
        Assert.Equal("hơn 99", Bell(home));
        Assert.Contains(">99+</span>", home);
        Assert.Equal(20, NewRows(await PageAsync(ward, "/Notices")).Count);
    }
}
