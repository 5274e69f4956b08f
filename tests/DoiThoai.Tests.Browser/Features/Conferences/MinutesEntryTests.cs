using System.Diagnostics;
using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>A secretary enters minutes with the keyboard, through the labels a person reads; rows appear without a reload.</summary>
[Collection(BrowserCollection.Name)]
public class MinutesEntryTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] SelectLabels =
        ["Vai trò", "Loại phát biểu", "Loại", "Thay mặt tổ chức", "Tổ chức nêu", "Gửi đến", "Cơ quan chủ trì thực hiện", "Tổ chức tham dự"];

    private static ILocator MainMenu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });

    internal static async Task CreateConferenceAsync(IPage page, string title, string date, string kind, string? unit = null)
    {
        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Thêm hội nghị" }).ClickAsync();
        await page.GetByLabel("Tên hội nghị").FillAsync(title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Ngày tổ chức").FillAsync(date);
        await page.GetByLabel("Địa điểm").FillAsync("Hội trường");
        if (unit is not null) await page.GetByLabel("Đơn vị tổ chức").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));
    }

    /// <summary>Fills one row by its labels, presses Enter in the last text field, and waits for the row in its table.</summary>
    internal static async Task AddRowAsync(IPage page, string section, params (string Label, string Value)[] fields)
    {
        var form = page.Locator($"form[data-inline-form={section}]");
        var rows = page.Locator($"#rows-{section} tr");
        var before = await rows.CountAsync();
        foreach (var (label, value) in fields)
        {
            var field = form.GetByLabel(label, new() { Exact = true });
            if (SelectLabels.Contains(label)) await field.SelectOptionAsync(new SelectOptionValue { Label = value });
            else await field.FillAsync(value);
        }
        var last = fields.LastOrDefault(f => !SelectLabels.Contains(f.Label));
        if (last.Label is null) await form.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        else await form.GetByLabel(last.Label, new() { Exact = true }).PressAsync("Enter");
        await Expect(rows).ToHaveCountAsync(before + 1);
    }

    [Fact]
    public async Task Ward_secretary_enters_a_conference_and_finds_it_by_a_search_without_diacritics()
    {
        await using var session = await browser.OpenAsync(nameof(Ward_secretary_enters_a_conference_and_finds_it_by_a_search_without_diacritics));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        var clock = Stopwatch.StartNew();
        await CreateConferenceAsync(page, "Đối thoại với Hội Cựu chiến binh phường quý IV", "15/10/2026", "Hội nghị đối thoại");

        await AddRowAsync(page, "speeches", ("Loại phát biểu", "Báo cáo"), ("Người phát biểu", "Lê Văn Chương"), ("Tóm tắt nội dung", "Báo cáo tình hình quý IV"));
        await AddRowAsync(page, "speeches", ("Loại phát biểu", "Ý kiến"), ("Người phát biểu", "Trần Văn Cựu"), ("Chức vụ", "Chi hội trưởng"), ("Tóm tắt nội dung", "Nêu khó khăn về kinh phí"));
        await AddRowAsync(page, "speeches", ("Loại phát biểu", "Kết luận"), ("Người phát biểu", "Lê Văn Chương"), ("Tóm tắt nội dung", "Kết luận hội nghị"));
        for (var i = 1; i <= 5; i++)
            await AddRowAsync(page, "petitions", ("Loại", "Kiến nghị"), ("Lĩnh vực", "Kinh phí hoạt động"), ("Nội dung", $"Kiến nghị số {i} về kinh phí chi hội"));
        await AddRowAsync(page, "items", ("Cơ quan chủ trì thực hiện", "Ủy ban nhân dân phường Kỳ Phương"), ("Thời hạn", "31/12/2026"), ("Nội dung kết luận", "Cân đối kinh phí hỗ trợ chi hội"));
        await AddRowAsync(page, "items", ("Cơ quan chủ trì thực hiện", "Hội Cựu chiến binh phường Kỳ Phương"), ("Nội dung kết luận", "Rà soát hội viên"));
        clock.Stop();
        output.WriteLine($"Entered 3 speeches, 5 petitions and 2 conclusion items in {clock.Elapsed.TotalSeconds:0.0} s");
        await session.ScreenshotAsync("1-entered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await Expect(page.Locator("[data-count=speakers]")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-count=petitions]")).ToHaveTextAsync("5");
        await Expect(page.Locator("[data-count=items]")).ToHaveTextAsync("2");
        await session.ScreenshotAsync("2-minutes");

        await MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true }).ClickAsync();
        await page.GetByLabel("Tìm kiếm").FillAsync("doi thoai cuu chien binh");
        await page.GetByLabel("Tìm kiếm").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đối thoại với Hội Cựu chiến binh phường quý IV" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("3-found");
        session.AssertNoRequestLeftTheSite();
    }

    /// <summary>The largest seed article (the Hồng Lĩnh briefing of 06/04/2023) entered whole, timed.</summary>
    [Fact]
    public async Task The_largest_seed_conference_is_entered_whole_in_the_browser()
    {
        await using var session = await browser.OpenAsync(nameof(The_largest_seed_conference_is_entered_whole_in_the_browser));
        var page = session.Page;
        await page.SignInAsync("quantri@demo.local");
        var clock = Stopwatch.StartNew();
        await CreateConferenceAsync(page, "Giao ban quý I năm 2023 (nhập lại từ bài báo)", "06/04/2023", "Hội nghị giao ban", unit: "\u00A0\u00A0\u00A0Thị xã Hồng Lĩnh");

        await AddRowAsync(page, "participants", ("Vai trò", "Chủ trì"), ("Họ và tên", "Lê Thành Đông"), ("Chức vụ tại thời điểm hội nghị", "Tỉnh ủy viên, Bí thư Thị ủy"));
        await AddRowAsync(page, "participants", ("Vai trò", "Chủ trì"), ("Họ và tên", "Nguyễn Thăng Long"), ("Chức vụ tại thời điểm hội nghị", "Phó Bí thư Thường trực Thị ủy, Chủ tịch HĐND thị xã"));
        foreach (var organization in new[] { "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh", "Hội Nông dân thị xã Hồng Lĩnh", "Đoàn Thanh niên thị xã Hồng Lĩnh",
                     "Hội Cựu chiến binh thị xã Hồng Lĩnh", "Liên đoàn Lao động thị xã Hồng Lĩnh", "Hội Liên hiệp Phụ nữ thị xã Hồng Lĩnh" })
            await AddRowAsync(page, "organizations", ("Tổ chức tham dự", organization));
        var speeches = new (string Kind, string Name, string Position, string Summary)[]
        {
            ("Báo cáo", "Nguyễn Anh Tài", "Phó Trưởng ban Dân vận Thị ủy", "Kết quả quý I, nhiệm vụ quý II"),
            ("Tham luận", "Đặng Ngọc Sơn", "Chủ tịch Ủy ban MTTQ thị xã", "326 ý kiến góp ý sửa đổi Luật Đất đai"),
            ("Tham luận", "Lê Thị Thu Hiền", "Chủ tịch Hội Nông dân thị xã", "Đại hội nông dân 6 phường, xã"),
            ("Tham luận", "Phan Văn Đường", "Bí thư Thị đoàn", "Tháng Thanh niên"),
            ("Tham luận", "Hoàng Xuân Hùng", "Chủ tịch Hội Cựu chiến binh thị xã", "Kết quả quý I và kiến nghị"),
            ("Tham luận", "Võ Thị Kim Anh", "Chủ tịch Liên đoàn Lao động thị xã", "35/55 công đoàn cơ sở đã đại hội"),
            ("Tham luận", "Nguyễn Thị Thắm", "Chủ tịch Hội Liên hiệp Phụ nữ thị xã", "Nhiệm vụ quý II"),
            ("Ý kiến", "Trần Xuân Đức", "Phó Chủ tịch UBND thị xã", "Vai trò trong giải phóng mặt bằng"),
            ("Phát biểu chỉ đạo", "Nguyễn Thăng Long", "Phó Bí thư Thường trực Thị ủy", "Tổ chức thành công đại hội"),
            ("Kết luận", "Lê Thành Đông", "Bí thư Thị ủy", "Kết luận hội nghị"),
        };
        foreach (var s in speeches)
            await AddRowAsync(page, "speeches", ("Loại phát biểu", s.Kind), ("Người phát biểu", s.Name), ("Chức vụ", s.Position), ("Tóm tắt nội dung", s.Summary));
        await AddRowAsync(page, "petitions", ("Loại", "Đề xuất"), ("Tổ chức nêu", "Hội Cựu chiến binh thị xã Hồng Lĩnh"), ("Lĩnh vực", "Tổ chức đại hội đoàn thể"),
            ("Nội dung", "Kiến nghị của Hội Cựu chiến binh về nhiệm vụ thời gian tới"));
        await AddRowAsync(page, "items", ("Cơ quan chủ trì thực hiện", "Hội Nông dân thị xã Hồng Lĩnh"), ("Thời hạn", "30/06/2023"), ("Nội dung kết luận", "Tổ chức thành công đại hội nhiệm kỳ 2023 - 2028"));
        await AddRowAsync(page, "items", ("Cơ quan chủ trì thực hiện", "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh"), ("Nội dung kết luận", "Phát huy hiệu quả nhà văn hóa cộng đồng"));
        await AddRowAsync(page, "items", ("Cơ quan chủ trì thực hiện", "Ban Dân vận Thị ủy Hồng Lĩnh"), ("Nội dung kết luận", "Sinh hoạt chính trị chuyên đề năm 2023"));
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"Largest seed (2 chairs, 6 organizations, 10 speeches, 1 petition, 3 conclusion items) entered in {seconds:0.0} s");
        await File.AppendAllTextAsync(Path.Combine(BrowserSession.ScreenshotFolder, "..", "timings.txt"),
            $"{DateTime.UtcNow:u} largest seed entered in {seconds:0.0} s{Environment.NewLine}");
        await session.ScreenshotAsync("1-entered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await Expect(page.Locator("[data-count=speakers]")).ToHaveTextAsync("10");
        await Expect(page.Locator("[data-count=organizations]")).ToHaveTextAsync("6");
        await Expect(page.Locator("[data-count=items]")).ToHaveTextAsync("3");
        await session.ScreenshotAsync("2-minutes");
    }
}
