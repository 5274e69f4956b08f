using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Units;

public class UnitsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Theory]
    [InlineData("/Units/Details/{0}")]
    [InlineData("/Units/Edit/{0}")]
    [InlineData("/Units/Merge/{0}")]
    [InlineData("/Units/Retire/{0}")]
    public async Task WardStaff_cannot_open_another_wards_unit(string url)
    {
        var id = await UnitIdAsync("NB-NB-TB");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync(string.Format(url, id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Thanh Bình", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_tree_shows_only_the_users_subtree()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync("/Units");
        Assert.Contains("Phường Kỳ Phương", html);
        Assert.Contains("Tổ dân phố số 1", html);
        Assert.DoesNotContain("Thanh Bình", html);
        Assert.DoesNotContain("Xã Kỳ Hà", html);
    }

    [Fact]
    public async Task WardStaff_may_read_their_unit_but_not_change_it()
    {
        var id = await UnitIdAsync("HT-KA-KPH");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Units/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Units/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Units/Create")).StatusCode);
        var post = await client.PostFormAsync("/Organizations/Create", $"/Units/Retire/{id}", [new("Input.RetiredOn", "2026-01-01")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task Search_without_diacritics_finds_the_unit()
    {
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var html = await client.GetStringAsync("/Units?q=ky%20phuong");
        Assert.Contains("Phường Kỳ Phương", html);
        Assert.DoesNotContain("Thanh Bình", html);
    }

    [Fact]
    public async Task Admin_renames_a_unit_and_the_history_keeps_the_old_name()
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var created = await admin.PostFormAsync("/Units/Create", "/Units/Create",
            [new("Input.Kind", "Commune"), new("Input.Name", "Kỳ Lợi"), new("Input.Code", "HT-KA-KLO"), new("Input.ParentId", (await UnitIdAsync("HT-KA")).ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HT-KA-KLO"));
        Assert.Equal(UnitPath.ChildOf(await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Path).SingleAsync()), unit.Id), unit.Path);

        await admin.PostFormAsync("/Units/Create", $"/Units/Edit/{unit.Id}",
            [new("Input.Kind", "Ward"), new("Input.Name", "Kỳ Lợi mới"), new("Input.Code", "HT-KA-KLO"), new("Input.Version", unit.Version.ToString())]);
        var html = await admin.GetStringAsync($"/Units/Details/{unit.Id}");
        Assert.Contains("Phường Kỳ Lợi mới", html);
        Assert.Contains("Tên đơn vị: Kỳ Lợi → Kỳ Lợi mới", html);
    }
}

/// <summary>The merge changes the tree, so it runs on a database of its own.</summary>
public class UnitMergeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>The 2025 case: a ward merged into a new one keeps its records, now reachable from the new ward.</summary>
    [Fact]
    public async Task Merging_a_ward_keeps_its_records_and_puts_them_in_the_new_wards_scope()
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        await admin.PostFormAsync("/Units/Create", "/Units/Create",
            [new("Input.Kind", "Ward"), new("Input.Name", "Hoành Sơn"), new("Input.Code", "HT-KA-HSO"), new("Input.ParentId", (await UnitIdAsync("HT-KA")).ToString())]);
        var newWard = await UnitIdAsync("HT-KA-HSO");
        var kyPhuong = await UnitIdAsync("HT-KA-KPH");
        var organizationsBefore = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Unit!.Path.StartsWith(db.Units.First(u => u.Id == kyPhuong).Path)).CountAsync());

        var merged = await admin.PostFormAsync($"/Units/Merge/{kyPhuong}", $"/Units/Merge/{kyPhuong}",
            [new("Input.TargetId", newWard.ToString()), new("Input.EffectiveOn", "2025-07-01")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var source = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == kyPhuong));
        Assert.Equal(newWard, source.MergedIntoId);
        Assert.Equal(new DateOnly(2025, 7, 1), source.RetiredOn);
        var targetPath = await factory.WithDbAsync(db => db.Units.Where(u => u.Id == newWard).Select(u => u.Path).SingleAsync());
        Assert.True(UnitPath.IsWithin(source.Path, targetPath));
        Assert.True(await factory.WithDbAsync(db => db.Units.Where(u => u.Code.StartsWith("HT-KA-KPH-")).AllAsync(u => u.Path.StartsWith(source.Path))));

        // A user of the new ward now reaches the old ward's organizations and minutes.
        var email = "hoanhson@demo.local";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Cán bộ phường Hoành Sơn", UnitId = newWard };
            Assert.True((await users.CreateAsync(user, "cán bộ phường hoành sơn 2025")).Succeeded);
            await users.AddToRoleAsync(user, Roles.WardStaff);
        }
        var newWardStaff = await factory.SignedInClientAsync(email, "cán bộ phường hoành sơn 2025");
        var organizationId = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == "Hội Nông dân phường Kỳ Phương").Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await newWardStaff.GetAsync($"/Organizations/Details/{organizationId}")).StatusCode);
        Assert.Contains("Đối thoại giữa Đảng ủy phường", await newWardStaff.GetStringAsync("/Conferences"));
        Assert.Equal(organizationsBefore, await factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.Unit!.Path.StartsWith(source.Path))));

        // The retired ward can no longer be chosen for new records.
        var form = await newWardStaff.GetStringAsync("/Organizations/Create");
        Assert.DoesNotContain($"<option value=\"{kyPhuong}\"", form);
    }
}
