using System.Net;
using DoiThoai.Tests.Integration.Features.Conferences;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Record;

/// <summary>What the seed conferences record beyond their rows, as the page, the printout and the Word file show it (issue 16).</summary>
[Collection(ReadOnlyPortal.Name)]
public class RecordReadingTests(PortalFactory factory)
{
    private Task<int> IdAsync(string unitCode, DateOnly heldOn) => factory.WithDbAsync(db =>
        db.Conferences.Where(c => c.Unit!.Code == unitCode && c.HeldOn == heldOn).Select(c => c.Id).SingleAsync());

    /// <summary>As Razor writes text (the portal encodes no letter, only markup characters).</summary>
    private static string Html(string text) =>
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    [Fact]
    public async Task Cited_figures_stand_apart_and_do_not_count_as_the_conferences_opinions()
    {
        var id = await IdAsync("HT-HL", new DateOnly(2023, 4, 6));
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");

        Assert.Contains("data-count=\"opinions\">0<", page);
        Assert.Contains("data-testid=\"cited-figures\"", page);
        Assert.Contains("<strong>326</strong> " + Html("ý kiến góp ý sửa đổi Luật Đất đai (từ các hội nghị lấy ý kiến của Ủy ban MTTQ thị xã)"), page);
        var figures = await factory.WithDbAsync(db => db.ConferenceFigures.SingleAsync(f => f.ConferenceId == id));
        Assert.Equal((0, 0), (figures.Opinions, figures.UnitemizedOpinions));
        Assert.Contains(Html("ý kiến góp ý sửa đổi Luật Đất đai"), await client.GetStringAsync($"/Conferences/Print/{id}"));
        Assert.Contains("- 326 ý kiến góp ý sửa đổi Luật Đất đai (từ các hội nghị lấy ý kiến của Ủy ban MTTQ thị xã).", await MinutesWordFile.TextAsync(client, id));
    }

    [Fact]
    public async Task Unnamed_speakers_are_counted_on_the_page_and_in_the_Word_file()
    {
        var id = await IdAsync("NB-NB-TB", new DateOnly(2019, 8, 23));
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains(Html("09 đại biểu phát biểu"), page);
        Assert.DoesNotContain(Html("0 người phát biểu"), page);
        var word = await MinutesWordFile.TextAsync(client, id);
        Assert.Contains("Số người phát biểu: 09 đại biểu phát biểu.", word);
        Assert.DoesNotContain(" 0 người phát biểu", word);
    }

    [Fact]
    public async Task A_period_briefing_without_a_day_shows_its_period_and_sorts_by_its_end()
    {
        var id = await IdAsync("HT-KA", new DateOnly(2023, 3, 31));
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        // The day that stands in for sorting (the quarter's end) is never shown as the day it was held.
        Assert.Contains("data-testid=\"when\">" + Html("quý I năm 2023 (biên bản không ghi ngày)") + "<", page);
        Assert.Contains("Hội nghị giao ban quý I năm 2023", await MinutesWordFile.TextAsync(client, id));

        // Filtered by the quarter it reviews, and listed after the working session of 2022 (newest first).
        var list = await client.GetStringAsync("/Conferences?Year=2023&Quarter=1");
        Assert.Contains("Giao ban quý I, triển khai nhiệm vụ quý II năm 2023", list);
        var all = await client.GetStringAsync("/Conferences");
        Assert.True(all.IndexOf("Giao ban quý I, triển khai nhiệm vụ quý II", StringComparison.Ordinal)
            < all.IndexOf("Thường trực Thị ủy làm việc với Ủy ban MTTQ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_and_limitations_have_their_own_sections_and_are_found_by_search()
    {
        var id = await IdAsync("HT-HL", new DateOnly(2023, 4, 6));
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains(Html("Công đoàn cơ sở đã tổ chức đại hội nhiệm kỳ 2023 - 2028 (35/55 công đoàn cơ sở)"), page);
        Assert.Contains("data-testid=\"limitations\"", page);
        var word = await MinutesWordFile.TextAsync(client, id);
        Assert.Contains("Kết quả:\n- Hội Nông dân hoàn thành đại hội cấp cơ sở (6 phường, xã).", word);
        Assert.Contains("Hạn chế:", word);
        Assert.Contains(Html("35/55 công đoàn cơ sở"), await client.GetStringAsync($"/Conferences/Print/{id}"));

        // Only the results hold these words: neither the title nor the summary does.
        var found = await client.GetStringAsync("/Conferences?Q=35%2F55%20cong%20doan%20co%20so");
        Assert.Contains("Giao ban quý I năm 2023 giữa Thường trực Thị ủy", found);
        Assert.DoesNotContain("Đối thoại giữa Đảng ủy phường", found);
    }

    [Fact]
    public async Task The_page_shows_the_units_place_coordinating_bodies_full_citations_and_bodies_in_natural_order()
    {
        var client = await factory.SignedInClientAsync(Demo.Admin);
        var kyPhuong = await client.GetStringAsync($"/Conferences/Details/{await IdAsync("HT-KA-KPH", new DateOnly(2022, 6, 28))}");
        Assert.Contains(Html("phường Kỳ Phương, thị xã Kỳ Anh, tỉnh Hà Tĩnh"), kyPhuong);
        Assert.Contains(Html("phối hợp: Hội Nông dân phường Kỳ Phương, Đoàn Thanh niên phường Kỳ Phương"), kyPhuong);
        Assert.Contains(Html("Quyết định số 657-QĐ/TU ngày 04/04/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh về Quy chế tiếp xúc"), kyPhuong);

        var thanhBinh = await client.GetStringAsync($"/Conferences/Details/{await IdAsync("NB-NB-TB", new DateOnly(2019, 8, 23))}");
        Assert.Contains(Html("Hướng dẫn không số của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Ninh Bình về tổ chức hội nghị đối thoại năm 2019"), thanhBinh);
        var two = thanhBinh.IndexOf(Html("tổ dân phố số 2;"), StringComparison.Ordinal);
        var ten = thanhBinh.IndexOf(Html("tổ dân phố số 10;"), StringComparison.Ordinal);
        Assert.True(two >= 0 && two < ten, "số 2 comes before số 10");
        // A petition raised by a residential group's committee shows the committee and the group.
        Assert.Contains(Html("Ban công tác Mặt trận tổ dân phố số 1, Tổ dân phố"), thanhBinh);
    }

    [Fact]
    public async Task Demo_conclusion_items_with_coordinating_bodies_are_followed_up_with_them_as_coordinators()
    {
        var coordinators = await factory.WithDbAsync(db => db.FollowUps
            .Where(f => f.ConclusionItem!.Content.StartsWith("Mặt trận và các đoàn thể xây dựng kế hoạch"))
            .SelectMany(f => f.Coordinators).Select(c => c.Organization!.Name).ToListAsync());
        Assert.Equal(4, coordinators.Count);
        Assert.Contains("Hội Liên hiệp Phụ nữ phường Kỳ Phương", coordinators);
    }
}
