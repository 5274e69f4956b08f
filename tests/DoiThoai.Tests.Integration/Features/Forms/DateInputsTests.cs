using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Forms;

/// <summary>Every date field is a text box typed dd/MM/yyyy, and the server reads forms and query strings the same way (ADR 0014).</summary>
public class DateInputsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Conferences/Create", "Input.HeldOn", "dd/mm/yyyy")]
    [InlineData("/Conferences/Create", "Input.StartsAt", "hh:mm")]
    [InlineData("/Conferences", "From", "dd/mm/yyyy")]
    [InlineData("/Dashboard", "From", "dd/mm/yyyy")]
    public async Task A_date_field_is_text_with_the_vietnamese_shape(string url, string name, string placeholder)
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync(url);

        var input = Regex.Match(html, $"<input\\b[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value;
        Assert.Contains("type=\"text\"", input);
        Assert.Contains("inputmode=\"numeric\"", input);
        Assert.Contains($"placeholder=\"{placeholder}\"", input);
        Assert.Contains("autocomplete=\"off\"", input);
        Assert.DoesNotMatch("type=\"(date|time|datetime-local)\"", html);
    }

    [Fact]
    public async Task A_filter_reads_dd_MM_yyyy_and_still_reads_old_iso_links()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var typed = await client.GetStringAsync("/Conferences?From=28/06/2022&To=28/06/2022");
        var iso = await client.GetStringAsync("/Conferences?From=2022-06-28&To=2022-06-28");

        Assert.Contains("value=\"28/06/2022\"", typed);
        Assert.Contains("value=\"28/06/2022\"", iso);
        Assert.Contains("Đối thoại giữa Đảng ủy phường", typed);
        Assert.Contains("Đối thoại giữa Đảng ủy phường", iso);
        Assert.DoesNotContain("Đối thoại giữa Đảng ủy phường", await client.GetStringAsync("/Conferences?From=29/06/2022&To=30/06/2022"));
    }

    [Theory]
    [InlineData("/Conferences?From=31/02/2026")]
    [InlineData("/Dashboard?Kind=Custom&From=31/02/2026&To=31/12/2026")]
    public async Task A_filter_day_that_does_not_exist_is_named_next_to_the_field_as_typed(string url)
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var html = await client.GetStringAsync(url);

        Assert.Matches(new Regex("data-valmsg-for=\"From\"[^>]*>Ngày 31/02/2026 không tồn tại.</span>"), html);
        Assert.Matches(new Regex("<input\\b[^>]*name=\"From\"[^>]*value=\"31/02/2026\""), html);
    }

    [Fact]
    public async Task A_day_that_does_not_exist_is_refused_next_to_its_field_and_the_rest_is_kept()
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var response = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create",
        [
            new("Input.Title", "Hội nghị ngày 31 tháng 2"), new("Input.Kind", "Dialogue"), new("Input.Status", "Held"),
            new("Input.HeldOn", "31/02/2026"), new("Input.StartsAt", "07:30"), new("Input.UnitId", unit.ToString()),
            new("Input.Place", "Hội trường"), new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(new Regex("data-valmsg-for=\"Input.HeldOn\"[^>]*>Ngày 31/02/2026 không tồn tại.</span>"), html);
        Assert.Matches(new Regex("name=\"Input.HeldOn\"[^>]*value=\"31/02/2026\"|value=\"31/02/2026\"[^>]*name=\"Input.HeldOn\""), html);
        Assert.Contains("value=\"07:30\"", html);
        Assert.Contains("value=\"Hội nghị ngày 31 tháng 2\"", WebUtility.HtmlDecode(html));
        Assert.False(await factory.WithDbAsync(db => db.Conferences.AnyAsync(c => c.Title == "Hội nghị ngày 31 tháng 2")));
    }

    [Fact]
    public async Task A_day_typed_dd_MM_yyyy_is_saved_as_that_day()
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var response = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create",
        [
            new("Input.Title", "Hội nghị ngày 1 tháng 12"), new("Input.Kind", "Dialogue"), new("Input.Status", "Held"),
            new("Input.HeldOn", "01/12/2026"), new("Input.StartsAt", "14:05"), new("Input.UnitId", unit.ToString()),
            new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == "Hội nghị ngày 1 tháng 12")
            .Select(c => new { c.HeldOn, c.StartsAt }).SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 1), saved.HeldOn);
        Assert.Equal(new TimeOnly(14, 5), saved.StartsAt);
    }
}
