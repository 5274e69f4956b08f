using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Search;

/// <summary>The demo portal whose lists read at most three matches of their search words, so that the bound is reached with demo data.</summary>
public sealed class LowListLimitPortal : PortalFactory
{
    public const int Limit = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Search:ListLimit"] = Limit.ToString() };
}

/// <summary>
/// Search words in the follow-up and conference lists go through the full-text index (ADR 0019): every item of the
/// scope is searched whatever its age, without diacritics, by whole words and a last prefix, within the other filters,
/// and never outside the user's scope.
/// </summary>
public partial class ListSearchTests(LowListLimitPortal factory) : IClassFixture<LowListLimitPortal>
{
    private const string Words = "phu cap theo nghi dinh";
    private const string Found = "Phụ cấp theo Nghị định 34 thấp";

    private async Task<string> PageAsync(string email, string address) =>
        WebUtility.HtmlDecode(await (await factory.SignedInClientAsync(email)).GetStringAsync(address));

    [Fact]
    public async Task An_item_older_than_the_newest_of_the_list_is_found_by_its_words()
    {
        // The item is not among the newest items of the ward: a search over the newest few only would miss it.
        var newest = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.Conference!.Unit!.Code == "HT-KA-KPH")
            .OrderByDescending(f => f.Id).Take(LowListLimitPortal.Limit).Select(f => f.PetitionId != null ? f.Petition!.Content : f.ConclusionItem!.Content).ToListAsync());
        Assert.DoesNotContain(newest, c => c.StartsWith(Found, StringComparison.Ordinal));

        var html = await PageAsync(Demo.KyPhuongWard, $"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString(Words)}");

        Assert.Contains(Found, html);
        Assert.DoesNotContain("data-testid=\"search-limited\"", html);
    }

    [Theory]
    [InlineData("Phụ cấp theo Nghị định")]
    [InlineData("PHU CAP theo nghi đị")]
    [InlineData("phu cap theo ngh")]
    public async Task Words_are_found_without_diacritics_and_the_last_one_as_a_prefix(string typed)
    {
        var html = await PageAsync(Demo.DistrictStaff, $"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString(typed)}");
        Assert.Contains(Found, html);
    }

    [Fact]
    public async Task A_part_of_a_word_that_is_not_its_beginning_finds_nothing()
    {
        var html = await PageAsync(Demo.DistrictStaff, $"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString("hu ca")}");
        Assert.DoesNotContain(Found, html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&UnitId={kp}")]
    [InlineData("&Mine=true")]
    public async Task Another_ward_never_finds_the_item_whatever_unit_it_asks_for(string extra)
    {
        var kyPhuong = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var html = await PageAsync(Demo.ThanhBinhWard,
            $"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString(Words)}" + extra.Replace("{kp}", kyPhuong.ToString()));
        Assert.DoesNotContain(Found, html);
        Assert.Contains("Không có việc nào khớp điều kiện lọc.", html);
    }

    [Fact]
    public async Task Words_are_combined_with_the_other_filters()
    {
        var kyPhuong = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var item = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.Petition!.Content.StartsWith(Found))
            .Select(f => new { f.Kind, f.State, f.Conference!.HeldOn }).SingleAsync());
        var q = $"/FollowUps?Mine=false&OpenOnly=false&Q={Uri.EscapeDataString(Words)}";

        Assert.Contains(Found, await PageAsync(Demo.DistrictStaff, $"{q}&UnitId={kyPhuong}&Kind={item.Kind}&State={item.State}"
            + $"&From={item.HeldOn:yyyy-MM-dd}&To={item.HeldOn:yyyy-MM-dd}"));
        Assert.DoesNotContain(Found, await PageAsync(Demo.DistrictStaff, $"{q}&Kind=Question"));
        Assert.DoesNotContain(Found, await PageAsync(Demo.DistrictStaff, $"{q}&From={item.HeldOn.AddDays(1):yyyy-MM-dd}"));
        Assert.DoesNotContain(Found, await PageAsync(Demo.DistrictStaff, $"{q}&State={(item.State == Web.Domain.FollowUp.FollowUpState.Closed ? "New" : "Closed")}"));
    }

    [Fact]
    public async Task More_matches_than_the_list_reads_are_announced_with_the_bound()
    {
        var html = await PageAsync(Demo.DistrictStaff, "/FollowUps?Mine=false&OpenOnly=false&Q=hoi");
        Assert.Contains("data-testid=\"search-limited\"", html);
        Assert.Contains($"Có hơn {LowListLimitPortal.Limit} nội dung khớp từ khóa", html);
        Assert.InRange(DetailsLink().Matches(html).Count, 1, 20);
    }

    [Fact]
    public async Task The_conference_list_finds_a_conference_by_its_words_its_unit_or_its_findings_and_never_another_wards()
    {
        Assert.Contains("Đối thoại giữa Đảng ủy phường", await PageAsync(Demo.DistrictStaff, "/Conferences?Q=ky%20phuong"));
        var ward = await PageAsync(Demo.ThanhBinhWard, "/Conferences?Q=ky%20phuong");
        Assert.DoesNotContain("Đối thoại giữa Đảng ủy phường Kỳ Phương", ward);
        Assert.DoesNotContain("data-list-cut=\"search\"", await PageAsync(Demo.KyPhuongWard, "/Conferences?Q=khongcotunaynhu"));
    }

    [GeneratedRegex("href=\"/FollowUps/Details/(\\d+)\"")] private static partial Regex DetailsLink();
}
