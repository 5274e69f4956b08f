using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.Lookup;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Lookup;

/// <summary>
/// The Front's list of unsettled verdicts reads the awaiting items first, then their scope: the same rows as the one
/// query it replaced, in the order of the verdicts.
/// </summary>
public class VerdictListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Lists_only_undecided_unsettled_unmerged_verdicts_of_the_scope_oldest_verdict_first()
    {
        var start = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        var (newer, older, decided, settled, outside, given) = await factory.WithDbAsync(async db =>
        {
            var kyPhuong = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            var kyAnh = await db.Units.SingleAsync(u => u.Code == "HT-KA");
            var items = await db.FollowUps.Where(f => f.UnitId == kyPhuong.Id && f.MergedIntoId == null).OrderBy(f => f.Id).Take(4).ToListAsync();
            var inKyAnh = db.Units.Where(u => u.Path.StartsWith(kyAnh.Path)).Select(u => u.Id);
            var others = await db.FollowUps.Where(f => f.MergedIntoId == null && !inKyAnh.Contains(f.UnitId)
                    && (f.ResponsibleUnitId == null || !inKyAnh.Contains(f.ResponsibleUnitId.Value)))
                .OrderBy(f => f.Id).Take(2).ToListAsync();
            var elsewhere = others[0];
            // An item of another province given to the ward's body: in the ward's scope through its responsible unit.
            var givenToWard = others[1];
            givenToWard.ResponsibleUnitId = kyPhuong.Id;
            void Judge(Web.Domain.FollowUp.FollowUpItem item, RaiserVerdict verdict, int minutes, bool decidedToo = false)
            {
                item.Verdict = verdict;
                item.VerdictAtUtc = start.AddMinutes(minutes);
                item.VerdictDecidedAtUtc = decidedToo ? start.AddDays(1) : null;
            }
            Judge(items[0], RaiserVerdict.NotSettled, 30);
            Judge(items[1], RaiserVerdict.NotSettled, 10);
            Judge(items[2], RaiserVerdict.NotSettled, 5, decidedToo: true);
            Judge(items[3], RaiserVerdict.Settled, 1);
            Judge(elsewhere, RaiserVerdict.NotSettled, 20);
            Judge(givenToWard, RaiserVerdict.NotSettled, 15);
            await db.SaveChangesAsync();
            return (items[0].Id, items[1].Id, items[2].Id, items[3].Id, elsewhere.Id, givenToWard.Id);
        });

        var wardRows = await ListAsync("HT-KA-KPH");
        Assert.Equal([older, given, newer], wardRows.Select(r => r.Id));
        Assert.Equal([start.AddMinutes(10), start.AddMinutes(15), start.AddMinutes(30)], wardRows.Select(r => r.JudgedAtUtc!.Value));
        var districtRows = (await ListAsync("HT-KA")).Select(r => r.Id).ToList();
        Assert.Equal([older, given, newer], districtRows);
        Assert.DoesNotContain(decided, districtRows);
        Assert.DoesNotContain(settled, districtRows);
        Assert.DoesNotContain(outside, districtRows);
        // The whole tree: the other province's verdict too, in the order of the verdicts.
        Assert.Equal([older, given, outside, newer], (await ListAsync(null)).Select(r => r.Id));
        // Another ward of the district sees neither the ward's own items nor the one given to the ward's body.
        var otherWard = await factory.WithDbAsync(db => db.Units.Where(u => u.Code != "HT-KA-KPH" && u.Code.StartsWith("HT-KA-")).Select(u => u.Code).FirstAsync());
        Assert.Empty(await ListAsync(otherWard));
    }

    [Fact]
    public async Task An_empty_list_when_no_verdict_awaits_a_decision()
    {
        await factory.WithDbAsync(db => db.FollowUps.Where(f => f.Verdict == RaiserVerdict.NotSettled)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.VerdictDecidedAtUtc, DateTime.UtcNow)));
        Assert.Empty(await ListAsync("HT-KA"));
    }

    /// <summary>The list for the scope of a unit (by code), or of the whole tree (null).</summary>
    private Task<IReadOnlyList<UnsettledRow>> ListAsync(string? unitCode) => factory.WithDbAsync(async db =>
    {
        var path = unitCode is null ? "/" : await db.Units.Where(u => u.Code == unitCode).Select(u => u.Path).SingleAsync();
        var scope = new UserScope(0, "Thử", 0, "Thử", path, new HashSet<string>());
        return await new VerdictList(db).UnsettledAsync(scope);
    });
}
