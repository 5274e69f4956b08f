using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// The record's new fields filled as a secretary would, by their visible labels (issue 16): a period briefing without
/// its day, stated totals, unnamed speakers, a cited figure, a limitation, coordinating bodies and a document cited in full.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RecordFormTests(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("kyphuong@demo.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/Staff$"));
    }

    [Fact]
    public async Task A_period_briefing_is_entered_with_its_totals_unnamed_speakers_figures_and_coordinating_bodies()
    {
        await using var session = await browser.OpenAsync(nameof(A_period_briefing_is_entered_with_its_totals_unnamed_speakers_figures_and_coordinating_bodies));
        var page = session.Page;
        await SignInAsync(page);

        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync("Giao ban quý I năm 2025 của khối Mặt trận phường");
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị giao ban" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("");
        await page.GetByLabel("Kỳ được xem xét").SelectOptionAsync(new SelectOptionValue { Label = "Quý" });
        await page.GetByLabel("Tháng, quý hoặc nửa năm (số)").FillAsync("1");
        await page.GetByLabel("Năm của kỳ").FillAsync("2025");
        await page.GetByLabel("Tổng số ý kiến theo biên bản").FillAsync("12");
        await page.GetByLabel("Số người phát biểu không ghi tên").FillAsync("7");
        await page.GetByLabel("Thành phần người phát biểu không ghi tên").FillAsync("cử tri");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));

        var record = page.Locator("#record");
        await record.GetByLabel("Số lượng", new() { Exact = true }).FillAsync("326");
        await record.GetByLabel("Nội dung số liệu", new() { Exact = true }).FillAsync("ý kiến góp ý dự thảo luật");
        await record.GetByLabel("Từ hoạt động", new() { Exact = true }).FillAsync("các hội nghị lấy ý kiến của Mặt trận");
        await record.GetByLabel("Từ hoạt động", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.Locator("[data-testid=cited-rows] li")).ToHaveCountAsync(1);

        record = page.Locator("#record");
        await record.GetByLabel("Kết quả hay hạn chế", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hạn chế" });
        await record.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Tập hợp hội viên trẻ còn khó khăn");
        await record.GetByLabel("Số liệu (nếu có)", new() { Exact = true }).FillAsync("4/11 chi hội");
        await record.GetByLabel("Số liệu (nếu có)", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.Locator("[data-testid=finding-rows] li")).ToHaveCountAsync(1);

        var item = page.Locator("form[data-inline-form=items]");
        await item.GetByLabel("Nội dung kết luận", new() { Exact = true }).FillAsync("Xây dựng kế hoạch tập hợp hội viên trẻ");
        await item.GetByLabel("Cơ quan chủ trì thực hiện", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương" });
        await item.GetByLabel("Tìm cơ quan phối hợp thực hiện").FillAsync("doan thanh nien");
        await item.GetByLabel("Đoàn Thanh niên phường Kỳ Phương", new() { Exact = true }).CheckAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        await Expect(page.Locator("#rows-items tr")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("1-entered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await Expect(page.Locator("[data-testid=when]")).ToHaveTextAsync("quý I năm 2025 (biên bản không ghi ngày)");
        await Expect(page.Locator("[data-testid=speakers]")).ToHaveTextAsync("07 cử tri phát biểu");
        await Expect(page.Locator("[data-count=opinions]")).ToHaveTextAsync("12");
        await Expect(page.Locator("[data-testid=cited-figures]")).ToContainTextAsync("326 ý kiến góp ý dự thảo luật");
        await Expect(page.Locator("[data-testid=limitations]")).ToContainTextAsync("Tập hợp hội viên trẻ còn khó khăn (4/11 chi hội)");
        await Expect(page.GetByText("phối hợp: Đoàn Thanh niên phường Kỳ Phương")).ToBeVisibleAsync();
        await session.ScreenshotAsync("2-minutes");
        session.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task A_total_below_the_itemized_rows_is_refused_in_the_page_before_it_is_sent()
    {
        await using var session = await browser.OpenAsync(nameof(A_total_below_the_itemized_rows_is_refused_in_the_page_before_it_is_sent));
        var page = session.Page;
        await SignInAsync(page);
        await page.GotoAsync("/Conferences");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đối thoại giữa Đảng ủy phường với Mặt trận, các đoàn thể và chi hội, chi đoàn tổ dân phố" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa thông tin chung" }).ClickAsync();
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") Interlocked.Increment(ref posts); };

        await Expect(page.GetByLabel("Tổng số kiến nghị theo biên bản")).ToHaveValueAsync("34");
        await page.GetByLabel("Tổng số kiến nghị theo biên bản").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Biên bản đã ghi chi tiết 6 kiến nghị; tổng số không được nhỏ hơn 6.")).ToBeVisibleAsync();
        Assert.Equal(0, Volatile.Read(ref posts));
        await session.ScreenshotAsync("1-refused");
    }

    [Fact]
    public async Task A_document_without_a_number_or_summary_is_cited_as_it_is()
    {
        await using var session = await browser.OpenAsync(nameof(A_document_without_a_number_or_summary_is_cited_as_it_is));
        var page = session.Page;
        await SignInAsync(page);
        await page.GotoAsync("/LegalBases/Create");
        await page.GetByLabel("Loại văn bản").FillAsync("Kế hoạch");
        await page.GetByLabel("Số, ký hiệu").FillAsync("Không số");
        await page.GetByLabel("Ngày ban hành").FillAsync("05/02/2024");
        await page.GetByLabel("Cơ quan ban hành").FillAsync("Ủy ban nhân dân phường Kỳ Phương");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/LegalBases"));

        await page.GotoAsync("/Conferences/Create");
        // The choices of "Căn cứ (văn bản)" read each document as it is cited.
        await Expect(page.Locator("option", new() { HasText = "Kế hoạch không số ngày 05/02/2024 của Ủy ban nhân dân phường Kỳ Phương" })).ToHaveCountAsync(1);
        await session.ScreenshotAsync("1-cited");
    }
}
