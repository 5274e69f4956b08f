using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// Every number of the dashboard, the report page and its Excel and Word files equals a count made here
/// directly over the seeded rows: own ward only for a ward user, the sum of its wards for a district user.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public class DashboardTests(PortalFactory factory)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private const string WardPeriod = "Kind=Year&Year=2022";
    private const string DistrictPeriod = "Kind=Custom&From=2019-01-01&To=2024-12-31";

    private sealed record Expected(int Conferences, int Opinions, int Petitions, int UnitemizedOpinions, int UnitemizedPetitions,
        int FollowUps, int Done, int Overdue, Dictionary<ConferenceKind, int> ByKind, Dictionary<FollowUpState, int> ByState,
        Dictionary<PetitionKind, int> ByPetitionKind, Dictionary<string, int> ByTopic, int PlanEntries, int PlanHeld);

    /// <summary>Counts over the rows themselves, loaded and counted here, not through the portal's services.</summary>
    /// <summary>What the minutes count beyond their rows: the stated totals less the itemized rows (ADR 0020).</summary>
    private static (int Opinions, int Petitions) Unitemized(Conference c, List<Petition> petitions) =>
        StatedTotals.UnitemizedOf(c.StatedOpinionCount, c.StatedPetitionCount, c.StatedProposalCount, c.StatedQuestionCount,
            kind => petitions.Count(p => p.ConferenceId == c.Id && p.Kind == kind));

    private Task<Expected> ExpectedAsync(string unitCode, DateOnly from, DateOnly to) => factory.WithDbAsync(async db =>
    {
        var path = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Path).SingleAsync();
        var conferences = await db.Conferences.Where(c => c.Unit!.Path.StartsWith(path) && c.HeldOn >= from && c.HeldOn <= to).ToListAsync();
        var ids = conferences.Select(c => c.Id).ToList();
        var petitions = await db.Petitions.Include(p => p.Topic).Where(p => ids.Contains(p.ConferenceId)).ToListAsync();
        var items = await db.FollowUps.Where(f => ids.Contains(f.ConferenceId)).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        FollowUpState[] done = [FollowUpState.Resolved, FollowUpState.Explained, FollowUpState.Closed];
        var entries = await db.PlanEntries.Where(e => e.Plan!.Year == from.Year && db.Units.Any(u => u.Id == e.UnitId && u.Path.StartsWith(path))).ToListAsync();
        return new Expected(conferences.Count,
            petitions.Count(p => p.Kind == PetitionKind.Opinion), petitions.Count(p => p.Kind != PetitionKind.Opinion),
            conferences.Sum(c => Unitemized(c, petitions).Opinions), conferences.Sum(c => Unitemized(c, petitions).Petitions),
            items.Count, items.Count(i => done.Contains(i.State)), items.Count(i => !done.Contains(i.State) && i.Deadline < today),
            Enum.GetValues<ConferenceKind>().ToDictionary(k => k, k => conferences.Count(c => c.Kind == k)),
            Enum.GetValues<FollowUpState>().ToDictionary(s => s, s => items.Count(i => i.State == s)),
            Enum.GetValues<PetitionKind>().ToDictionary(k => k, k => petitions.Count(p => p.Kind == k)),
            petitions.GroupBy(p => p.Topic?.Name ?? "Chưa phân loại").ToDictionary(g => g.Key, g => g.Count()),
            entries.Count, entries.Count(e => e.ConferenceId != null));
    });

    private static string N(int value) => value.ToString("N0", Vi);

    private static string Figure(string html, string key)
    {
        var match = Regex.Match(html, $"data-figure=\"{Regex.Escape(key)}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"No figure {key} on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    private static void AssertPage(string html, Expected e)
    {
        Assert.Equal(N(e.Conferences), Figure(html, "conferences"));
        Assert.Equal(N(e.Opinions + e.Petitions + e.UnitemizedOpinions + e.UnitemizedPetitions), Figure(html, "raised"));
        Assert.Equal(N(e.FollowUps), Figure(html, "followups"));
        Assert.Equal(N(e.Overdue), Figure(html, "overdue"));
        Assert.Equal(N(e.UnitemizedOpinions), Figure(html, "unitemized-opinions"));
        Assert.Equal(N(e.UnitemizedPetitions), Figure(html, "unitemized-petitions"));
        var rate = e.FollowUps == 0 ? "–" : $"{Math.Round(100.0 * e.Done / e.FollowUps, 1).ToString("0.0", Vi)} %";
        Assert.Equal(rate, Figure(html, "resolution-rate"));
        foreach (var (kind, count) in e.ByKind) Assert.Equal(N(count), Figure(html, $"kind-{kind}"));
        foreach (var (state, count) in e.ByState) Assert.Equal(N(count), Figure(html, $"state-{state}"));
        foreach (var (kind, count) in e.ByPetitionKind) Assert.Equal(N(count), Figure(html, $"petition-{kind}"));
        foreach (var (topic, count) in e.ByTopic)
            Assert.Contains($"data-topic=\"{topic}\">{N(count)}<", WebUtility.HtmlDecode(html));
        Assert.Equal(N(e.PlanEntries), Figure(html, "plan-total-planned"));
        Assert.Equal(N(e.PlanHeld), Figure(html, "plan-total-held"));
    }

    [Fact]
    public async Task Ward_user_sees_exactly_their_wards_counts()
    {
        var expected = await ExpectedAsync("HT-KA-KPH", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        Assert.True(expected.Conferences > 0 && expected.Opinions + expected.Petitions > 0, "The seed should hold the ward's conferences of 2022.");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync($"/Dashboard?{WardPeriod}");
        AssertPage(html, expected);
        Assert.Contains("Tổng hợp năm 2022", WebUtility.HtmlDecode(html));
        Assert.Contains("so sánh với năm 2021", WebUtility.HtmlDecode(html));
        Assert.Equal(1, expected.PlanHeld);
    }

    [Fact]
    public async Task District_user_sees_the_sum_of_its_wards_and_each_ward_row()
    {
        var from = new DateOnly(2019, 1, 1);
        var to = new DateOnly(2024, 12, 31);
        var expected = await ExpectedAsync("HT-KA", from, to);
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync($"/Dashboard?{DistrictPeriod}");
        // The plan year of a custom range is the year it starts in.
        AssertPage(html, expected with { PlanEntries = 0, PlanHeld = 0 });

        var ward = await ExpectedAsync("HT-KA-KPH", from, to);
        var wardId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var row = Regex.Match(html, $"<tr data-unit=\"{wardId}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(N(ward.Conferences), Figure(row, "unit-conferences"));
        Assert.Equal(N(ward.Opinions), Figure(row, "unit-opinions"));
        Assert.Equal(N(ward.Petitions), Figure(row, "unit-petitions"));
        Assert.Equal(N(ward.FollowUps), Figure(row, "unit-followups"));
        // Another province's ward is no part of the district's figures.
        Assert.DoesNotContain("Thanh Bình", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Numbers_link_to_lists_that_hold_as_many_rows()
    {
        var expected = await ExpectedAsync("HT-KA", new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31));
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = await client.GetStringAsync($"/Dashboard?{DistrictPeriod}");
        string LinkOf(string key) => WebUtility.HtmlDecode(Regex.Match(html, $"href=\"([^\"]+)\" data-figure=\"{key}\"").Groups[1].Value);

        var followUps = WebUtility.HtmlDecode(await client.GetStringAsync(LinkOf("followups")));
        Assert.Contains($"{expected.FollowUps} việc", followUps);
        var conferences = WebUtility.HtmlDecode(await client.GetStringAsync(LinkOf("conferences")));
        Assert.Contains(N(expected.Conferences), conferences);
        var opinions = await client.GetStringAsync(LinkOf($"petition-{PetitionKind.Opinion}"));
        Assert.Equal(N(expected.ByPetitionKind[PetitionKind.Opinion]), Figure(opinions, "count"));
    }

    [Fact]
    public async Task A_ward_user_cannot_look_at_another_wards_dashboard()
    {
        var otherWard = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "NB-NB-TB").Select(u => u.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync($"/Dashboard?{WardPeriod}&UnitId={otherWard}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Excel?{WardPeriod}&UnitId={otherWard}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Dashboard/Petitions?{WardPeriod}&UnitId={otherWard}")).StatusCode);

        var thanhBinh = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var html = WebUtility.HtmlDecode(await thanhBinh.GetStringAsync($"/Dashboard?{WardPeriod}"));
        Assert.DoesNotContain("Kỳ Phương", html);
        Assert.Equal(N(0), Figure(html, "conferences"));
    }

    [Fact]
    public async Task Dashboard_without_a_period_opens_on_the_latest_year_that_holds_conferences()
    {
        var latest = await factory.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Path).SingleAsync();
            // The demo dialogue announced for a coming day is not held yet: it does not choose the year.
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return (await db.Conferences.Where(c => c.Unit!.Path.StartsWith(path)).Select(c => c.HeldOn).ToListAsync()).Where(d => d <= today).Max().Year;
        });
        Assert.True(latest < DateTime.UtcNow.Year, "The demo data's conferences should be older than the current year.");
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard"));
        Assert.Contains($"Tổng hợp năm {latest}", html);
        Assert.NotEqual(N(0), Figure(html, "conferences"));
        Assert.DoesNotContain("data-empty-period", html);
    }

    [Fact]
    public async Task A_chosen_year_without_conferences_says_so_and_links_to_the_latest_year_with_data()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        // A year before the demo data (the demo also announces a dialogue for a coming day, so not this year).
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard?Kind=Year&Year=2015"));
        Assert.Contains("Tổng hợp năm 2015", html);
        Assert.Contains("Năm 2015 chưa có hội nghị nào trong phạm vi của bạn.", html);
        var link = Regex.Match(html, "<a href=\"([^\"]+)\" data-latest-year=\"(\\d+)\">([^<]*)</a>");
        Assert.True(link.Success, "The page should link to the latest year with data.");
        var year = link.Groups[2].Value;
        Assert.Contains($"Year={year}", link.Groups[1].Value);
        Assert.Contains($"Xem năm {year}", link.Groups[3].Value);

        var latest = WebUtility.HtmlDecode(await client.GetStringAsync(link.Groups[1].Value));
        Assert.Contains($"Tổng hợp năm {year}", latest);
        Assert.NotEqual(N(0), Figure(latest, "conferences"));
        Assert.DoesNotContain("data-empty-period", latest);
    }

    [Fact]
    public async Task Wrong_period_is_explained_in_vietnamese()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard?Kind=Quarter&Year=2022&Number=7"));
        Assert.Contains("Quý phải từ 1 đến 4.", html);
        var ok = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard?Kind=NineMonths&Year=2022"));
        Assert.Contains("Tổng hợp 9 tháng đầu năm 2022", ok);
        Assert.Contains("so sánh với 9 tháng đầu năm 2021", ok);
    }

    [Fact]
    public async Task A_wrong_report_period_is_explained_on_the_page_and_a_download_of_it_is_refused()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var page = await client.GetAsync("/Reports?Kind=Quarter&Year=2022&Number=7");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Quý phải từ 1 đến 4.", html);
        Assert.Contains("Đang hiển thị cả năm", html);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Reports/Excel?Kind=Quarter&Year=2022&Number=7")).StatusCode);
    }

    [Fact]
    public async Task Report_page_excel_and_word_hold_the_same_numbers_as_the_dashboard()
    {
        var expected = await ExpectedAsync("HT-KA-KPH", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports?{WardPeriod}"));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", page);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG", page);
        Assert.Contains("BÁO CÁO KẾT QUẢ TỔ CHỨC ĐỐI THOẠI VÀ GIẢI QUYẾT Ý KIẾN, KIẾN NGHỊ NĂM 2022", page);
        Assert.Matches(@"Kỳ Phương, ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}", page);
        Assert.Matches($"Số hội nghị đã tổ chức</th>\\s*<td class=\"text-end\">{Regex.Escape(N(expected.Conferences))}</td>", page);

        var excel = await client.GetAsync($"/Reports/Excel?{WardPeriod}");
        Assert.Equal(Xlsx.ContentType, excel.Content.Headers.ContentType?.MediaType);
        var sheets = Xlsx.Read(await excel.Content.ReadAsStreamAsync());
        string Cell(string sheet, string label, int column = 1) => sheets[sheet].First(r => r[0] == label)[column];
        Assert.Equal(expected.Conferences.ToString(), Cell("Tổng hợp", "Số hội nghị đã tổ chức"));
        Assert.Equal(expected.Opinions.ToString(), Cell("Tổng hợp", "Ý kiến ghi chi tiết"));
        Assert.Equal(expected.Petitions.ToString(), Cell("Tổng hợp", "Kiến nghị, đề xuất, chất vấn ghi chi tiết"));
        Assert.Equal(expected.FollowUps.ToString(), Cell("Tổng hợp", "Nội dung phải theo dõi giải quyết"));
        Assert.Equal(expected.Done.ToString(), Cell("Tổng hợp", "Đã giải quyết, giải trình, đóng"));
        Assert.Equal(expected.Overdue.ToString(), Cell("Tổng hợp", "Quá hạn chưa giải quyết"));
        foreach (var (kind, count) in expected.ByKind) Assert.Equal(count.ToString(), Cell("Theo loại", kind.Label()));
        foreach (var (state, count) in expected.ByState) Assert.Equal(count.ToString(), Cell("Trạng thái", state.Label()));
        Assert.Equal(expected.PlanEntries.ToString(), Cell("Kế hoạch", "Tổng cộng", 2));
        Assert.Equal(expected.PlanHeld.ToString(), Cell("Kế hoạch", "Tổng cộng", 3));

        var word = await client.GetAsync($"/Reports/Word?{WardPeriod}");
        using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG", text);
        var rows = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        string WordCell(string label, int column = 1) => rows.First(r => r.Count > column && r[0] == label)[column];
        Assert.Equal(N(expected.Conferences), WordCell("Số hội nghị đã tổ chức"));
        Assert.Equal(N(expected.FollowUps), WordCell("Nội dung phải theo dõi giải quyết"));
        Assert.Equal(N(expected.Overdue), WordCell("Quá hạn chưa giải quyết"));
        foreach (var (state, count) in expected.ByState) Assert.Equal(N(count), WordCell(state.Label()));
        // Excel holds the share as a fraction in a percentage cell; Word writes it as the page does.
        string Share(string cell) => cell == "–" ? cell : DoiThoai.Web.Features.Dashboard.Figures.Rate(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) * 100);
        Assert.Equal(Share(Cell("Tổng hợp", "Tỷ lệ đã giải quyết")), WordCell("Tỷ lệ đã giải quyết"));
        Assert.Equal(Share(Cell("Tổng hợp", "Tỷ lệ giải quyết đúng hạn")), WordCell("Tỷ lệ giải quyết đúng hạn"));
    }

    [Fact]
    public async Task Dashboard_carries_no_inline_script_and_uses_the_vendored_chart_library()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var html = await client.GetStringAsync("/Dashboard?Kind=Year&Year=2023");
        Assert.Contains("/lib/chart.js/chart.umd.js", html);
        Assert.Contains("<script type=\"application/json\" id=\"chart-kind\">", html);
        Assert.DoesNotMatch(new Regex("<script>"), html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/chart.js/chart.umd.js")).StatusCode);
    }
}
