using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Organizations;

public class OrganizationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> OrganizationIdAsync(string name) =>
        factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private const string ThanhBinhFront = "Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình";

    private static List<KeyValuePair<string, string>> Fields(string name, int unitId, string? version = null, string kind = "FarmersAssociation")
    {
        List<KeyValuePair<string, string>> fields = [new("Input.Name", name), new("Input.Kind", kind), new("Input.UnitId", unitId.ToString())];
        if (version is not null) fields.Add(new("Input.Version", version));
        return fields;
    }

    private async Task<int> CreateAsync(HttpClient client, string name, string unitCode)
    {
        var response = await client.PostFormAsync("/Organizations/Create", "/Organizations/Create", Fields(name, await UnitIdAsync(unitCode)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await OrganizationIdAsync(name);
    }

    [Theory]
    [InlineData("/Organizations/Details/{0}")]
    [InlineData("/Organizations/Edit/{0}")]
    [InlineData("/Organizations/Delete/{0}")]
    public async Task WardStaff_cannot_open_another_wards_organization(string url)
    {
        var id = await OrganizationIdAsync(ThanhBinhFront);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync(string.Format(url, id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Thanh Bình", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WardStaff_cannot_change_or_delete_another_wards_organization_by_form_post()
    {
        var id = await OrganizationIdAsync(ThanhBinhFront);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var edit = await client.PostFormAsync("/Organizations/Create", $"/Organizations/Edit/{id}", Fields("Đổi tên trái phép", await UnitIdAsync("HT-KA-KPH")));
        var delete = await client.PostFormAsync("/Organizations/Create", $"/Organizations/Delete/{id}", []);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var row = await factory.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Id == id));
        Assert.Equal(ThanhBinhFront, row.Name);
        Assert.False(row.IsDeleted);
    }

    [Fact]
    public async Task WardStaff_cannot_move_their_organization_into_another_ward()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Chi hội Cựu chiến binh tổ dân phố số 1", "HT-KA-KPH-TDP01");
        var version = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());
        var response = await client.PostFormAsync("/Organizations/Create", $"/Organizations/Edit/{id}",
            Fields("Chi hội Cựu chiến binh tổ dân phố số 1", await UnitIdAsync("NB-NB-TB"), version.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(await UnitIdAsync("HT-KA-KPH-TDP01"), await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.UnitId).SingleAsync()));
    }

    [Fact]
    public async Task Lists_and_searches_show_only_the_users_scope()
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await ward.GetStringAsync("/Organizations?Q=mat%20tran");
        Assert.Contains("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", html);
        Assert.DoesNotContain("Thanh Bình", html);
        Assert.DoesNotContain("thị xã Kỳ Anh", html);

        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var all = await district.GetStringAsync("/Organizations?Q=mat%20tran");
        Assert.Contains("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", all);
        Assert.Contains("Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh", all);
        Assert.DoesNotContain("Thanh Bình", all);
    }

    [Fact]
    public async Task Leader_reads_but_gets_403_when_editing_an_organization_in_scope()
    {
        var id = await OrganizationIdAsync("Hội Nông dân phường Kỳ Phương");
        var client = await factory.SignedInClientAsync(Demo.Leader);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Organizations/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Organizations/Edit/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_empty_name_shows_the_message_at_the_field_and_saves_nothing()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var before = await factory.WithDbAsync(db => db.Organizations.CountAsync());
        var response = await client.PostFormAsync("/Organizations/Create", "/Organizations/Create", Fields("", await UnitIdAsync("HT-KA-KPH")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Input.Name\" data-valmsg-replace=\"true\">Hãy nhập tên tổ chức.", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Markup_in_a_name_is_kept_as_text_and_shown_escaped()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "<img src=x onerror=alert(1)> Chi đoàn", "HT-KA-KPH");
        var html = await client.GetStringAsync($"/Organizations/Details/{id}");
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Chi đoàn", html);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_gets_the_conflict_and_the_first_is_kept()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Tổ chức hai người sửa", "HT-KA-KPH");
        var version = (await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync())).ToString();
        var unit = await UnitIdAsync("HT-KA-KPH");

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Organizations/Create", $"/Organizations/Edit/{id}", Fields("Bản thứ nhất", unit, version))).StatusCode);
        var second = await client.PostFormAsync("/Organizations/Create", $"/Organizations/Edit/{id}", Fields("Bản thứ hai", unit, version));
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"conflict\"", html);
        Assert.Contains("value=\"Bản thứ hai\"", html);
        Assert.Equal("Bản thứ nhất", await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Delete_asks_then_hides_the_organization_and_the_history_shows_every_change()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Tổ chức tạm", "HT-KA-KPH");
        var details = await client.GetStringAsync($"/Organizations/Details/{id}");
        Assert.Contains("data-testid=\"history\"", details);
        Assert.Contains("Thêm tổ chức", details);

        Assert.Contains("Xác nhận xóa", await client.GetStringAsync($"/Organizations/Delete/{id}"));
        await client.PostFormAsync($"/Organizations/Delete/{id}", $"/Organizations/Delete/{id}", []);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Details/{id}")).StatusCode);
        Assert.DoesNotContain(">Tổ chức tạm</a>", await client.GetStringAsync("/Organizations?Q=to%20chuc%20tam"));
        Assert.True(await factory.WithDbAsync(db => db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Id == id && o.IsDeleted)));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RootKey == AuditEntry.Key(nameof(Organization), id)).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], actions);
    }
}
