using System.Net;
using System.Text.Json;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

public class LegalBasesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Autocomplete_finds_a_document_by_its_number_or_issuer_without_diacritics()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var found = JsonDocument.Parse(await client.GetStringAsync("/LegalBases/Search?q=657%20tinh%20uy")).RootElement;
        var text = Assert.Single(found.EnumerateArray()).GetProperty("text").GetString();
        Assert.Equal("Quyết định số 657-QĐ/TU ngày 04/04/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh về Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân", text);
    }

    [Fact]
    public async Task A_document_is_added_once_and_a_duplicate_is_refused_at_the_number()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        List<KeyValuePair<string, string>> fields =
            [new("Number", "215-KL/TW"), new("IssuedOn", "2025-11-23"), new("IssuingBody", "Ban Chấp hành Trung ương"), new("Title", "Kết luận về tiếp xúc, đối thoại")];
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/LegalBases/Create", "/LegalBases/Create", fields)).StatusCode);

        var again = await client.PostFormAsync("/LegalBases/Create", "/LegalBases/Create", fields);
        Assert.Contains("Văn bản này đã có trong danh mục.", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.LegalBases.CountAsync(l => l.Number == "215-KL/TW")));
    }

    [Fact]
    public async Task Leaders_and_editors_cannot_change_the_catalogue()
    {
        foreach (var email in new[] { Demo.Leader, Demo.Editor })
        {
            var client = await factory.SignedInClientAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/LegalBases/Create")).StatusCode);
        }
    }
}
