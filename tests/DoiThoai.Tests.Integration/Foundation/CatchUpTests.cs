using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>A portal whose start leaves the catch-up to the test, as a background start leaves it to later.</summary>
public sealed class PendingCatchUpPortal : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:CatchUpAtStartup"] = "Off" };

    public CatchUpWork CatchUp => Services.GetRequiredService<CatchUpWork>();
}

/// <summary>
/// Start-up does only quick work (ADR 0023): a database an upgrade left without codes and search entries is served at
/// once and correctly, and the catch-up fills what is missing, only that, the same as the saves would have, on one node.
/// </summary>
public class CatchUpTests(PendingCatchUpPortal factory) : IClassFixture<PendingCatchUpPortal>
{
    private const string KyPhuong = "HT-KA-KPH";

    /// <summary>What an upgrade leaves behind for one ward's conferences: no codes, no search entries, no statistics.</summary>
    private Task<List<int>> ForgetAsync(string unitCode) => factory.WithDbAsync(async db =>
    {
        var ids = await db.Conferences.Where(c => c.Unit!.Code == unitCode).Select(c => c.Id).ToListAsync();
        await db.Petitions.IgnoreQueryFilters().Where(p => ids.Contains(p.ConferenceId)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Code, (string?)null));
        await db.FollowUps.IgnoreQueryFilters().Where(f => ids.Contains(f.ConferenceId)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Code, (string?)null));
        await db.SearchEntries.Where(e => ids.Contains(e.ConferenceId)).ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'FollowUps'");
        return ids;
    });

    private Task<List<string>> EntriesAsync() => factory.WithDbAsync(async db =>
        (await db.SearchEntries.AsNoTracking().ToListAsync())
        .Select(e => $"{e.Kind} {e.RecordId} {e.ConferenceId} {e.UnitId} {e.HeldOn} {e.Tags} | {e.Text}").Order().ToList());

    private Task<Dictionary<string, string?>> CodesAsync() => factory.WithDbAsync(async db =>
        (await db.Petitions.IgnoreQueryFilters().Select(p => new { Key = "p" + p.Id, p.Code }).ToListAsync())
        .Concat(await db.FollowUps.IgnoreQueryFilters().Select(f => new { Key = "f" + f.Id, f.Code }).ToListAsync())
        .ToDictionary(r => r.Key, r => r.Code));

    private async Task<string> SearchPageAsync(string words)
    {
        // The notice's check is kept a few seconds; each look here asks afresh.
        factory.Services.GetRequiredService<IMemoryCache>().Remove(SearchIndexNoticeViewComponent.CacheKey);
        using var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        return await client.GetStringAsync($"/Search?Q={Uri.EscapeDataString(words)}");
    }

    [Fact]
    public async Task Pages_answer_while_codes_and_search_entries_are_missing_and_the_catch_up_fills_them_as_saves_would()
    {
        var entriesAsSaved = await EntriesAsync();
        var conferences = await ForgetAsync(KyPhuong);
        var withPetitions = await factory.WithDbAsync(db => db.Petitions.Where(p => conferences.Contains(p.ConferenceId)).Select(p => p.ConferenceId).FirstAsync());

        var anonymous = factory.CreateBareClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        using var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.OK, (await ward.GetAsync($"/Conferences/Details/{withPetitions}")).StatusCode);
        var receipts = await ward.GetStringAsync($"/Conferences/{withPetitions}/ma-tra-cuu");
        Assert.Contains("Đang cấp mã", receipts);
        Assert.DoesNotContain("data-testid=\"receipt\"", receipts);
        Assert.Equal(HttpStatusCode.OK, (await ward.GetAsync("/FollowUps")).StatusCode);
        var building = await SearchPageAsync("ky phuong");
        Assert.Contains("data-testid=\"search-index-building\"", building);
        Assert.Contains("Chỉ mục tìm kiếm đang được xây dựng (", building);
        Assert.True(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db)));

        Assert.True(await factory.CatchUp.RunAsync());

        Assert.Equal(entriesAsSaved, await EntriesAsync());
        Assert.DoesNotContain(await CodesAsync(), c => c.Value is null);
        Assert.False(await factory.WithDbAsync(db => ListStatistics.NeedsRefreshAsync(db)));
        Assert.DoesNotContain("search-index-building", await SearchPageAsync("ky phuong"));
        Assert.Equal(0, await factory.WithDbAsync(db => SearchEntriesBuilder.Missing(db).CountAsync()));
        Assert.Contains("data-testid=\"receipt\"", await ward.GetStringAsync($"/Conferences/{withPetitions}/ma-tra-cuu"));
    }

    [Fact]
    public async Task The_catch_up_goes_on_from_what_is_missing_and_a_second_run_changes_nothing()
    {
        await ForgetAsync(KyPhuong);
        var before = await CodesAsync();
        var entryIdsBefore = await factory.WithDbAsync(db => db.SearchEntries.Select(e => e.Id).ToListAsync());

        Assert.True(await factory.CatchUp.RunAsync());
        var after = await CodesAsync();
        // The codes that existed are kept (a raiser holds them on paper); only the missing ones are drawn.
        Assert.All(before.Where(c => c.Value is not null), c => Assert.Equal(c.Value, after[c.Key]));
        Assert.Equal(after.Count, after.Values.Distinct().Count());
        // The entries of conferences that had them are the same rows, not rebuilt.
        Assert.Empty(entryIdsBefore.Except(await factory.WithDbAsync(db => db.SearchEntries.Select(e => e.Id).ToListAsync())));

        var entries = await EntriesAsync();
        var ids = await factory.WithDbAsync(db => db.SearchEntries.Select(e => e.Id).ToListAsync());
        Assert.True(await factory.CatchUp.RunAsync());
        Assert.Equal(after, await CodesAsync());
        Assert.Equal(entries, await EntriesAsync());
        Assert.Equal(ids, await factory.WithDbAsync(db => db.SearchEntries.Select(e => e.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_second_runner_is_kept_out_while_another_node_holds_the_lease()
    {
        await ForgetAsync(KyPhuong);
        const string otherNode = "other-node/1/abc";
        Assert.True(await factory.WithScopeAsync(s => s.GetRequiredService<JobLeases>()
            .TryAcquireAsync(CatchUpWork.LeaseName, otherNode, TimeSpan.FromMinutes(10))));

        Assert.False(await factory.CatchUp.RunAsync());
        Assert.Contains(await CodesAsync(), c => c.Value is null);
        Assert.True(await factory.WithDbAsync(db => SearchEntriesBuilder.Missing(db).AnyAsync()));

        await factory.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<JobLeases>().ReleaseAsync(CatchUpWork.LeaseName, otherNode);
            return true;
        });
        Assert.True(await factory.CatchUp.RunAsync());
        Assert.DoesNotContain(await CodesAsync(), c => c.Value is null);
        // The runner hands the lease back when done, so a later start need not wait for it to run out.
        Assert.Null(await factory.WithDbAsync(db => db.JobLeases.Where(l => l.Name == CatchUpWork.LeaseName).Select(l => l.Holder).SingleAsync()));
    }

    [Theory]
    [InlineData(null, "Production", CatchUpMode.Background)]
    [InlineData(null, "Testing", CatchUpMode.Inline)]
    [InlineData("off", "Production", CatchUpMode.Off)]
    [InlineData("Inline", "Production", CatchUpMode.Inline)]
    [InlineData("background", "Testing", CatchUpMode.Background)]
    public void The_setting_chooses_when_the_catch_up_runs(string? setting, string environment, CatchUpMode expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:CatchUpAtStartup"] = setting }).Build();
        Assert.Equal(expected, CatchUpWork.ModeFrom(configuration, new HostingEnvironment { EnvironmentName = environment }));
    }
}

internal static class ScopeExtensions
{
    public static async Task<T> WithScopeAsync<T>(this PortalFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}
