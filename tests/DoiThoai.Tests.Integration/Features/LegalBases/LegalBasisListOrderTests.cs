using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.LegalBases;

/// <summary>
/// The catalogue of legal bases sorts by its column headers, issuers in Vietnamese order, keeps the search in its header
/// links, and in no order offers to edit an entry another unit keeps.
/// </summary>
public partial class LegalBasisListOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Marker = "thutuvanban";

    [GeneratedRegex("""<tr><td>(?<number>[^<]*)</td><td>(?<day>[^<]*)</td><td>(?<body>[^<]*)</td><td>[^<]*</td><td>(?<owner>[^<]*)</td>\s*<td>(?<edit>[^\n]*?)</td></tr>""")]
    private static partial Regex Row();

    private sealed record Shown(string Number, DateOnly? Day, string Body, string Owner, bool Editable);

    private static List<Shown> Rows(string html) => Row().Matches(html).Select(m => new Shown(WebUtility.HtmlDecode(m.Groups["number"].Value),
        m.Groups["day"].Value.Length == 0 ? null : DateOnly.ParseExact(m.Groups["day"].Value, "dd/MM/yyyy"),
        WebUtility.HtmlDecode(m.Groups["body"].Value), WebUtility.HtmlDecode(m.Groups["owner"].Value), m.Groups["edit"].Value.Contains("Edit"))).ToList();

    private Task SeedAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.LegalBases.AnyAsync(l => l.Title == Marker)) return 0;
        var district = await db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync();
        var other = await db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync();
        db.LegalBases.AddRange(
            new LegalBasis { UnitId = district, Number = "12/KH-UBND", IssuedOn = new(2024, 3, 1), IssuingBody = "Tỉnh ủy Hà Tĩnh", Title = Marker },
            new LegalBasis { UnitId = district, Number = "7/QĐ-UBND", IssuedOn = new(2025, 5, 2), IssuingBody = "Đảng ủy thị xã", Title = Marker },
            new LegalBasis { UnitId = other, Number = "3/HD-UBND", IssuedOn = new(2023, 1, 9), IssuingBody = "Thường trực Hội đồng", Title = Marker },
            new LegalBasis { UnitId = other, Number = "45/CV-UBND", IssuedOn = new(2022, 7, 4), IssuingBody = "Dân vận tỉnh", Title = Marker });
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("", "")]
    [InlineData("IssuedOn", "asc")]
    [InlineData("IssuingBody", "asc")]
    [InlineData("IssuingBody", "desc")]
    [InlineData("Number", "desc")]
    [InlineData("Owner", "asc")]
    [InlineData("Owner", "desc")]
    public async Task Each_sortable_column_orders_the_catalogue_and_its_headers_keep_the_search(string sort, string dir)
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var html = await client.GetStringAsync($"/LegalBases?q={Marker}&Sort={sort}&Dir={dir}");
        var rows = Rows(html);

        Assert.Equal(4, rows.Count);
        List<string> expected = sort switch
        {
            "" => ["7/QĐ-UBND", "12/KH-UBND", "3/HD-UBND", "45/CV-UBND"],
            "IssuedOn" => ["45/CV-UBND", "3/HD-UBND", "12/KH-UBND", "7/QĐ-UBND"],
            "IssuingBody" => ["45/CV-UBND", "7/QĐ-UBND", "3/HD-UBND", "12/KH-UBND"],
            "Number" => ["7/QĐ-UBND", "45/CV-UBND", "3/HD-UBND", "12/KH-UBND"],
            _ => ["7/QĐ-UBND", "12/KH-UBND", "3/HD-UBND", "45/CV-UBND"],
        };
        if (dir == "desc" && sort is "IssuingBody") expected.Reverse();
        if (sort == "Owner")
        {
            var owners = rows.Select(r => r.Owner).ToList();
            var hongLinhSortsFirst = string.CompareOrdinal(await PathAsync("HT-HL"), await PathAsync("HT-KA")) < 0;
            var first = hongLinhSortsFirst == (dir == "asc") ? "Hồng Lĩnh" : "Kỳ Anh";
            Assert.All(owners.Take(2), o => Assert.Contains(first, o));
            Assert.All(owners.Skip(2), o => Assert.DoesNotContain(first, o));
        }
        else Assert.Equal(expected, rows.Select(r => r.Number));

        Assert.Contains($"aria-sort=\"{(dir == "asc" ? "ascending" : "descending")}\"", html);
        var headers = WebUtility.HtmlDecode(html[html.IndexOf("<thead>", StringComparison.Ordinal)..html.IndexOf("</thead>", StringComparison.Ordinal)]);
        Assert.Equal(4, Regex.Matches(headers, $"href=\"/LegalBases\\?q={Marker}&Sort=").Count);
    }

    private Task<string> PathAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Path).SingleAsync());

    [Fact]
    public async Task A_ward_is_never_offered_to_edit_another_units_entry_in_any_order()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        foreach (var address in new[] { "", "&Sort=Number&Dir=asc", "&Sort=IssuingBody&Dir=desc", "&Sort=Owner&Dir=desc", "&Sort=IssuedOn&Dir=asc" })
        {
            var rows = Rows(await client.GetStringAsync($"/LegalBases?q={Marker}{address}"));
            Assert.Equal(4, rows.Count);
            Assert.All(rows, r => Assert.Equal(r.Owner.Contains("Kỳ Anh"), r.Editable));
        }
    }
}
