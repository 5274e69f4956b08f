using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>
/// The one scope filter of lists (ADR 0010) against the rule it stands for in memory (<see cref="UnitPath"/>),
/// for every unit-scoped type, and the lists whose inline copies it replaced.
/// </summary>
public class ScopedListsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string KyPhuong = "HT-KA-KPH";
    private const string KyAnh = "HT-KA";
    private const string ThanhBinh = "NB-NB-TB";

    private Task<AdministrativeUnit> UnitAsync(string code) =>
        factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == code));

    private static UserScope ScopeOf(AdministrativeUnit unit) =>
        new(0, "Kiểm tra", unit.Id, unit.Name, unit.Path, new HashSet<string> { Roles.WardStaff });

    /// <summary>The entity types the generic filter serves: unit-scoped, reaching their unit by a navigation.</summary>
    private static List<Type> TypesWithAUnit(AppDbContext db) => db.Model.GetEntityTypes()
        .Where(t => typeof(IUnitScoped).IsAssignableFrom(t.ClrType) && t.FindNavigation(ScopeQueries.UnitNavigation) is not null)
        .Select(t => t.ClrType).Distinct().ToList();

    [Fact]
    public async Task Every_unit_scoped_list_type_reaches_its_unit_through_the_navigation_the_filter_uses()
    {
        var types = await factory.WithDbAsync(db => Task.FromResult(TypesWithAUnit(db)));
        foreach (var listed in new[] { typeof(Conference), typeof(Organization), typeof(Person), typeof(Topic), typeof(LegalBasis),
                     typeof(AnswerTemplate), typeof(DoiThoai.Web.Domain.News.NewsPost), typeof(DoiThoai.Web.Domain.Plans.DialoguePlan) })
            Assert.Contains(listed, types);
    }

    [Theory]
    [InlineData(KyPhuong)]
    [InlineData(KyAnh)]
    [InlineData(ThanhBinh)]
    public async Task The_generic_filters_keep_exactly_what_UnitPath_says_for_every_type(string code)
    {
        var scope = ScopeOf(await UnitAsync(code));
        await factory.WithDbAsync(async db =>
        {
            var paths = await db.Units.IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Path);
            foreach (var type in TypesWithAUnit(db))
                await (Task)typeof(ScopedListsTests).GetMethod(nameof(CompareAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [db, scope, paths])!;
            return 0;
        });
    }

    private static async Task CompareAsync<T>(AppDbContext db, UserScope scope, Dictionary<int, string> paths) where T : class, IUnitScoped
    {
        var all = await db.Set<T>().AsNoTracking().ToListAsync();
        var inScope = await db.Set<T>().AsNoTracking().InScope(scope).ToListAsync();
        var near = await db.Set<T>().AsNoTracking().Near(scope).ToListAsync();
        Assert.Equal(Ids(all.Where(r => UnitPath.IsWithin(paths[r.OwningUnitId], scope.Path))), Ids(inScope));
        Assert.Equal(Ids(all.Where(r => UnitPath.IsNear(paths[r.OwningUnitId], scope.Path))), Ids(near));
    }

    private static List<int> Ids<T>(IEnumerable<T> records) => records.Cast<DomainRecord>().Select(r => r.Id).Order().ToList();

    [Fact]
    public async Task A_ward_sees_its_conferences_not_another_provinces_and_the_district_sees_its_wards()
    {
        var kyPhuong = ScopeOf(await UnitAsync(KyPhuong));
        var kyAnh = ScopeOf(await UnitAsync(KyAnh));
        var (ward, district, all) = await factory.WithDbAsync(async db => (
            await db.Conferences.InScope(kyPhuong).Select(c => c.Unit!.Code).ToListAsync(),
            await db.Conferences.InScope(kyAnh).Select(c => c.Unit!.Code).ToListAsync(),
            await db.Conferences.CountAsync()));
        Assert.NotEmpty(ward);
        Assert.All(ward, c => Assert.Equal(KyPhuong, c));
        Assert.Contains(KyPhuong, district);
        Assert.DoesNotContain(ThanhBinh, district);
        Assert.True(district.Count < all, "The demo data holds conferences outside Kỳ Anh.");
    }

    [Fact]
    public async Task A_follow_up_item_is_in_scope_by_its_conferences_unit_or_its_responsible_unit()
    {
        var kyPhuong = await UnitAsync(KyPhuong);
        var thanhBinh = await UnitAsync(ThanhBinh);
        // Hand one of Kỳ Phương's items to a body of Thanh Bình: it enters Thanh Bình's lists through its second unit.
        var handed = await factory.WithDbAsync(async db =>
        {
            var id = await db.FollowUps.Where(f => f.UnitId == kyPhuong.Id).Select(f => f.Id).FirstAsync();
            await db.FollowUps.Where(f => f.Id == id).ExecuteUpdateAsync(u => u.SetProperty(f => f.ResponsibleUnitId, thanhBinh.Id));
            return id;
        });

        foreach (var unit in new[] { kyPhuong, thanhBinh, await UnitAsync(KyAnh) })
        {
            var scope = ScopeOf(unit);
            var (all, inScope, paths) = await factory.WithDbAsync(async db => (
                await db.FollowUps.AsNoTracking().Select(f => new { f.Id, f.UnitId, f.ResponsibleUnitId }).ToListAsync(),
                await db.FollowUps.InScope(scope, db.Units).Select(f => f.Id).Order().ToListAsync(),
                await db.Units.IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Path)));
            var expected = all.Where(f => UnitPath.IsWithin(paths[f.UnitId], scope.Path)
                || (f.ResponsibleUnitId is { } second && UnitPath.IsWithin(paths[second], scope.Path))).Select(f => f.Id).Order().ToList();
            Assert.Equal(expected, inScope);
        }
        Assert.True(await factory.WithDbAsync(db => db.FollowUps.InScope(ScopeOf(thanhBinh), db.Units).AnyAsync(f => f.Id == handed)));
    }

    [Fact]
    public async Task Another_wards_plan_stays_off_the_list_even_when_its_unit_is_picked()
    {
        var kyPhuong = await UnitAsync(KyPhuong);
        var own = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("Kỳ Phương", WebUtility.HtmlDecode(await own.GetStringAsync("/Plans?year=2022")));

        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var picked = await other.GetAsync($"/Plans?year=2022&unitId={kyPhuong.Id}");
        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.DoesNotContain("Kỳ Phương", WebUtility.HtmlDecode(await picked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Another_wards_answer_templates_stay_off_the_list_and_topics_come_from_the_subtree_and_above()
    {
        var (kyAnh, kyPhuong, thanhBinh) = (await UnitAsync(KyAnh), await UnitAsync(KyPhuong), await UnitAsync(ThanhBinh));
        await factory.WithDbAsync(async db =>
        {
            db.AnswerTemplates.Add(new AnswerTemplate { UnitId = kyPhuong.Id, Title = "Mẫu riêng của Kỳ Phương", Body = "Trả lời {người nêu}." });
            db.Topics.AddRange(
                new Topic { UnitId = kyAnh.Id, Name = "Lĩnh vực của thị xã Kỳ Anh" },
                new Topic { UnitId = thanhBinh.Id, Name = "Lĩnh vực riêng của Thanh Bình" });
            return await db.SaveChangesAsync();
        });

        var own = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("Mẫu riêng của Kỳ Phương", WebUtility.HtmlDecode(await own.GetStringAsync("/AnswerTemplates")));
        var form = WebUtility.HtmlDecode(await own.GetStringAsync("/AnswerTemplates/Create"));
        Assert.Contains("Lĩnh vực của thị xã Kỳ Anh", form);
        Assert.DoesNotContain("Lĩnh vực riêng của Thanh Bình", form);

        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.DoesNotContain("Mẫu riêng của Kỳ Phương", WebUtility.HtmlDecode(await other.GetStringAsync("/AnswerTemplates")));
        Assert.DoesNotContain("Lĩnh vực của thị xã Kỳ Anh", WebUtility.HtmlDecode(await other.GetStringAsync("/AnswerTemplates/Create")));
    }

    [Fact]
    public async Task Another_provinces_bodies_stay_off_the_list_even_when_their_unit_is_picked()
    {
        var thanhBinh = await UnitAsync(ThanhBinh);
        var thanhBinhBody = await factory.WithDbAsync(db => db.Organizations.Where(o => o.UnitId == thanhBinh.Id).Select(o => o.Name).FirstAsync());
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var picked = await district.GetAsync($"/Organizations?unitId={thanhBinh.Id}");
        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.DoesNotContain(thanhBinhBody, WebUtility.HtmlDecode(await picked.Content.ReadAsStringAsync()));
        Assert.Contains(thanhBinhBody, WebUtility.HtmlDecode(await (await factory.SignedInClientAsync(Demo.ThanhBinhWard)).GetStringAsync("/Organizations")));
    }
}
