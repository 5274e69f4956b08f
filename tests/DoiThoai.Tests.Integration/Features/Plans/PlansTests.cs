using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Plans;

public class PlansTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<int> KyPhuongPlanAsync() => factory.WithDbAsync(db => db.DialoguePlans.Where(p => p.Unit!.Code == "HT-KA-KPH" && p.Year == 2022).Select(p => p.Id).SingleAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string url, params (string, string)[] fields) =>
        client.PostFormAsync(formPage, url, fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task Ward_staff_creates_a_plan_adds_entries_and_links_a_held_conference()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var unitId = await UnitIdAsync("HT-KA-KPH");
        var created = await PostAsync(client, "/Plans/Create", "/Plans/Create",
            ("Input.UnitId", unitId.ToString()), ("Input.Year", "2023"), ("Input.DocumentNumber", "Số 5/KH-UBND"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planPage = created.Headers.Location!.OriginalString;
        var planId = int.Parse(planPage.Split('/').Last());

        var added = await PostAsync(client, planPage, $"/Plans/AddEntry/{planId}",
            ("NewEntry.Month", "4"), ("NewEntry.Topic", "Đối thoại về giải phóng mặt bằng"), ("NewEntry.LeadBy", "Chủ tịch UBND phường"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(planPage));
        Assert.Contains("Đối thoại về giải phóng mặt bằng", html);
        Assert.Contains("04/2023", html);

        var entries = await factory.WithDbAsync(db => db.PlanEntries.Where(e => e.PlanId == planId).ToListAsync());
        Assert.Single(entries);
        Assert.Equal(unitId, entries[0].UnitId);
    }

    [Fact]
    public async Task Plan_and_entry_forms_refuse_wrong_input_in_vietnamese()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var unitId = await UnitIdAsync("HT-KA-KPH");
        var duplicate = WebUtility.HtmlDecode(await (await PostAsync(client, "/Plans/Create", "/Plans/Create",
            ("Input.UnitId", unitId.ToString()), ("Input.Year", "2022"))).Content.ReadAsStringAsync());
        Assert.Contains("Đơn vị này đã có kế hoạch đối thoại năm 2022.", duplicate);
        var noYear = WebUtility.HtmlDecode(await (await PostAsync(client, "/Plans/Create", "/Plans/Create",
            ("Input.UnitId", unitId.ToString()), ("Input.Year", ""))).Content.ReadAsStringAsync());
        Assert.Contains("Hãy nhập năm của kế hoạch.", noYear);
        var farYear = WebUtility.HtmlDecode(await (await PostAsync(client, "/Plans/Create", "/Plans/Create",
            ("Input.UnitId", unitId.ToString()), ("Input.Year", "1990"))).Content.ReadAsStringAsync());
        Assert.Contains("Năm của kế hoạch phải từ 2000 đến 2100.", farYear);

        var planId = await KyPhuongPlanAsync();
        var page = $"/Plans/Details/{planId}";
        var empty = WebUtility.HtmlDecode(await (await PostAsync(client, page, $"/Plans/AddEntry/{planId}",
            ("NewEntry.Month", "13"), ("NewEntry.Topic", ""), ("NewEntry.LeadBy", ""))).Content.ReadAsStringAsync());
        Assert.Contains("Tháng phải từ 1 đến 12.", empty);
        Assert.Contains("Hãy nhập chủ đề đối thoại.", empty);
        Assert.Contains("Hãy nhập người hoặc cơ quan chủ trì.", empty);

        // A conference of another year, or already linked, cannot carry out an entry.
        var otherYear = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Unit!.Code == "HT-KA-KPH" && c.HeldOn.Year != 2022).Select(c => (int?)c.Id).FirstOrDefaultAsync());
        var linked = await factory.WithDbAsync(db => db.PlanEntries.Where(e => e.PlanId == planId && e.ConferenceId != null).Select(e => e.ConferenceId!.Value).SingleAsync());
        var taken = WebUtility.HtmlDecode(await (await PostAsync(client, page, $"/Plans/AddEntry/{planId}",
            ("NewEntry.Month", "7"), ("NewEntry.Topic", "Đối thoại bổ sung"), ("NewEntry.LeadBy", "UBND phường"), ("NewEntry.ConferenceId", (otherYear ?? linked).ToString()))).Content.ReadAsStringAsync());
        Assert.Contains("Hội nghị được chọn không thuộc đơn vị, năm của kế hoạch hoặc đã được gắn với nội dung kế hoạch khác.", taken);
        Assert.Equal(3, await factory.WithDbAsync(db => db.PlanEntries.CountAsync(e => e.PlanId == planId)));
    }

    [Fact]
    public async Task Another_wards_user_can_neither_see_nor_change_the_plan()
    {
        var planId = await KyPhuongPlanAsync();
        var entryId = await factory.WithDbAsync(db => db.PlanEntries.Where(e => e.PlanId == planId).Select(e => e.Id).FirstAsync());
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Plans/Details/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Plans/Edit/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Plans/EditEntry/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/Plans", $"/Plans/Edit/{planId}", ("Input.Year", "2022"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/Plans", $"/Plans/AddEntry/{planId}",
            ("NewEntry.Month", "5"), ("NewEntry.Topic", "x"), ("NewEntry.LeadBy", "y"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/Plans", $"/Plans/Delete/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/Plans", $"/Plans/DeleteEntry/{entryId}")).StatusCode);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Plans?Year=2022"));
        Assert.DoesNotContain("Kỳ Phương", list);
        // A plan for a ward outside one's scope cannot be created either.
        var kyPhuong = await UnitIdAsync("HT-KA-KPH");
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/Plans/Create", "/Plans/Create",
            ("Input.UnitId", kyPhuong.ToString()), ("Input.Year", "2030"))).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.DialoguePlans.AnyAsync(p => p.Id == planId)));
    }

    [Fact]
    public async Task Leader_reads_plans_but_does_not_change_them()
    {
        var planId = await KyPhuongPlanAsync();
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Plans/Details/{planId}"));
        Assert.Contains("Kế hoạch đối thoại năm 2022 – Phường Kỳ Phương", html);
        Assert.DoesNotContain("Thêm vào kế hoạch", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "/Plans", $"/Plans/Delete/{planId}")).StatusCode);
    }

    [Fact]
    public async Task District_staff_edits_an_entry_and_deletes_the_plan()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var unitId = await UnitIdAsync("HT-KA-KHA");
        var created = await PostAsync(client, "/Plans/Create", "/Plans/Create", ("Input.UnitId", unitId.ToString()), ("Input.Year", "2024"));
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        await PostAsync(client, $"/Plans/Details/{planId}", $"/Plans/AddEntry/{planId}",
            ("NewEntry.Month", "2"), ("NewEntry.Topic", "Đối thoại về nông thôn mới"), ("NewEntry.LeadBy", "Bí thư Đảng ủy xã"));
        var entry = await factory.WithDbAsync(db => db.PlanEntries.SingleAsync(e => e.PlanId == planId));
        var edited = await PostAsync(client, $"/Plans/EditEntry/{entry.Id}", $"/Plans/EditEntry/{entry.Id}",
            ("Input.Version", entry.Version.ToString()), ("Input.Month", "9"), ("Input.Topic", "Đối thoại về nông thôn mới nâng cao"), ("Input.LeadBy", "Chủ tịch UBND xã"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(9, await factory.WithDbAsync(db => db.PlanEntries.Where(e => e.Id == entry.Id).Select(e => e.Month).SingleAsync()));

        var deleted = await PostAsync(client, $"/Plans/Details/{planId}", $"/Plans/Delete/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.DialoguePlans.AnyAsync(p => p.Id == planId)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Plans/Details/{planId}")).StatusCode);
    }
}
