using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

public class CataloguesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_people_catalogue_shows_only_people_of_the_users_scope()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync("/People?q=le%20van%20chuong");
        Assert.Contains("Lê Văn Chương", html);
        Assert.DoesNotContain("Lê Thành Đông", await client.GetStringAsync("/People"));
    }

    [Fact]
    public async Task Another_wards_person_and_topic_answer_404()
    {
        var person = await factory.WithDbAsync(db => db.People.Where(p => p.FullName == "Lê Văn Chương").Select(p => p.Id).SingleAsync());
        var topic = await factory.WithDbAsync(db => db.Topics.Where(t => t.Name == "Kinh phí hoạt động").Select(t => t.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Edit/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Topics/Edit/{topic}")).StatusCode);
        var post = await client.PostFormAsync("/People/Create", $"/People/Edit/{person}",
            [new("Input.FullName", "Đổi tên trái phép"), new("Input.UnitId", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Lê Văn Chương", await factory.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.FullName).SingleAsync()));
    }

    [Fact]
    public async Task A_new_position_leaves_the_position_held_in_past_minutes()
    {
        var person = await factory.WithDbAsync(db => db.People.SingleAsync(p => p.FullName == "Lê Quang Hòa"));
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var saved = await client.PostFormAsync($"/People/Edit/{person.Id}", $"/People/Edit/{person.Id}",
        [
            new("Input.FullName", "Lê Quang Hòa"), new("Input.Position", "Nguyên Chủ tịch Ủy ban MTTQ phường"),
            new("Input.UnitId", person.UnitId.ToString()), new("Input.Version", person.Version.ToString()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var held = await factory.WithDbAsync(db => db.Speeches.Where(s => s.PersonId == person.Id).Select(s => s.PositionHeld).Distinct().ToListAsync());
        Assert.Equal(["Chủ tịch Ủy ban MTTQ phường"], held);
    }

    [Fact]
    public async Task Topics_are_counted_and_a_duplicate_is_refused()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync("/Topics");
        Assert.Contains("Kinh phí hoạt động", html);
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync());
        var duplicate = await client.PostFormAsync("/Topics/Create", "/Topics/Create", [new("Input.Name", "kinh phi hoat dong"), new("Input.UnitId", unit.ToString())]);
        Assert.Contains("Đơn vị đã có lĩnh vực này.", await duplicate.Content.ReadAsStringAsync());
    }
}
