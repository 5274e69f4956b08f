using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Notices;

/// <summary>The notices list sorts by the day a notice was raised, both ways, and never shows another ward's notices.</summary>
public partial class NoticeListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string KyPhuongItem = "Mặt trận và các đoàn thể xây dựng kế hoạch thực hiện Nghị quyết 09-NQ/Th.U";
    private const string HongLinhItem = "Tổ chức thành công đại hội Hội Nông dân và Liên đoàn Lao động thị xã";

    [GeneratedRegex("""<tr class="[^"]*" data-testid="notice">\s*<td class="text-nowrap">(?<day>\d\d/\d\d/\d{4})""")]
    private static partial Regex Row();

    private static List<string> Days(string html) => Row().Matches(html).Select(m => m.Groups["day"].Value).ToList();

    private Task<int> ItemIdAsync(string contentStart) => factory.WithDbAsync(db => db.FollowUps
        .Where(f => f.ConclusionItem != null && f.ConclusionItem.Content.StartsWith(contentStart)).Select(f => f.Id).SingleAsync());

    [Fact]
    public async Task Notices_sort_by_the_day_raised_both_ways_and_a_ward_never_sees_another_wards()
    {
        var own = await ItemIdAsync(KyPhuongItem);
        var foreign = await ItemIdAsync(HongLinhItem);
        await factory.WithDbAsync(async db =>
        {
            db.FollowUpNotices.AddRange(
                new FollowUpNotice { FollowUpItemId = own, Kind = NoticeKind.Overdue, Deadline = new(2001, 1, 1), CreatedAtUtc = new DateTime(2001, 2, 1, 3, 0, 0) },
                new FollowUpNotice { FollowUpItemId = own, Kind = NoticeKind.DueSoon, Deadline = new(2003, 1, 1), CreatedAtUtc = new DateTime(2003, 2, 1, 3, 0, 0) },
                new FollowUpNotice { FollowUpItemId = own, Kind = NoticeKind.Overdue, Deadline = new(2002, 1, 1), CreatedAtUtc = new DateTime(2002, 2, 1, 3, 0, 0) },
                new FollowUpNotice { FollowUpItemId = foreign, Kind = NoticeKind.Overdue, Deadline = new(2000, 1, 1), CreatedAtUtc = new DateTime(2000, 2, 1, 3, 0, 0) });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var byDefault = await client.GetStringAsync("/Notices");
        Assert.Contains("aria-sort=\"descending\"", byDefault);
        Assert.Contains("href=\"/Notices?Sort=Created&amp;Dir=asc\"", byDefault);
        var newest = Days(byDefault);
        Assert.Equal(["01/02/2003", "01/02/2002", "01/02/2001"], newest.Where(d => d.StartsWith("01/02/200")));
        Assert.Equal(newest, Days(await client.GetStringAsync("/Notices?Sort=Created&Dir=desc")));

        var oldest = await client.GetStringAsync("/Notices?Sort=Created&Dir=asc");
        Assert.Equal(["01/02/2001", "01/02/2002", "01/02/2003"], Days(oldest).Take(3));
        Assert.Contains("aria-sort=\"ascending\"", oldest);
        foreach (var html in new[] { byDefault, oldest })
        {
            Assert.DoesNotContain("01/02/2000", Days(html));
            Assert.DoesNotContain(HongLinhItem, WebUtility.HtmlDecode(html));
        }
    }
}
